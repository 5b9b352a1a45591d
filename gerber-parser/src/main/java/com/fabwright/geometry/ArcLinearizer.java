package com.fabwright.geometry;

import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Turns circular arcs into chords within a stated chord error. An arc of radius {@code r} split
 * into {@code n} equal chords over a sweep {@code θ} deviates from the true arc by the sagitta
 * {@code r(1 - cos(θ / 2n))}; the segment count is the smallest {@code n} that keeps the sagitta
 * at or below the chord error, and never more than 45 degrees per chord. Vertices lie on the arc
 * (inscribed polygon), so linearised shapes are never larger than the true ones.
 *
 * <p>Gerber arcs (spec 4.7.2) whose start and end radii differ slightly are drawn as a spiral
 * with the radius interpolated linearly along the sweep, so both end points are hit exactly.
 */
public final class ArcLinearizer {
    private static final double MAX_STEP = Math.PI / 4;

    private ArcLinearizer() {
    }

    /** Number of chords for an arc of {@code radius} sweeping {@code sweepRad} (sign ignored). */
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
        int n = segments(Math.max(r0, r1), sweepRad, chordError);
        n = ((n + multipleOf - 1) / multipleOf) * multipleOf;
        List<Coordinate> out = new ArrayList<>(n + 1);
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double a = startRad + sweepRad * t;
            double r = r0 + (r1 - r0) * t;
            out.add(new Coordinate(cx + r * Math.cos(a), cy + r * Math.sin(a)));
        }
        return out;
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
     * {@code to}. Clockwise arcs sweep negatively.
     */
    public static List<Coordinate> centreLine(Point from, Point to,
                                              Point center, boolean clockwise, double chordError) {
        double cx = Units.mm(center.x());
        double cy = Units.mm(center.y());
        double x0 = Units.mm(from.x()) - cx;
        double y0 = Units.mm(from.y()) - cy;
        double x1 = Units.mm(to.x()) - cx;
        double y1 = Units.mm(to.y()) - cy;
        double a0 = Math.atan2(y0, x0);
        double sweep = sweep(a0, Math.atan2(y1, x1), clockwise, from.equals(to));
        List<Coordinate> pts = points(cx, cy, Math.hypot(x0, y0), Math.hypot(x1, y1), a0, sweep, chordError);
        pts.set(0, new Coordinate(cx + x0, cy + y0));
        pts.set(pts.size() - 1, new Coordinate(cx + x1, cy + y1));
        return pts;
    }
}
