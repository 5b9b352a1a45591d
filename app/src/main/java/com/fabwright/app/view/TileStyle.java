package com.fabwright.app.view;

import java.awt.Color;
import java.util.List;

/**
 * What the tiles show: the layers to paint, bottom first, over a background. Every change of
 * visibility, colour, opacity or order is a new style with a new {@code version}, so tiles of an
 * older style are never shown again and simply age out of the cache.
 *
 * @param version increases with every change
 * @param layers  painted in list order (the last is on top)
 */
public record TileStyle(long version, List<PaintLayer> layers, Color background) {
    public TileStyle {
        layers = List.copyOf(layers);
    }

    public static final TileStyle EMPTY = new TileStyle(0, List.of(), new Color(24, 32, 28));
}
