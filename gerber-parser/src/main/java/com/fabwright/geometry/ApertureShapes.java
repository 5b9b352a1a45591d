package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Hole;

/**
 * The shape of an aperture placed at the origin, in millimetres, with its
 * {@link ApertureTransform} applied (mirror, then counter-clockwise rotation, then scale; spec
 * 4.9.3-4.9.5). Standard apertures follow spec 4.4: circle, rectangle, obround (a rectangle with
 * semicircles on its shorter sides) and regular polygon (first vertex at the rotation angle). A
 * hole (spec 4.4.1, round or the older rectangular form) is subtracted from the aperture's own
 * shape only, so a flashed pad with a hole is a ring that does not clear what lies below it.
 * Macro apertures are evaluated by {@link MacroShapes}. Zero-size apertures have an empty shape.
 *
 * <p>Shapes are cached per aperture instance and transform: a layer flashes the same few
 * apertures thousands of times, and each flash only translates the cached shape by whole
 * nanometres. Circles are linearised with the chord error divided by the transform's scale so the
 * stated chord error holds after scaling.
 */
final class ApertureShapes {
    private final double chordError;
    private final Map<Aperture, Map<ApertureTransform, Geometry>> cache = new IdentityHashMap<>();

    ApertureShapes(double chordError) {
        this.chordError = chordError;
    }

    /** The transformed aperture shape at the origin; callers must not mutate it. */
    Geometry shape(Aperture ap, ApertureTransform t) {
        return cache.computeIfAbsent(ap, k -> new HashMap<>()).computeIfAbsent(t, k -> build(ap, t));
    }

    private Geometry build(Aperture ap, ApertureTransform t) {
        double scale = Math.abs(t.scale());
        if (!(scale > 0)) {
            return Shapes.empty();
        }
        double chord = chordError / scale;
        Geometry g = ap instanceof Aperture.Macro m ? new MacroShapes(chord).shape(m) : standard(ap, chord);
        if (ap.hole().isPresent() && !g.isEmpty()) {
            g = Shapes.difference(g, hole(ap.hole(), chord));
        }
        return Shapes.transformed(g, t);
    }

    private static Geometry standard(Aperture ap, double chord) {
        if (ap instanceof Aperture.Circle c) {
            return Shapes.circle(0, 0, c.diameter() / 2, chord);
        }
        if (ap instanceof Aperture.Rectangle r) {
            return Shapes.box(0, 0, r.width(), r.height());
        }
        if (ap instanceof Aperture.Obround o) {
            return obround(o.width(), o.height(), chord);
        }
        Aperture.Polygon p = (Aperture.Polygon) ap;
        return regularPolygon(0, 0, p.outerDiameter(), p.vertices(), p.rotationDeg());
    }

    /** A stadium: the longer axis has semicircular ends of diameter equal to the shorter side. */
    static Geometry obround(double w, double h, double chord) {
        if (!(w > 0 && h > 0)) {
            return Shapes.empty();
        }
        if (w == h) {
            return Shapes.circle(0, 0, w / 2, chord);
        }
        double r = Math.min(w, h) / 2;
        double c = (Math.max(w, h) - Math.min(w, h)) / 2;
        double ux = w > h ? c : 0;
        double uy = w > h ? 0 : c;
        double start = w > h ? -Math.PI / 2 : 0;
        List<Coordinate> ring = new ArrayList<>(ArcLinearizer.points(ux, uy, r, r, start, Math.PI, chord, 2));
        ring.addAll(ArcLinearizer.points(-ux, -uy, r, r, start + Math.PI, Math.PI, chord, 2));
        return Shapes.polygon(ring);
    }

    /** A regular polygon of {@code n} vertices on a circle of {@code diameter}, first at {@code rotDeg}. */
    static Geometry regularPolygon(double cx, double cy, double diameter, int n, double rotDeg) {
        if (!(diameter > 0) || n < 3) {
            return Shapes.empty();
        }
        List<Coordinate> pts = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double a = Math.toRadians(rotDeg) + 2 * Math.PI * i / n;
            pts.add(new Coordinate(cx + diameter / 2 * Math.cos(a), cy + diameter / 2 * Math.sin(a)));
        }
        return Shapes.polygon(pts);
    }

    private static Geometry hole(Hole h, double chord) {
        return h.isRound() ? Shapes.circle(0, 0, h.width() / 2, chord) : Shapes.box(0, 0, h.width(), h.height());
    }
}
