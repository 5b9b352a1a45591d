package com.fabwright.excellon;

/** Whether holes are plated through (copper in the barrel), for a tool or a whole drill file. */
public enum Plating {
    PLATED, NON_PLATED,
    /** A file whose tools are some plated and some not (Altium composite drill files). */
    MIXED,
    /** Nothing in the file says. */
    UNKNOWN;

    /** Combines the plating of two tools or files into the plating of both together. */
    public Plating and(Plating other) {
        if (this == other) {
            return this;
        }
        if (this == UNKNOWN) {
            return other;
        }
        if (other == UNKNOWN) {
            return this;
        }
        return MIXED;
    }
}
