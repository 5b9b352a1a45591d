package com.fabwright.export;

import com.fabwright.quote.Quote;
import java.util.List;

/**
 * What a quote document shows besides the computed quote: its number and revision, the customer and
 * part numbers, the dates, and the company header.
 *
 * @param quoteNo     quote number ({@code Q-2026-0042}), or {@code DRAFT} when not saved
 * @param revision    revision
 * @param customer    customer name, or {@code null}
 * @param cpn         customer part number and revision, or {@code null}
 * @param date        quote date (ISO)
 * @param validUntil  validity date (ISO)
 * @param leadTime    lead time text ({@code 15 working days ARO})
 * @param company     company header lines: name first, then address and contact lines
 * @param terms       terms lines
 * @param quote       the computed quote
 */
public record QuoteDocument(String quoteNo, int revision, String customer, String cpn, String date, String validUntil,
                            String leadTime, List<String> company, List<String> terms, Quote quote) {
    public QuoteDocument {
        company = List.copyOf(company);
        terms = List.copyOf(terms);
    }

    /** Default terms (quote-model.md §3.1, §7.7). */
    public static final List<String> DEFAULT_TERMS = List.of(
            "Prices may change if the BOM or Gerber data are revised (re-quote).",
            "Cancellation: committed material is billable.",
            "Lead time in working days after receipt of order and clean data.");
}
