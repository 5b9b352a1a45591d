package com.fabwright.app.view;

import java.awt.Color;

/** One layer as the tiles paint it: its indexed polygons and its colour, opacity already in the alpha. */
public record PaintLayer(LayerIndex index, Color color) {
    /** The colour with its alpha multiplied by {@code opacity} (0..1). */
    public static Color withOpacity(Color c, double opacity) {
        double o = Math.max(0, Math.min(1, opacity));
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(c.getAlpha() * o));
    }
}
