package com.fabwright.app.view;

/**
 * One square tile of the board picture: {@link TileGrid#SIZE} pixels on a side at zoom level
 * {@code level} (2^level pixels per millimetre), column {@code col} and row {@code row} counted in
 * tiles from the board origin (rows run down the screen), drawn in the style of version {@code style}.
 */
public record TileKey(int level, long col, long row, long style) {
    /** The tile {@code d} levels coarser that covers this one. */
    public TileKey ancestor(int d) {
        return new TileKey(level - d, col >> d, row >> d, style);
    }
}
