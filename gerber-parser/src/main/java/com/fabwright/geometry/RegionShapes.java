package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.operation.valid.IsValidOp;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;

/**
 * Regions ({@code G36}/{@code G37}, Gerber spec 4.10): each contour is linearised (line and arc
 * segments, arcs within the chord error, an arc whose start equals its end is a full circle) and
 * filled; the region is the union of its filled contours.
 *
 * <p>Filling is exact for the contours the spec allows, including cut-ins (spec 4.10.3: a contour
 * that runs from the outer boundary along a cut to a hole, round the hole and back along the same
 * cut). A ring that JTS accepts as a valid polygon shell is used as is. Otherwise the ring's
 * linework is noded on the 1 nm grid, polygonised into faces, and a face is kept when the
 * contour winds round it a non-zero number of times. A cut-in's two coincident edges then vanish
 * and the hole it encloses (winding number zero) stays open. No {@code buffer(0)} is involved, so
 * nothing is silently dropped for having the "wrong" orientation. Contours with zero area
 * contribute nothing.
 */
final class RegionShapes {
    private final double chordError;

    RegionShapes(double chordError) {
        this.chordError = chordError;
    }

    Geometry shape(GraphicObject.Region region) {
        List<Geometry> filled = new ArrayList<>(region.contours().size());
        for (Contour c : region.contours()) {
            Geometry g = fill(points(c));
            if (!g.isEmpty()) {
                filled.add(g);
            }
        }
        return Shapes.union(filled);
    }

    /** The contour as a coordinate list in millimetres (start point first, not yet closed). */
    List<Coordinate> points(Contour contour) {
        List<Coordinate> pts = new ArrayList<>();
        com.fabwright.image.Point cur = contour.start();
        pts.add(mm(cur));
        for (Contour.Segment s : contour.segments()) {
            if (s instanceof Contour.Arc arc) {
                List<Coordinate> arcPts = ArcLinearizer.boundary(cur, arc.end(), arc.center(),
                        arc.clockwise(), chordError);
                pts.addAll(arcPts.subList(1, arcPts.size()));
            } else {
                pts.add(mm(s.end()));
            }
            cur = s.end();
        }
        return pts;
    }

    private static Coordinate mm(com.fabwright.image.Point p) {
        return new Coordinate(Units.mm(p.x()), Units.mm(p.y()));
    }

    /**
     * Fills one closed ring by the non-zero winding rule. Used for region contours and for macro
     * outline primitives (spec 4.5.1.6).
     */
    static Geometry fill(List<Coordinate> pts) {
        LinearRing ring = Shapes.ring(pts);
        if (ring == null) {
            return Shapes.empty();
        }
        Polygon simple = Shapes.F.createPolygon(ring);
        if (new IsValidOp(simple).isValid()) {
            return simple.getArea() > 0 ? simple : Shapes.empty();
        }
        Coordinate[] ringPts = ring.getCoordinates();
        Geometry noded = UnaryUnionNG.union(Shapes.F.createLineString(ringPts), Units.PRECISION);
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(noded);
        @SuppressWarnings("unchecked")
        Collection<Polygon> faces = polygonizer.getPolygons();
        List<Geometry> kept = new ArrayList<>();
        for (Polygon face : faces) {
            if (face.getArea() <= 0) {
                continue;
            }
            Point inside = face.getInteriorPoint();
            if (winding(ringPts, inside.getX(), inside.getY()) != 0) {
                kept.add(face);
            }
        }
        return Shapes.union(kept);
    }

    /** Winding number of a closed ring about (x, y) (Sunday's crossing algorithm). */
    static int winding(Coordinate[] ring, double x, double y) {
        int w = 0;
        for (int i = 0; i + 1 < ring.length; i++) {
            Coordinate a = ring[i];
            Coordinate b = ring[i + 1];
            double cross = (b.x - a.x) * (y - a.y) - (x - a.x) * (b.y - a.y);
            if (a.y <= y) {
                if (b.y > y && cross > 0) {
                    w++;
                }
            } else if (b.y <= y && cross < 0) {
                w--;
            }
        }
        return w;
    }
}
