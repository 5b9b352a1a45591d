/**
 * The quote cost model (reference/quote-model.md §6): panel utilisation, bare-board price, components
 * from price breaks, assembly conversion and the roll-up, each block a handler that returns
 * {@link com.fabwright.quote.LineItem}s saying their bucket, basis and the rate used. No JavaFX here.
 */
package com.fabwright.quote;
