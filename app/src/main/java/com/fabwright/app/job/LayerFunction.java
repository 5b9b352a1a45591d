package com.fabwright.app.job;

import java.util.Locale;

/** What a layer is for, as named in the {@code info} JSON ({@code "copper"}, {@code "soldermask"}...). */
public enum LayerFunction {
    COPPER, SOLDERMASK, SILKSCREEN, PASTE, OUTLINE, DRILL, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
