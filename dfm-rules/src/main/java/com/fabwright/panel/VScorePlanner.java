package com.fabwright.panel;

import com.fabwright.board.OutlineContour;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * V-score lines for an array: one straight line across the whole panel at every board edge that
 * is not the panel's own edge. A V-score cutter only runs straight through the panel (reference
 * §4 row 22: "straight, full-length cuts only"), so the plan is refused, with the reason, when a
 * line would cross a board (boards of different sizes in a row or column: the cut would not run
 * through) or when a board edge on a line is not one straight segment along its whole length
 * (rounded corners, curves, notches).
 */
public final class VScorePlanner {
    /** How far (mm) an outline point may be from the cut line and still be on it. */
    static final double ON_LINE_MM = 0.005;
    /** How much (mm) of a board side may be missing from the straight segments on the line. */
    static final double COVER_MM = 0.05;

    /** The lines; throws {@link PanelRefusedException} naming the board and the line. */
    public List<ArrayLayout.VScoreLine> plan(ArrayLayout layout) {
        TreeSet<Double> xs = new TreeSet<>();
        TreeSet<Double> ys = new TreeSet<>();
        for (ArrayLayout.Instance i : layout.instances()) {
            xs.add(r(i.edge().getMinX()));
            xs.add(r(i.edge().getMaxX()));
            ys.add(r(i.edge().getMinY()));
            ys.add(r(i.edge().getMaxY()));
        }
        Envelope panel = layout.panel();
        xs.removeIf(x -> Math.abs(x - panel.getMinX()) < ON_LINE_MM || Math.abs(x - panel.getMaxX()) < ON_LINE_MM);
        ys.removeIf(y -> Math.abs(y - panel.getMinY()) < ON_LINE_MM || Math.abs(y - panel.getMaxY()) < ON_LINE_MM);
        List<ArrayLayout.VScoreLine> lines = new ArrayList<>();
        xs.forEach(x -> lines.add(new ArrayLayout.VScoreLine(true, x)));
        ys.forEach(y -> lines.add(new ArrayLayout.VScoreLine(false, y)));
        for (ArrayLayout.VScoreLine line : lines) {
            for (ArrayLayout.Instance i : layout.instances()) {
                check(layout, line, i);
            }
        }
        return lines;
    }

    private static void check(ArrayLayout layout, ArrayLayout.VScoreLine line, ArrayLayout.Instance i) {
        Envelope e = i.edge();
        double lo = line.vertical() ? e.getMinX() : e.getMinY();
        double hi = line.vertical() ? e.getMaxX() : e.getMaxY();
        String axis = line.vertical() ? "x" : "y";
        PanelBoard design = layout.designs().get(i.design());
        if (lo < line.atMm() - ON_LINE_MM && hi > line.atMm() + ON_LINE_MM) {
            throw new PanelRefusedException(String.format(Locale.ROOT,
                    "V-score at %s = %.3f mm would cut through board %d (%s, %.3f..%.3f mm): V-score lines run straight "
                            + "through the whole panel, so every board's edge must lie on them (boards of different sizes "
                            + "in a row or column leave a partial cut); use mouse bites or equal board sizes",
                    axis, line.atMm(), i.number(), design.name(), lo, hi));
        }
        if (Math.abs(lo - line.atMm()) > ON_LINE_MM && Math.abs(hi - line.atMm()) > ON_LINE_MM) {
            return;
        }
        double sideLo = line.vertical() ? e.getMinY() : e.getMinX();
        double sideHi = line.vertical() ? e.getMaxY() : e.getMaxX();
        double covered = coveredLength(design.contours(), i.transform(), line);
        if (covered < sideHi - sideLo - COVER_MM) {
            throw new PanelRefusedException(String.format(Locale.ROOT,
                    "V-score at %s = %.3f mm: board %d (%s) has only %.3f of its %.3f mm edge straight on the cut line "
                            + "(rounded corners, curves or notches on the cut): V-score needs straight full-length edges; "
                            + "use mouse bites", axis, line.atMm(), i.number(), design.name(), covered, sideHi - sideLo));
        }
    }

    /** Total length of outline segments lying on the line (panel coordinates). */
    static double coveredLength(List<OutlineContour> contours, RigidTransform t, ArrayLayout.VScoreLine line) {
        double sum = 0;
        for (OutlineContour c : contours) {
            List<Coordinate> pts = c.points();
            for (int k = 1; k < pts.size(); k++) {
                double[] a = t.applyMm(pts.get(k - 1).x, pts.get(k - 1).y);
                double[] b = t.applyMm(pts.get(k).x, pts.get(k).y);
                int across = line.vertical() ? 0 : 1;
                if (Math.abs(a[across] - line.atMm()) <= ON_LINE_MM && Math.abs(b[across] - line.atMm()) <= ON_LINE_MM) {
                    sum += Math.abs(a[1 - across] - b[1 - across]);
                }
            }
        }
        return sum;
    }

    private static double r(double v) {
        return Math.rint(v * 1e6) / 1e6;
    }
}
