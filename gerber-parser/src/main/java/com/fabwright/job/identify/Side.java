package com.fabwright.job.identify;

import java.util.Locale;

/** Which side of the board a layer belongs to; {@link #label()} is {@code layer.side} in {@code info --json}. */
public enum Side {
    TOP, BOTTOM, INNER, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
