package com.fabwright.store;

/** One row of {@code quotes list}: a revision with its headline figures. */
public record QuoteSummary(String quoteNo, int revision, QuoteStatus status, String customer, String createdAt,
                           String rates, String currency, int firstQty, double firstUnitPrice, boolean locked) {
}
