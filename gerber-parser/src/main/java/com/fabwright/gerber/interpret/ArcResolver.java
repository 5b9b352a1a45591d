package com.fabwright.gerber.interpret;

import com.fabwright.image.Point;

/**
 * Finds the centre of a circular segment (Gerber spec 4.7.2): in multi-quadrant mode it is the
 * start point plus signed (I, J); in single-quadrant mode I and J are unsigned and the centre is
 * the one of the four candidates that gives an arc of at most 90 degrees with the smallest radius
 * difference. Real exporters write start and end radii that differ slightly; the centre is kept as
 * written (the geometry lets the radius change evenly along the sweep so both end points are met)
 * and the caller warns when the difference exceeds a tolerance.
 */
final class ArcResolver {
    private ArcResolver() {
    }

    /** A resolved centre and how far the two radii disagreed before repair, in nanometres. */
    record Resolution(Point center, double radiusMismatchNm, boolean quadrantViolation) {
    }

    static Resolution resolve(Point start, Point end, long i, long j, boolean clockwise, boolean multiQuadrant) {
        if (multiQuadrant) {
            Point c = new Point(start.x() + i, start.y() + j);
            return repaired(start, end, c, false);
        }
        long ai = Math.abs(i);
        long aj = Math.abs(j);
        Point best = null;
        double bestMismatch = Double.MAX_VALUE;
        boolean bestWithin = false;
        for (int sx = -1; sx <= 1; sx += 2) {
            for (int sy = -1; sy <= 1; sy += 2) {
                Point c = new Point(start.x() + sx * ai, start.y() + sy * aj);
                double mismatch = Math.abs(dist(start, c) - dist(end, c));
                double sweep = sweep(start, end, c, clockwise);
                boolean within = sweep <= Math.PI / 2 + 1e-6;
                if ((within && !bestWithin) || (within == bestWithin && mismatch < bestMismatch)) {
                    best = c;
                    bestMismatch = mismatch;
                    bestWithin = within;
                }
            }
        }
        return repaired(start, end, best, !bestWithin);
    }

    /** Sweep angle from start to end about c in the given direction, in [0, 2pi). */
    static double sweep(Point start, Point end, Point c, boolean clockwise) {
        double a0 = Math.atan2(start.y() - c.y(), start.x() - c.x());
        double a1 = Math.atan2(end.y() - c.y(), end.x() - c.x());
        double d = clockwise ? a0 - a1 : a1 - a0;
        while (d < 0) {
            d += 2 * Math.PI;
        }
        while (d >= 2 * Math.PI) {
            d -= 2 * Math.PI;
        }
        return d;
    }

    private static Resolution repaired(Point start, Point end, Point c, boolean quadrantViolation) {
        return new Resolution(c, Math.abs(dist(start, c) - dist(end, c)), quadrantViolation);
    }

    static double dist(Point a, Point b) {
        return Math.hypot((double) a.x() - b.x(), (double) a.y() - b.y());
    }
}
