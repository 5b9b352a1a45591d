package com.fabwright.excellon;

import com.fabwright.image.Point;
import com.fabwright.image.PointGrid;
import java.util.ArrayList;
import java.util.List;

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
        PointGrid grid = new PointGrid(padCentres, toleranceNm);
        int matched = 0;
        for (Point h : holes) {
            if (grid.near(h)) {
                matched++;
            }
        }
        return new Result(matched, holes.size());
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
