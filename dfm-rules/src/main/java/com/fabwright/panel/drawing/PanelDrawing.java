package com.fabwright.panel.drawing;

import com.fabwright.panel.ArrayLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the dimensioned drawing of an array shows: the panel outline with its overall width and
 * height dimensioned, rails shaded, each board's edge numbered, the board pitch dimensioned, V-score
 * lines dashed, tabs and mouse bites, fiducials and tooling holes with their diameters, and a
 * notes block (separation, X-out policy). Coordinates are panel millimetres; the drawing extends
 * below and left of the panel for the dimensions and notes ({@link #bounds()}).
 */
public final class PanelDrawing {
    private final List<Mark> marks = new ArrayList<>();
    private final double[] bounds;

    public PanelDrawing(ArrayLayout l) {
        double w = l.widthMm();
        double h = l.heightMm();
        double text = Math.max(1.5, Math.min(w, h) / 40);
        for (var r : l.rails()) {
            marks.add(new Mark.Box(r.getMinX(), r.getMinY(), r.getMaxX(), r.getMaxY(), 0.85, 0));
        }
        marks.add(new Mark.Box(0, 0, w, h, -1, 0.3));
        for (ArrayLayout.Instance i : l.instances()) {
            var e = i.edge();
            marks.add(new Mark.Box(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY(), 0.95, 0.2));
            marks.add(new Mark.Label(e.getMinX() + text / 2, e.getMinY() + text / 2, text,
                    "#" + i.number() + " " + l.designs().get(i.design()).name()));
        }
        for (ArrayLayout.VScoreLine v : l.vscores()) {
            marks.add(v.vertical() ? new Mark.Line(v.atMm(), -2, v.atMm(), h + 2, 0.2, true)
                    : new Mark.Line(-2, v.atMm(), w + 2, v.atMm(), 0.2, true));
        }
        for (ArrayLayout.Tab t : l.tabs()) {
            double half = t.widthMm() / 2;
            marks.add(t.alongX() ? new Mark.Line(t.xMm() - half, t.yMm(), t.xMm() + half, t.yMm(), 0.6, false)
                    : new Mark.Line(t.xMm(), t.yMm() - half, t.xMm(), t.yMm() + half, 0.6, false));
            for (double[] hole : t.holes()) {
                marks.add(new Mark.Circle(hole[0], hole[1], l.spec().mouseBites().holeDiameterMm(), false));
            }
        }
        for (double[] f : l.fiducials()) {
            marks.add(new Mark.Circle(f[0], f[1], l.spec().fiducials().diameterMm(), true));
            marks.add(new Mark.Circle(f[0], f[1], l.spec().fiducials().maskDiameterMm(), false));
        }
        for (double[] t : l.tooling()) {
            marks.add(new Mark.Circle(t[0], t[1], l.spec().tooling().diameterMm(), false));
        }
        double off = 3 * text;
        dimension(0, -off, w, -off, text, fmt(w));
        dimension(-off, 0, -off, h, text, fmt(h));
        if (l.instances().size() > 1 && l.spec().cols() > 1) {
            var a = l.instances().get(0).edge();
            var b = l.instances().get(1).edge();
            dimension(a.getMinX(), h + off / 2, b.getMinX(), h + off / 2, text * 0.8, "pitch " + fmt(b.getMinX() - a.getMinX()));
        }
        double y = -off - 2.5 * text;
        List<String> notes = new ArrayList<>();
        notes.add(String.format(Locale.ROOT, "Array %d x %d (%d boards), %s x %s mm, rotation %d deg, spacing %s mm",
                l.spec().rows(), l.spec().cols(), l.instances().size(), fmt(w), fmt(h), l.spec().rotationDeg(),
                fmt(l.spec().spacingMm())));
        notes.add(l.spec().vscored()
                ? String.format(Locale.ROOT, "Separation: V-score, %d lines, %s deg, copper >= %s mm from the line",
                l.vscores().size(), fmt(l.spec().vscore().angleDeg()), fmt(l.spec().vscore().copperClearanceMm()))
                : String.format(Locale.ROOT, "Separation: %d tabs, %d mouse-bite holes d%s mm at %s mm pitch",
                l.tabs().size(), l.mouseBiteHoles(), fmt(l.spec().mouseBites().holeDiameterMm()), fmt(l.spec().mouseBites().pitchMm())));
        notes.add(String.format(Locale.ROOT, "Rails %s %s mm; fiducials %d x d%s (mask d%s); tooling %d x d%s NPTH",
                l.spec().rails().sides(), fmt(l.spec().rails().widthMm()), l.fiducials().size(),
                fmt(l.spec().fiducials().diameterMm()), fmt(l.spec().fiducials().maskDiameterMm()), l.tooling().size(),
                fmt(l.spec().tooling().diameterMm())));
        notes.add("X-out: " + l.spec().xOut().maxBadBoards() + " bad board(s) per array; " + l.spec().xOut().marking());
        for (String n : notes) {
            marks.add(new Mark.Label(-off, y, text, n));
            y -= 1.6 * text;
        }
        bounds = new double[] {-off - 2 * text, y - text, Math.max(w + 2 * text, 30 * text * 1.2), h + off + text};
    }

    private void dimension(double x0, double y0, double x1, double y1, double text, String label) {
        marks.add(new Mark.Line(x0, y0, x1, y1, 0.15, false));
        boolean horizontal = y0 == y1;
        double t = text / 2;
        marks.add(horizontal ? new Mark.Line(x0, y0 - t, x0, y0 + t, 0.15, false) : new Mark.Line(x0 - t, y0, x0 + t, y0, 0.15, false));
        marks.add(horizontal ? new Mark.Line(x1, y1 - t, x1, y1 + t, 0.15, false) : new Mark.Line(x1 - t, y1, x1 + t, y1, 0.15, false));
        marks.add(horizontal ? new Mark.Label((x0 + x1) / 2 - label.length() * text * 0.25, y0 + t, text, label)
                : new Mark.Label(x0 + t, (y0 + y1) / 2, text, label));
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    public List<Mark> marks() {
        return List.copyOf(marks);
    }

    /** The drawn area {x0, y0, x1, y1} in mm, dimensions and notes included. */
    public double[] bounds() {
        return bounds.clone();
    }
}
