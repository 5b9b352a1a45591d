package com.fabwright.geometry;

import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Turns circular arcs into chords within a stated chord error, keeping the area. An arc of radius
 * {@code r} split into {@code n} equal chords over a sweep {@code θ} with its vertices on the arc
 * (an inscribed polygon) loses the segments between chords and arc: {@code (4/3)s/r} of a
 * circle's area for a sagitta {@code s} (-0.9 % for a 0.3 mm hole at 1 µm), and every Gerber
 * circle would be systematically small. So the end points of an arc stay exactly on it (a full
 * circle is four quarter arcs, a semicircle two, so axis extremes and bounding boxes stay exact)
 * and the inner vertices sit on a slightly larger radius {@code k·r}, {@code k} chosen so that
 * the fan of triangles about the centre has the sector's area:
 * {@code sin(θ/n)(2k + (n-2)k²) = θ}. The boundary then crosses the true curve, inner vertices
 * outside by {@code (k-1)r} and chord middles inside (together about the inscribed sagitta), and
 * the chord count is the smallest {@code n} that keeps every deviation, either side, at or below
 * the chord error, never more than 45 degrees per chord. Centre lines of paths ({@link
 * #centreLine}) keep their vertices on the arc.
 * See {@code docs/decisions/geometry-equal-area-arcs.md}.
 *
 * <p>Gerber arcs (spec 4.7.2) whose start and end radii differ slightly are drawn as a spiral
 * with the radius interpolated linearly along the sweep, so both end points are hit exactly.
 */
public final class ArcLinearizer {
    private static final double MAX_STEP = Math.PI / 4;

    private ArcLinearizer() {
    }

    /**
     * Number of inscribed chords (vertices on the arc) for an arc of {@code radius} sweeping
     * {@code sweepRad} (sign ignored) whose sagitta is within the chord error; the equal-area
     * linearisation starts from this count.
     */
    public static int segments(double radius, double sweepRad, double chordError) {
        double sweep = Math.abs(sweepRad);
        if (radius <= 0 || sweep == 0) {
            return 1;
        }
        double ratio = Math.min(chordError / radius, 1.0);
        double step = Math.min(2 * Math.acos(1 - ratio), MAX_STEP);
        if (!(step > 0)) { // chord error zero or NaN: still terminate
            step = 1e-3;
        }
        return Math.max(1, (int) Math.ceil(sweep / step - 1e-9));
    }

    /** The sagitta of one chord when {@code radius} is split into chords of {@code stepRad}. */
    public static double sagitta(double radius, double stepRad) {
        return radius * (1 - Math.cos(stepRad / 2));
    }

    /**
     * Points along an arc about {@code (cx, cy)} from angle {@code startRad} sweeping
     * {@code sweepRad} (positive counter-clockwise), the radius going linearly from {@code r0} to
     * {@code r1}. Both end points are included; the chord count is chosen for the larger radius.
     */
    public static List<Coordinate> points(double cx, double cy, double r0, double r1, double startRad,
                                          double sweepRad, double chordError) {
        return points(cx, cy, r0, r1, startRad, sweepRad, chordError, 1);
    }

    /**
     * As {@link #points(double, double, double, double, double, double, double)} with the chord
     * count rounded up to a multiple of {@code multipleOf}: 4 for full circles and 2 for
     * semicircles put vertices on the axis extremes, so flashed pads and draws keep their exact
     * bounding box.
     */
    public static List<Coordinate> points(double cx, double cy, double r0, double r1, double startRad,
                                          double sweepRad, double chordError, int multipleOf) {
        return points(cx, cy, r0, r1, startRad, sweepRad, chordError, multipleOf, true);
    }

    /**
     * The arc as {@code multipleOf} equal sub-arcs whose ends lie on the arc (so 4 for a full
     * circle keeps its axis extremes, and its bounding box, exact); with {@code equalArea} the
     * inner vertices of each sub-arc sit on the equal-area radius, otherwise on the arc itself
     * (inscribed: the right choice for a path that is not an area boundary).
     */
    private static List<Coordinate> points(double cx, double cy, double r0, double r1, double startRad,
                                           double sweepRad, double chordError, int multipleOf, boolean equalArea) {
        int m = Math.max(1, multipleOf);
        double r = Math.max(r0, r1);
        int n = equalArea ? chords(r, sweepRad / m, chordError) * m
                : roundUp(segments(r, sweepRad, chordError), m);
        int per = n / m;
        double k = equalArea ? openFactor(per, sweepRad / n) : 1;
        List<Coordinate> out = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = startRad + sweepRad * t;
            double ri = (r0 + (r1 - r0) * t) * (i % per == 0 ? 1 : k);
            out.add(new Coordinate(cx + ri * Math.cos(a), cy + ri * Math.sin(a)));
        }
        return out;
    }

    /**
     * The chord count for an equal-area linearisation of an arc with both ends on it: from the
     * inscribed count up, the first whose deviation from the true arc is within the chord error.
     */
    static int chords(double radius, double sweepRad, double chordError) {
        double sweep = Math.abs(sweepRad);
        int n = segments(radius, sweep, chordError);
        if (!(radius > 0) || sweep == 0) {
            return n;
        }
        for (int guard = 0; guard < 64 && radius * deviation(n, sweep / n) > chordError; guard++) {
            n++;
        }
        return n;
    }

    private static int roundUp(int n, int multipleOf) {
        int m = Math.max(1, multipleOf);
        return ((n + m - 1) / m) * m;
    }

    /**
     * The radius factor of the inner vertices of an open arc of {@code n} chords of {@code step}
     * whose end points stay on the arc, such that the triangle fan about the centre has the
     * sector's area: {@code sin(step)(2k + (n-2)k²) = n·step}.
     */
    static double openFactor(int n, double stepRad) {
        double step = Math.abs(stepRad);
        if (n < 2 || step == 0) {
            return 1;
        }
        double c = n * step / Math.sin(step);
        if (n == 2) {
            return c / 2;
        }
        double a = n - 2;
        return (-1 + Math.sqrt(1 + a * c)) / a;
    }

    /** The largest distance between the linearised boundary and a unit arc (either side). */
    static double deviation(int n, double step) {
        if (n < 2) {
            return 1 - Math.cos(step / 2);
        }
        double k = openFactor(n, step);
        double dev = k - 1;
        if (n >= 3) {
            dev = Math.max(dev, 1 - k * Math.cos(step / 2));
        }
        // the end chord from (1, 0) to (k cos step, k sin step): its point nearest the centre
        double dx = k * Math.cos(step) - 1;
        double dy = k * Math.sin(step);
        double t = Math.max(0, Math.min(1, -dx / (dx * dx + dy * dy)));
        return Math.max(dev, 1 - Math.hypot(1 + t * dx, t * dy));
    }

    /**
     * The signed sweep of a Gerber arc from angle {@code a0} to {@code a1}: in (0, 2π] for
     * counter-clockwise arcs and in [-2π, 0) for clockwise ones; {@code fullCircle} gives ±2π.
     */
    public static double sweep(double a0, double a1, boolean clockwise, boolean fullCircle) {
        if (fullCircle) {
            return clockwise ? -2 * Math.PI : 2 * Math.PI;
        }
        double d = clockwise ? a0 - a1 : a1 - a0;
        d = d % (2 * Math.PI);
        if (d < 0) {
            d += 2 * Math.PI;
        }
        return clockwise ? -d : d;
    }

    /**
     * The centre line of a Gerber arc ({@code G02}/{@code G03}, spec 4.8) as points in millimetres
     * within {@code chordError}, both end points exact; a full circle when {@code from} equals
     * {@code to}. Clockwise arcs sweep negatively. A path, not an area boundary: the vertices lie
     * on the arc (inscribed), as a router or an aperture sweep follows it.
     */
    public static List<Coordinate> centreLine(Point from, Point to,
                                              Point center, boolean clockwise, double chordError) {
        return arc(from, to, center, clockwise, chordError, false);
    }

    /**
     * As {@link #centreLine} for an arc that bounds an area (a region contour, spec 4.10): the
     * inner vertices on the equal-area radius, so the region keeps the area the arc encloses.
     */
    public static List<Coordinate> boundary(Point from, Point to,
                                            Point center, boolean clockwise, double chordError) {
        return arc(from, to, center, clockwise, chordError, true);
    }

    private static List<Coordinate> arc(Point from, Point to, Point center, boolean clockwise, double chordError,
                                        boolean equalArea) {
        double cx = Units.mm(center.x());
        double cy = Units.mm(center.y());
        double x0 = Units.mm(from.x()) - cx;
        double y0 = Units.mm(from.y()) - cy;
        double x1 = Units.mm(to.x()) - cx;
        double y1 = Units.mm(to.y()) - cy;
        double a0 = Math.atan2(y0, x0);
        double sweep = sweep(a0, Math.atan2(y1, x1), clockwise, from.equals(to));
        List<Coordinate> pts = points(cx, cy, Math.hypot(x0, y0), Math.hypot(x1, y1), a0, sweep, chordError, 1,
                equalArea);
        pts.set(0, new Coordinate(cx + x0, cy + y0));
        pts.set(pts.size() - 1, new Coordinate(cx + x1, cy + y1));
        return pts;
    }
}
