package com.fabwright.image;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points hashed on a grid of cells one tolerance wide, answering "is there a point within the
 * tolerance of this one?" in constant time: used to match drill holes to copper pads and drill
 * layers to each other. Immutable after construction.
 */
public final class PointGrid {
    private final Map<Long, List<Point>> cells = new HashMap<>();
    private final long cell;
    private final double tolerance2;

    /** A grid of {@code points} answering within {@code toleranceNm} (Euclidean distance). */
    public PointGrid(Collection<Point> points, long toleranceNm) {
        this.cell = Math.max(1, toleranceNm);
        this.tolerance2 = (double) toleranceNm * toleranceNm;
        for (Point p : points) {
            cells.computeIfAbsent(key(Math.floorDiv(p.x(), cell), Math.floorDiv(p.y(), cell)), k -> new ArrayList<>(2)).add(p);
        }
    }

    /** Whether the grid has no points. */
    public boolean isEmpty() {
        return cells.isEmpty();
    }

    /** Whether some point lies within the tolerance of {@code p}. */
    public boolean near(Point p) {
        long cx = Math.floorDiv(p.x(), cell);
        long cy = Math.floorDiv(p.y(), cell);
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                List<Point> ps = cells.get(key(cx + dx, cy + dy));
                if (ps == null) {
                    continue;
                }
                for (Point q : ps) {
                    double ex = q.x() - p.x();
                    double ey = q.y() - p.y();
                    if (ex * ex + ey * ey <= tolerance2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Hash of a cell (a grid that is never iterated, so collisions only cost a comparison). */
    public static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L ^ cy;
    }
}
