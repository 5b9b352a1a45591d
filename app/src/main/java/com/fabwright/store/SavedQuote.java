package com.fabwright.store;

import com.fabwright.quote.Quote;

/**
 * A stored quote revision: its number, revision, status, customer, dates and the quote itself.
 *
 * @param id          row id
 * @param quoteNo     quote number ({@code Q-2026-0001})
 * @param revision    revision, from 1
 * @param status      life-cycle status
 * @param customer    customer name, or {@code null}
 * @param createdAt   creation time (UTC, ISO-8601)
 * @param validUntil  validity date, or {@code null}
 * @param leadTime    lead time text, or {@code null}
 * @param locked      approved and locked
 * @param filesHash   SHA-256 over the RFQ's input files, or {@code null}
 * @param quote       the computed quote as priced then
 */
public record SavedQuote(long id, String quoteNo, int revision, QuoteStatus status, String customer, String createdAt,
                         String validUntil, String leadTime, boolean locked, String filesHash, Quote quote) {
}
