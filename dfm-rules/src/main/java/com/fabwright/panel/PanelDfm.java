package com.fabwright.panel;

import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Panel DFM (issue 9 item 4), every finding a {@link Violation} in panel coordinates:
 * <ul>
 *   <li>{@code panel.vscore-copper}: copper closer to a V-score centre line than the spec's
 *       clearance (reference §4 row 9: 0.4 mm);</li>
 *   <li>{@code panel.tab-copper}: copper or a part centroid closer to a tab's mouse-bite band than
 *       the tab clearance;</li>
 *   <li>{@code panel.part-overhang}: a part (its courtyard, else its pads) reaching more than 0.05 mm beyond
 *       its board's edge: an error when it reaches a neighbouring board or crosses a V-score line, a
 *       warning when it reaches into a rail or the router gap;</li>
 *   <li>{@code panel.fiducial-clearance}: a global fiducial whose mask opening meets copper or a
 *       hole, or lies closer than 1 mm beyond its opening to the panel edge.</li>
 * </ul>
 */
public final class PanelDfm {
    /** Overhangs below this (mm) are courtyard line widths, not parts. */
    static final double OVERHANG_TOLERANCE_MM = 0.05;

    public List<Violation> check(ArrayLayout layout) {
        List<Violation> out = new ArrayList<>();
        Map<Integer, List<Polygon>> copper = new HashMap<>();
        for (ArrayLayout.Instance i : layout.instances()) {
            PanelBoard d = layout.designs().get(i.design());
            List<Polygon> polys = copper.computeIfAbsent(i.design(), k -> d.copperPolygons());
            vscore(layout, i, polys, out);
            overhang(layout, i, d, out);
        }
        tabs(layout, out);
        fiducials(layout, copper, out);
        return out;
    }

    private static void vscore(ArrayLayout layout, ArrayLayout.Instance i, List<Polygon> polys, List<Violation> out) {
        double limit = layout.spec().vscore().copperClearanceMm();
        for (ArrayLayout.VScoreLine l : layout.vscores()) {
            double lo = l.vertical() ? i.edge().getMinX() : i.edge().getMinY();
            double hi = l.vertical() ? i.edge().getMaxX() : i.edge().getMaxY();
            if (Math.abs(l.atMm() - lo) > limit + 0.01 && Math.abs(l.atMm() - hi) > limit + 0.01) {
                continue;
            }
            Envelope e = layout.panel();
            Geometry line = Units.FACTORY.createLineString(l.vertical()
                    ? new Coordinate[] {new Coordinate(l.atMm(), e.getMinY()), new Coordinate(l.atMm(), e.getMaxY())}
                    : new Coordinate[] {new Coordinate(e.getMinX(), l.atMm()), new Coordinate(e.getMaxX(), l.atMm())});
            Polygon worst = null;
            double best = limit;
            for (Polygon p : polys) {
                Geometry g = i.transform().apply(p);
                double d = g.distance(line);
                if (d < best) {
                    best = d;
                    worst = (Polygon) g;
                }
            }
            if (worst != null) {
                Coordinate[] c = DistanceOp.nearestPoints(worst, line);
                out.add(new Violation("panel.vscore-copper", Severity.ERROR, List.of("copper"), c[0].x, c[0].y,
                        Units.FACTORY.createLineString(c), best, limit, String.format(Locale.ROOT,
                        "board %d: copper %.3f mm from the V-score at %s = %.3f mm (needs %.2f mm)", i.number(), best,
                        l.vertical() ? "x" : "y", l.atMm(), limit), List.of(), List.of()));
            }
        }
    }

    private static void tabs(ArrayLayout layout, List<Violation> out) {
        double limit = layout.spec().mouseBites().clearanceMm();
        for (ArrayLayout.Tab t : layout.tabs()) {
            if (t.clearanceMm() < limit) {
                out.add(new Violation("panel.tab-copper", t.clearanceMm() <= 0 ? Severity.ERROR : Severity.WARNING,
                        List.of("copper"), t.xMm(), t.yMm(), Units.FACTORY.createPoint(new Coordinate(t.xMm(), t.yMm())),
                        t.clearanceMm(), limit, String.format(Locale.ROOT,
                        "tab at %.2f, %.2f mm (boards %s): copper or a part %.3f mm from its mouse bites (needs %.2f mm); "
                                + "no clear place on this edge", t.xMm(), t.yMm(), t.boards(), t.clearanceMm(), limit),
                        List.of(), List.of()));
            }
        }
    }

    private static void overhang(ArrayLayout layout, ArrayLayout.Instance i, PanelBoard d, List<Violation> out) {
        Geometry edge = i.transform().apply(d.edgeShape()).buffer(0.01);
        for (Map.Entry<String, Envelope> part : PartExtents.of(d).entrySet()) {
            Geometry body = i.transform().apply(Units.FACTORY.toGeometry(part.getValue()));
            if (edge.contains(body)) {
                continue;
            }
            Geometry outside = body.difference(edge);
            Envelope o = outside.getEnvelopeInternal();
            if (o.isNull() || outside.getArea() < 1e-4) {
                continue;
            }
            Geometry boardEdge = i.transform().apply(d.edgeShape());
            double reach = 0;
            for (Coordinate c : outside.getCoordinates()) {
                reach = Math.max(reach, boardEdge.distance(Units.FACTORY.createPoint(c)));
            }
            if (reach < OVERHANG_TOLERANCE_MM) {
                continue;
            }
            String into = reachesInto(layout, i, outside);
            boolean hard = into.startsWith(" into board") || into.startsWith(" across");
            out.add(new Violation("panel.part-overhang", hard ? Severity.ERROR : Severity.WARNING, List.of(),
                    o.centre().x, o.centre().y, outside, reach, OVERHANG_TOLERANCE_MM, String.format(Locale.ROOT,
                    "board %d: %s reaches %.3f mm beyond the board edge%s", i.number(), part.getKey(), reach, into),
                    List.of(), List.of(part.getKey() + "_" + i.number())));
        }
    }

    private static String reachesInto(ArrayLayout layout, ArrayLayout.Instance self, Geometry outside) {
        Envelope o = outside.getEnvelopeInternal();
        for (Envelope r : layout.rails()) {
            if (r.intersects(o)) {
                return " into a rail";
            }
        }
        for (ArrayLayout.VScoreLine l : layout.vscores()) {
            if (l.vertical() ? o.getMinX() <= l.atMm() && o.getMaxX() >= l.atMm() : o.getMinY() <= l.atMm() && o.getMaxY() >= l.atMm()) {
                return " across the V-score cut";
            }
        }
        for (ArrayLayout.Instance i : layout.instances()) {
            if (i != self && i.edge().intersects(o)) {
                return " into board " + i.number();
            }
        }
        return " into the router gap (it would be cut)";
    }

    private static void fiducials(ArrayLayout layout, Map<Integer, List<Polygon>> copper, List<Violation> out) {
        PanelSpec.Fiducials f = layout.spec().fiducials();
        double keep = f.maskDiameterMm() / 2;
        double edgeLimit = keep + 1.0;
        for (double[] c : layout.fiducials()) {
            Geometry pt = Units.FACTORY.createPoint(new Coordinate(c[0], c[1]));
            Envelope p = layout.panel();
            double toEdge = Math.min(Math.min(c[0] - p.getMinX(), p.getMaxX() - c[0]), Math.min(c[1] - p.getMinY(), p.getMaxY() - c[1]));
            if (toEdge < edgeLimit) {
                out.add(fiducial(c, toEdge, edgeLimit, "from the panel edge"));
            }
            double nearest = Double.MAX_VALUE;
            for (ArrayLayout.Instance i : layout.instances()) {
                Envelope near = new Envelope(c[0] - keep - 5, c[0] + keep + 5, c[1] - keep - 5, c[1] + keep + 5);
                if (!near.intersects(i.edge())) {
                    continue;
                }
                for (Polygon poly : copper.get(i.design())) {
                    nearest = Math.min(nearest, i.transform().apply(poly).distance(pt) - f.diameterMm() / 2);
                }
            }
            for (ArrayLayout.Tab t : layout.tabs()) {
                for (double[] h : t.holes()) {
                    nearest = Math.min(nearest, Math.hypot(h[0] - c[0], h[1] - c[1]) - layout.spec().mouseBites().holeDiameterMm() / 2 - f.diameterMm() / 2);
                }
            }
            for (double[] h : layout.tooling()) {
                nearest = Math.min(nearest, Math.hypot(h[0] - c[0], h[1] - c[1]) - layout.spec().tooling().diameterMm() / 2 - f.diameterMm() / 2);
            }
            double need = keep - f.diameterMm() / 2;
            if (nearest < need) {
                out.add(fiducial(c, nearest, need, "from the nearest copper or hole (clear ring of the mask opening)"));
            }
        }
    }

    private static Violation fiducial(double[] c, double measured, double limit, String what) {
        return new Violation("panel.fiducial-clearance", Severity.WARNING, List.of("top-copper", "top-mask"), c[0], c[1],
                Units.FACTORY.createPoint(new Coordinate(c[0], c[1])), measured, limit, String.format(Locale.ROOT,
                "fiducial at %.2f, %.2f mm: %.3f mm %s (needs %.2f mm)", c[0], c[1], measured, what, limit),
                List.of(), List.of());
    }
}
