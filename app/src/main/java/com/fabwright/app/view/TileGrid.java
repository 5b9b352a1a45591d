package com.fabwright.app.view;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The pyramid of tiles: level {@code L} is drawn at 2^L pixels per millimetre, cut into squares of
 * {@link #SIZE} pixels. A view at any zoom uses the level just finer than itself, so a tile is
 * never magnified (it is drawn at 50-100 % of its size): zooming re-renders only when the zoom
 * crosses a power of two, and between levels the cached tiles are simply scaled.
 */
public final class TileGrid {
    /** Tile side in pixels. */
    public static final int SIZE = 256;

    /** Where one tile goes on the canvas (pixels, unmirrored view). */
    public record Placement(TileKey key, double x, double y, double size) {
    }

    private TileGrid() {
    }

    /** The level used for a view at {@code scale} pixels per millimetre. */
    public static int levelFor(double scale) {
        return (int) Math.ceil(Math.log(scale) / Math.log(2) - 1e-9);
    }

    /** Pixels per millimetre at a level. */
    public static double scaleOf(int level) {
        return Math.scalb(1.0, level);
    }

    /** The board window a tile covers, in millimetres. */
    public static Envelope windowOf(TileKey k) {
        double mmPerTile = SIZE / scaleOf(k.level());
        double x0 = k.col() * mmPerTile;
        double yTop = -k.row() * mmPerTile;
        return new Envelope(x0, x0 + mmPerTile, yTop - mmPerTile, yTop);
    }

    /**
     * The tiles that cover a {@code width x height} canvas seen through {@code view} (taken
     * unmirrored: the caller flips the canvas for the bottom view), with where each one goes.
     */
    public static List<Placement> plan(Viewport view, double width, double height, long style) {
        Viewport v = view.unmirrored(width);
        int level = levelFor(v.scale());
        double s = scaleOf(level);
        Envelope w = v.windowMm(width, height);
        long c0 = (long) Math.floor(w.getMinX() * s / SIZE);
        long c1 = (long) Math.floor(w.getMaxX() * s / SIZE);
        long r0 = (long) Math.floor(-w.getMaxY() * s / SIZE);
        long r1 = (long) Math.floor(-w.getMinY() * s / SIZE);
        double size = SIZE / s * v.scale();
        List<Placement> out = new ArrayList<>((int) ((c1 - c0 + 1) * (r1 - r0 + 1)));
        for (long r = r0; r <= r1; r++) {
            for (long c = c0; c <= c1; c++) {
                double x = c * SIZE / s * v.scale() + v.tx();
                double y = v.ty() + r * SIZE / s * v.scale();
                out.add(new Placement(new TileKey(level, c, r, style), x, y, size));
            }
        }
        return out;
    }
}
