/**
 * Rate profiles (quote-model.md §5.1, §6.7): every constant of the cost model as data, with its
 * unit, currency and source, versioned, shipped as JSON resources ({@code CN-EMS}, {@code EU-EMS},
 * {@code AISLER-like}, {@code JLCPCB-Standard-like}) and frozen into each saved quote.
 */
package com.fabwright.quote.rates;
