package com.fabwright.app.view;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Composes one frame of the board view from tiles: each tile of the current level that is cached
 * is drawn; one that is not is asked for, and meanwhile the best cached stand-in is drawn scaled
 * (a part of a coarser tile, up to {@value #MAX_COARSER} levels up, or the four tiles of the next
 * finer level), so panning and zooming never wait for rendering. This is all the UI thread does
 * per frame. The same code draws the window (JavaFX) and the benchmark (Java2D).
 */
public final class FrameComposer {
    static final int MAX_COARSER = 8;

    /** Draws a source rectangle of a tile into a destination rectangle (pixels). */
    @FunctionalInterface
    public interface Drawer<T> {
        void draw(T tile, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh);
    }

    /**
     * How a frame was covered, in tiles: {@code sharp} at the right level, {@code standIn} drawn
     * from another level while the right one renders, {@code blank} with nothing yet.
     */
    public record Coverage(int sharp, int standIn, int blank) {
        public int total() {
            return sharp + standIn + blank;
        }
    }

    private FrameComposer() {
    }

    public static <T> Coverage compose(Viewport view, double width, double height, TileService<T> tiles, Drawer<T> drawer) {
        List<TileGrid.Placement> plan = TileGrid.plan(view, width, height, tiles.style().version());
        Set<TileKey> keys = new HashSet<>();
        plan.forEach(p -> keys.add(p.key()));
        tiles.setWanted(keys);
        int sharp = 0;
        int standIn = 0;
        int blank = 0;
        int n = TileGrid.SIZE;
        for (TileGrid.Placement p : plan) {
            T tile = tiles.cached(p.key());
            if (tile != null) {
                drawer.draw(tile, 0, 0, n, n, p.x(), p.y(), p.size(), p.size());
                sharp++;
                continue;
            }
            tiles.request(p.key());
            if (drawCoarser(p, tiles, drawer) || drawFiner(p, tiles, drawer)) {
                standIn++;
            } else {
                blank++;
            }
        }
        return new Coverage(sharp, standIn, blank);
    }

    private static <T> boolean drawCoarser(TileGrid.Placement p, TileService<T> tiles, Drawer<T> drawer) {
        TileKey k = p.key();
        for (int d = 1; d <= MAX_COARSER; d++) {
            TileKey a = k.ancestor(d);
            T tile = tiles.cached(a);
            if (tile != null) {
                double part = TileGrid.SIZE / (double) (1L << d);
                double sx = (k.col() - (a.col() << d)) * part;
                double sy = (k.row() - (a.row() << d)) * part;
                drawer.draw(tile, sx, sy, part, part, p.x(), p.y(), p.size(), p.size());
                return true;
            }
        }
        return false;
    }

    private static <T> boolean drawFiner(TileGrid.Placement p, TileService<T> tiles, Drawer<T> drawer) {
        TileKey k = p.key();
        boolean any = false;
        double half = p.size() / 2;
        int n = TileGrid.SIZE;
        for (int dy = 0; dy < 2; dy++) {
            for (int dx = 0; dx < 2; dx++) {
                T tile = tiles.cached(new TileKey(k.level() + 1, k.col() * 2 + dx, k.row() * 2 + dy, k.style()));
                if (tile != null) {
                    drawer.draw(tile, 0, 0, n, n, p.x() + dx * half, p.y() + dy * half, half, half);
                    any = true;
                }
            }
        }
        return any;
    }
}
