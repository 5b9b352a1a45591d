package com.fabwright.app.job;

import java.util.Locale;

/** The board side a layer belongs to. */
public enum Side {
    TOP, BOTTOM, INNER, NONE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
