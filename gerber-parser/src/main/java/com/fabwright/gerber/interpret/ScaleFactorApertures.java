package com.fabwright.gerber.interpret;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.ArcLinearizer;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.MacroPrimitive;

/**
 * The deprecated {@code SF} scale factor (Gerber spec 8.1.9; RS-274X 2012) applied to the
 * apertures of the objects it governs. {@code SF} scales the whole image, A along X and B along
 * Y: coordinates (done as they are read, {@link ImageTransforms#scale}) and the shapes of the
 * apertures alike, as gerbv does (it scales its drawing context). A uniform factor multiplies the
 * aperture transform's scale. A non-uniform one stretches each aperture: a rectangle stays a
 * rectangle; circles (ellipses then), obrounds and regular polygons become single-outline macros
 * linearised with the default chord error, keeping the area (the affine image of an equal-area
 * polygon has the ellipse's area). Macro apertures, and apertures rotated by other than a
 * multiple of 90 degrees, take the uniform factor {@code sqrt(A·B)} (same area) with a warning.
 */
final class ScaleFactorApertures {
    private final Map<Aperture, Aperture> swapped = new HashMap<>();
    private final Map<Aperture, Aperture> straight = new HashMap<>();
    private boolean warned;

    /** {@code o} with its aperture scaled by (a, b) in image axes; regions are unchanged. */
    GraphicObject apply(GraphicObject o, double a, double b, DiagnosticSink sink, SourcePosition pos) {
        if (o instanceof GraphicObject.Flash f) {
            Scaled s = scaled(f.aperture(), f.transform(), a, b, sink, pos);
            return new GraphicObject.Flash(f.at(), s.aperture, s.transform, f.polarity(), f.attributes());
        }
        if (o instanceof GraphicObject.Draw d) {
            Scaled s = scaled(d.aperture(), d.transform(), a, b, sink, pos);
            return new GraphicObject.Draw(d.from(), d.to(), s.aperture, s.transform, d.polarity(), d.attributes());
        }
        if (o instanceof GraphicObject.ArcDraw d) {
            Scaled s = scaled(d.aperture(), d.transform(), a, b, sink, pos);
            return new GraphicObject.ArcDraw(d.from(), d.to(), d.center(), d.clockwise(), s.aperture, s.transform,
                    d.polarity(), d.attributes());
        }
        return o;
    }

    private record Scaled(Aperture aperture, ApertureTransform transform) {
    }

    private Scaled scaled(Aperture ap, ApertureTransform t, double a, double b, DiagnosticSink sink,
                          SourcePosition pos) {
        if (a == b) {
            return new Scaled(ap, withScale(t, t.scale() * a));
        }
        double quarterTurns = t.rotationDeg() / 90;
        boolean axisAligned = quarterTurns == Math.rint(quarterTurns);
        if (ap instanceof Aperture.Macro || !axisAligned) {
            if (!warned) {
                warned = true;
                sink.warning("GBR-W033", pos, String.format(java.util.Locale.ROOT,
                        "non-uniform scale factor SF A%s B%s on a macro or rotated aperture: scaled by %s"
                                + " in both axes (same area)", a, b, Math.sqrt(a * b)));
            }
            return new Scaled(ap, withScale(t, t.scale() * Math.sqrt(a * b)));
        }
        // The aperture transform (mirror, rotate by quarter turns, scale) is applied after this
        // stretch, so an odd number of quarter turns swaps which aperture axis becomes image X.
        boolean swap = ((long) Math.abs(quarterTurns)) % 2 == 1;
        Map<Aperture, Aperture> cache = swap ? swapped : straight;
        Aperture s = cache.computeIfAbsent(ap, k -> stretch(k, swap ? b : a, swap ? a : b));
        return new Scaled(s, t);
    }

    private static ApertureTransform withScale(ApertureTransform t, double scale) {
        return new ApertureTransform(t.mirrorX(), t.mirrorY(), t.rotationDeg(), scale);
    }

    /** The aperture stretched by sx along its X axis and sy along its Y axis. */
    static Aperture stretch(Aperture ap, double sx, double sy) {
        Hole h = ap.hole();
        if (ap instanceof Aperture.Rectangle r && (!h.isPresent() || !h.isRound())) {
            Hole hole = h.isPresent() ? new Hole(h.width() * sx, h.height() * sy) : Hole.NONE;
            return new Aperture.Rectangle(r.width() * sx, r.height() * sy, hole);
        }
        List<MacroPrimitive> prims = new ArrayList<>(2);
        prims.add(new MacroPrimitive.Outline(true, outline(ap, sx, sy), 0));
        if (h.isPresent()) {
            Aperture hole = h.isRound() ? new Aperture.Circle(h.width(), Hole.NONE)
                    : new Aperture.Rectangle(h.width(), h.height(), Hole.NONE);
            prims.add(new MacroPrimitive.Outline(false, outline(hole, sx, sy), 0));
        }
        return new Aperture.Macro("SF-stretched", prims);
    }

    /** The closed outline (first point repeated last) of a standard aperture, stretched. */
    private static List<double[]> outline(Aperture ap, double sx, double sy) {
        double chord = ImageGeometry.DEFAULT_CHORD_ERROR_MM / Math.max(Math.abs(sx), Math.abs(sy));
        List<double[]> pts = new ArrayList<>();
        if (ap instanceof Aperture.Circle c) {
            arc(pts, 0, 0, c.diameter() / 2, 0, 2 * Math.PI, chord, 4);
        } else if (ap instanceof Aperture.Rectangle r) {
            double w = r.width() / 2;
            double hh = r.height() / 2;
            pts.add(new double[] {-w, -hh});
            pts.add(new double[] {w, -hh});
            pts.add(new double[] {w, hh});
            pts.add(new double[] {-w, hh});
        } else if (ap instanceof Aperture.Obround o) {
            double r = Math.min(o.width(), o.height()) / 2;
            double c = (Math.max(o.width(), o.height()) - Math.min(o.width(), o.height())) / 2;
            boolean wide = o.width() > o.height();
            double ux = wide ? c : 0;
            double uy = wide ? 0 : c;
            double start = wide ? -Math.PI / 2 : 0;
            arc(pts, ux, uy, r, start, Math.PI, chord, 2);
            arc(pts, -ux, -uy, r, start + Math.PI, Math.PI, chord, 2);
        } else if (ap instanceof Aperture.Polygon p) {
            for (int i = 0; i < p.vertices(); i++) {
                double ang = Math.toRadians(p.rotationDeg()) + 2 * Math.PI * i / p.vertices();
                pts.add(new double[] {p.outerDiameter() / 2 * Math.cos(ang), p.outerDiameter() / 2 * Math.sin(ang)});
            }
        }
        List<double[]> out = new ArrayList<>(pts.size() + 1);
        for (double[] xy : pts) {
            out.add(new double[] {xy[0] * sx, xy[1] * sy});
        }
        if (!out.isEmpty()) {
            out.add(out.get(0).clone());
        }
        return out;
    }

    private static void arc(List<double[]> pts, double cx, double cy, double r, double start, double sweep,
                            double chord, int multipleOf) {
        if (!(r > 0)) {
            return;
        }
        var coords = ArcLinearizer.points(cx, cy, r, r, start, sweep, chord, multipleOf);
        for (int i = 0; i < coords.size(); i++) {
            if (sweep == 2 * Math.PI && i == coords.size() - 1) {
                break; // the closing point is added by the caller
            }
            pts.add(new double[] {coords.get(i).x, coords.get(i).y});
        }
    }
}
