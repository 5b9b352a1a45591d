package com.fabwright.dfa;

import com.fabwright.assembly.Placement;
import com.fabwright.board.Outline;
import com.fabwright.board.OutlineContour;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * {@code assembly.outside-outline} (error): a placement whose centroid lies outside the board
 * (the closed outline contours; the outline's outer-edge box when none closed), by more than
 * {@link #TOLERANCE_MM}. A whole file outside usually means a unit or origin mistake (mils read as
 * millimetres, another origin), which the message says.
 */
final class OutlineCheck {
    /** Centroids this close outside the edge are accepted (edge-mounted connectors overhang). */
    static final double TOLERANCE_MM = 0.5;

    private OutlineCheck() {
    }

    static List<Violation> run(CrossCheckInput in) {
        List<Violation> out = new ArrayList<>();
        Geometry board = boardArea(in.board().outline());
        List<Placement> ps = in.assembly().placements();
        if (board == null || ps.isEmpty()) {
            return out;
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(board);
        GeometryFactory f = Units.FACTORY;
        List<Violation> found = new ArrayList<>();
        for (Placement p : ps) {
            Point pt = f.createPoint(new Coordinate(p.xMm(), p.yMm()));
            if (prepared.covers(pt)) {
                continue;
            }
            double d = board.distance(pt);
            if (d > TOLERANCE_MM) {
                found.add(Findings.at(AssemblyRules.OUTSIDE_OUTLINE, Severity.ERROR, p, List.of("outline"), d, TOLERANCE_MM,
                        String.format(java.util.Locale.ROOT, "%s lies %.2f mm outside the board outline", p.refdes(), d)));
            }
        }
        if (found.size() * 2 > ps.size()) {
            String hint = " (most placements are outside: check the file's unit and origin)";
            found.replaceAll(v -> new Violation(v.rule(), v.severity(), v.layers(), v.xMm(), v.yMm(), v.location(),
                    v.measuredMm(), v.limitMm(), v.message() + hint, v.nets(), v.refs()));
        }
        out.addAll(found);
        return out;
    }

    /** The board area in mm, or {@code null} without an outline. */
    static Geometry boardArea(Outline o) {
        List<Polygon> polys = new ArrayList<>();
        for (OutlineContour c : o.board()) {
            if (c.closed() && c.points().size() >= 4) {
                Coordinate[] pts = c.points().toArray(new Coordinate[0]);
                if (!pts[0].equals2D(pts[pts.length - 1])) {
                    continue;
                }
                polys.add(Units.FACTORY.createPolygon(pts));
            }
        }
        if (!polys.isEmpty()) {
            return Units.FACTORY.createMultiPolygon(polys.toArray(new Polygon[0])).buffer(0);
        }
        Envelope e = o.outerEdge();
        return e.isNull() ? null : Units.FACTORY.toGeometry(e);
    }
}
