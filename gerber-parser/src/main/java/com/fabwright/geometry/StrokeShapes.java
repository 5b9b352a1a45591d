package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import org.locationtech.jts.algorithm.ConvexHull;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;

/**
 * Linear draws ({@code D01} in {@code G01}, Gerber spec 4.7.1): the area the aperture covers as
 * it moves, unrotated, from one end point to the other, i.e. the Minkowski sum of the segment
 * and the aperture shape.
 *
 * <ul>
 *   <li>Circle apertures give a capsule built directly: two straight sides and two semicircular
 *       caps linearised within the chord error (area {@code w·L + π w²/4} up to the chord error).
 *   <li>Convex apertures (rectangle, obround, regular polygon, convex macros) give the convex hull
 *       of the aperture placed at both ends, which is the exact Minkowski sum.
 *   <li>Other macros give the union of the aperture at both ends and, for every boundary edge,
 *       the parallelogram the edge sweeps; this is also exact.
 * </ul>
 * A zero-length draw paints the aperture once, like a flash. Holes are ignored for draws (spec
 * 4.4.1 gives holes meaning for flashes only) and zero-size apertures draw nothing.
 */
final class StrokeShapes {
    private final double chordError;
    private final ApertureShapes apertures;
    private final Map<Geometry, Boolean> convex = new IdentityHashMap<>();
    private final Map<Aperture, Aperture> solids = new IdentityHashMap<>();

    StrokeShapes(double chordError, ApertureShapes apertures) {
        this.chordError = chordError;
        this.apertures = apertures;
    }

    Geometry shape(GraphicObject.Draw d) {
        if (d.from().equals(d.to())) {
            return Shapes.translated(apertures.shape(d.aperture(), d.transform()), d.from().x(), d.from().y());
        }
        Coordinate a = new Coordinate(Units.mm(d.from().x()), Units.mm(d.from().y()));
        Coordinate b = new Coordinate(Units.mm(d.to().x()), Units.mm(d.to().y()));
        if (d.aperture() instanceof Aperture.Circle c) {
            return capsule(a, b, c.diameter() * Math.abs(d.transform().scale()) / 2);
        }
        return sweep(kernel(d.aperture(), d.transform()), a, b);
    }

    /** The aperture shape used for drawing: at the origin, transformed, without its hole. */
    Geometry kernel(Aperture ap, ApertureTransform t) {
        if (!ap.hole().isPresent()) {
            return apertures.shape(ap, t);
        }
        return apertures.shape(solids.computeIfAbsent(ap, StrokeShapes::withoutHole), t);
    }

    private static Aperture withoutHole(Aperture ap) {
        if (ap instanceof Aperture.Circle c) {
            return new Aperture.Circle(c.diameter(), Hole.NONE);
        } else if (ap instanceof Aperture.Rectangle r) {
            return new Aperture.Rectangle(r.width(), r.height(), Hole.NONE);
        } else if (ap instanceof Aperture.Obround o) {
            return new Aperture.Obround(o.width(), o.height(), Hole.NONE);
        } else if (ap instanceof Aperture.Polygon p) {
            return new Aperture.Polygon(p.outerDiameter(), p.vertices(), p.rotationDeg(), Hole.NONE);
        }
        return ap;
    }

    /** A capsule of radius {@code r} round segment a-b (which are distinct). */
    Geometry capsule(Coordinate a, Coordinate b, double r) {
        if (!(r > 0)) {
            return Shapes.empty();
        }
        double phi = Math.atan2(b.y - a.y, b.x - a.x);
        List<Coordinate> ring = new ArrayList<>(
                ArcLinearizer.points(b.x, b.y, r, r, phi - Math.PI / 2, Math.PI, chordError, 2));
        ring.addAll(ArcLinearizer.points(a.x, a.y, r, r, phi + Math.PI / 2, Math.PI, chordError, 2));
        return Shapes.polygon(ring);
    }

    /** The Minkowski sum of {@code kernel} (at the origin) and segment a-b, in millimetres. */
    Geometry sweep(Geometry kernel, Coordinate a, Coordinate b) {
        if (kernel.isEmpty()) {
            return kernel;
        }
        long ax = Units.nm(a.x);
        long ay = Units.nm(a.y);
        long bx = Units.nm(b.x);
        long by = Units.nm(b.y);
        Geometry atA = Shapes.translated(kernel, ax, ay);
        if (ax == bx && ay == by) {
            return atA;
        }
        Geometry atB = Shapes.translated(kernel, bx, by);
        if (isConvex(kernel)) {
            Coordinate[] both = concat(atA.getCoordinates(), atB.getCoordinates());
            return new ConvexHull(both, Shapes.F).getConvexHull();
        }
        List<Geometry> parts = new ArrayList<>();
        parts.add(atA);
        parts.add(atB);
        List<Polygon> polys = new ArrayList<>();
        Shapes.addPolygons(atA, polys);
        for (Polygon p : polys) {
            addEdgeSweeps(p.getExteriorRing(), bx - ax, by - ay, parts);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                addEdgeSweeps(p.getInteriorRingN(i), bx - ax, by - ay, parts);
            }
        }
        return Shapes.union(parts);
    }

    private static void addEdgeSweeps(LineString ring, long dxNm, long dyNm, List<Geometry> out) {
        double dx = dxNm / Units.NM_PER_MM;
        double dy = dyNm / Units.NM_PER_MM;
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            Coordinate p = c[i];
            Coordinate q = c[i + 1];
            double cross = (q.x - p.x) * dy - (q.y - p.y) * dx;
            if (cross == 0) {
                continue; // edge parallel to the motion sweeps no area
            }
            out.add(Shapes.polygon(List.of(p, q, new Coordinate(q.x + dx, q.y + dy),
                    new Coordinate(p.x + dx, p.y + dy))));
        }
    }

    private boolean isConvex(Geometry g) {
        return convex.computeIfAbsent(g, StrokeShapes::computeConvex);
    }

    private static boolean computeConvex(Geometry g) {
        if (!(g instanceof Polygon p) || p.getNumInteriorRing() > 0) {
            return false;
        }
        double hullArea = p.convexHull().getArea();
        return hullArea - p.getArea() <= 1e-12 * Math.max(1, hullArea);
    }

    private static Coordinate[] concat(Coordinate[] x, Coordinate[] y) {
        Coordinate[] out = new Coordinate[x.length + y.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(y, 0, out, x.length, y.length);
        return out;
    }
}
