package com.fabwright.store;

/** The life cycle of a quote revision (quote-model.md §3.2): Draft → Sent → Won / Lost / Expired. */
public enum QuoteStatus {
    Draft, Sent, Won, Lost, Expired;

    /** Parses a status, case-insensitively; throws naming the allowed ones. */
    public static QuoteStatus parse(String s) {
        for (QuoteStatus q : values()) {
            if (q.name().equalsIgnoreCase(s)) {
                return q;
            }
        }
        throw new IllegalArgumentException("unknown status " + s + " (Draft, Sent, Won, Lost, Expired)");
    }
}
