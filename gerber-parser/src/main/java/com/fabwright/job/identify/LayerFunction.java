package com.fabwright.job.identify;

import java.util.Locale;

/** What a layer does; {@link #label()} is the {@code layer.function} field of {@code info --json}. */
public enum LayerFunction {
    COPPER, SOLDERMASK, SILKSCREEN, PASTE, OUTLINE, DRILL, ROUT, COMPONENT, MECHANICAL, DRAWING, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
