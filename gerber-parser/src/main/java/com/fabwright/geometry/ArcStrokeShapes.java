package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;

/**
 * Circular draws ({@code D01} in {@code G02}/{@code G03}, Gerber spec 4.7.2): the area a circle
 * aperture covers as its centre moves along the arc. For a circle of radius {@code h} on an arc
 * of radius {@code r} this is the annular sector between {@code r - h} and {@code r + h} (a pie
 * slice when {@code r <= h}) plus a disk of radius {@code h} at each end; a full circle
 * ({@code from == to}) is an annulus. Arcs are linearised within the chord error, each edge with
 * the area of its true arc ({@link ArcLinearizer}).
 *
 * <p>Arcs drawn with any other aperture (rectangles are deprecated for arcs, spec 4.7.2) are
 * approximated by sweeping the aperture, unrotated, along the linearised centre line: the result
 * is the exact Minkowski sum of the aperture with the linearised centre line, so it differs from the
 * true sweep by at most the chord error. Holes are ignored for draws (spec 4.4.1 allows holes on
 * flashed apertures only), and a zero-size aperture draws nothing.
 */
final class ArcStrokeShapes {
    private final double chordError;
    private final StrokeShapes strokes;

    ArcStrokeShapes(double chordError, StrokeShapes strokes) {
        this.chordError = chordError;
        this.strokes = strokes;
    }

    Geometry shape(GraphicObject.ArcDraw arc) {
        Aperture ap = arc.aperture();
        if (ap instanceof Aperture.Circle c) {
            double h = c.diameter() * Math.abs(arc.transform().scale()) / 2;
            if (!(h > 0)) {
                return Shapes.empty();
            }
            return circleStroke(arc.from(), arc.to(), arc.center(), arc.clockwise(), h);
        }
        List<Coordinate> path = arcPath(arc.from(), arc.to(), arc.center(), arc.clockwise(), chordError);
        List<Geometry> pieces = new ArrayList<>(path.size());
        Geometry kernel = strokes.kernel(ap, arc.transform());
        for (int i = 0; i + 1 < path.size(); i++) {
            pieces.add(strokes.sweep(kernel, path.get(i), path.get(i + 1)));
        }
        return Shapes.union(pieces);
    }

    private Geometry circleStroke(Point from, Point to, Point center, boolean clockwise, double h) {
        double cx = Units.mm(center.x());
        double cy = Units.mm(center.y());
        double x0 = Units.mm(from.x()) - cx;
        double y0 = Units.mm(from.y()) - cy;
        double x1 = Units.mm(to.x()) - cx;
        double y1 = Units.mm(to.y()) - cy;
        double r0 = Math.hypot(x0, y0);
        double r1 = Math.hypot(x1, y1);
        boolean full = from.equals(to);
        if (full) {
            Polygon outer = Shapes.circle(cx, cy, r0 + h, chordError);
            if (r0 - h <= 0) {
                return outer;
            }
            Polygon inner = Shapes.circle(cx, cy, r0 - h, chordError);
            return Shapes.F.createPolygon(outer.getExteriorRing(), new org.locationtech.jts.geom.LinearRing[] {
                    inner.getExteriorRing()});
        }
        double a0 = Math.atan2(y0, x0);
        double sweep = ArcLinearizer.sweep(a0, Math.atan2(y1, x1), clockwise, false);
        List<Coordinate> ring = new ArrayList<>(
                ArcLinearizer.points(cx, cy, r0 + h, r1 + h, a0, sweep, chordError));
        if (Math.min(r0, r1) - h > 0) {
            List<Coordinate> inner = ArcLinearizer.points(cx, cy, r0 - h, r1 - h, a0, sweep, chordError);
            for (int i = inner.size() - 1; i >= 0; i--) {
                ring.add(inner.get(i));
            }
        } else {
            ring.add(new Coordinate(cx, cy));
        }
        Geometry sector = sweep == 0 ? Shapes.empty() : RegionShapes.fill(ring);
        return Shapes.union(List.of(sector,
                Shapes.circle(cx + x0, cy + y0, h, chordError),
                Shapes.circle(cx + x1, cy + y1, h, chordError)));
    }

    /**
     * The centre line of a Gerber arc as points in millimetres, both end points exact; a full
     * circle when {@code from} equals {@code to}. Clockwise arcs sweep negatively.
     */
    static List<Coordinate> arcPath(Point from, Point to, Point center, boolean clockwise, double chordError) {
        return ArcLinearizer.centreLine(from, to, center, clockwise, chordError);
    }
}
