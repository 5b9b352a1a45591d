package com.fabwright.excellon;

import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a reading of a drill file lines up with the copper: the fraction of its holes (hits and
 * the middles of straight slots) whose centre lies within a tolerance of a pad centre (a flash of
 * a copper layer). Holes of tools known to be non-plated are left out when the file has others:
 * mounting holes have no pads. Pad centres are hashed on a grid of the tolerance, so scoring is
 * linear in holes plus pads.
 */
public final class FormatScorer {
    private FormatScorer() {
    }

    /** The fraction in [0, 1] of holes near a pad; 0 when the file has no holes or there are no pads. */
    public static double score(DrillFile reading, List<Point> padCentres, long toleranceNm) {
        Result r = match(reading, padCentres, toleranceNm);
        return r.total == 0 ? 0 : (double) r.matched / r.total;
    }

    /** Holes near a pad and holes considered, for messages and acceptance tests. */
    public record Result(int matched, int total) {
    }

    /** Counts holes near a pad. */
    public static Result match(DrillFile reading, List<Point> padCentres, long toleranceNm) {
        List<Point> holes = holes(reading);
        if (holes.isEmpty() || padCentres.isEmpty()) {
            return new Result(0, holes.size());
        }
        long cell = Math.max(1, toleranceNm);
        Map<Long, List<Point>> grid = new HashMap<>();
        for (Point p : padCentres) {
            grid.computeIfAbsent(key(Math.floorDiv(p.x(), cell), Math.floorDiv(p.y(), cell)), k -> new ArrayList<>(2)).add(p);
        }
        double tol2 = (double) toleranceNm * toleranceNm;
        int matched = 0;
        for (Point h : holes) {
            long cx = Math.floorDiv(h.x(), cell);
            long cy = Math.floorDiv(h.y(), cell);
            if (near(grid, h, cx, cy, tol2)) {
                matched++;
            }
        }
        return new Result(matched, holes.size());
    }

    private static boolean near(Map<Long, List<Point>> grid, Point h, long cx, long cy, double tol2) {
        for (long dx = -1; dx <= 1; dx++) {
            for (long dy = -1; dy <= 1; dy++) {
                List<Point> ps = grid.get(key(cx + dx, cy + dy));
                if (ps == null) {
                    continue;
                }
                for (Point p : ps) {
                    double ex = p.x() - h.x();
                    double ey = p.y() - h.y();
                    if (ex * ex + ey * ey <= tol2) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long key(long cx, long cy) {
        return cx * 0x9E3779B97F4A7C15L ^ cy;
    }

    /** Hole centres that should sit on pads. */
    static List<Point> holes(DrillFile f) {
        boolean anyOther = f.hits().stream().anyMatch(h -> h.tool().plated() != Plating.NON_PLATED)
                || f.slots().stream().anyMatch(s -> s.tool().plated() != Plating.NON_PLATED);
        List<Point> out = new ArrayList<>(f.hits().size() + f.slots().size());
        for (DrillHit h : f.hits()) {
            if (!anyOther || h.tool().plated() != Plating.NON_PLATED) {
                out.add(h.at());
            }
        }
        for (DrillSlot s : f.slots()) {
            if (!s.isArc() && (!anyOther || s.tool().plated() != Plating.NON_PLATED)) {
                out.add(new Point((s.from().x() + s.to().x()) / 2, (s.from().y() + s.to().y()) / 2));
            }
        }
        return out;
    }
}
