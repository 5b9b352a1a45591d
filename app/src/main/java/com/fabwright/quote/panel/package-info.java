/**
 * Production-panel utilisation for the quote (quote-model.md §6.1): how many delivery units fit on a
 * working panel in either orientation, and the share of the panel they use. A small calculator; the
 * panelization helper may replace it.
 */
package com.fabwright.quote.panel;
