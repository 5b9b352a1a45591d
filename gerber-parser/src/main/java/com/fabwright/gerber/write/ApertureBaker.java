package com.fabwright.gerber.write;

import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Hole;
import com.fabwright.image.MacroPrimitive;
import java.util.ArrayList;
import java.util.List;

/**
 * Folds an {@link ApertureTransform} (mirror, then rotate, then scale about the aperture origin,
 * Gerber spec 4.9.3-4.9.5) into the aperture itself, so that the written file needs no
 * {@code LM}/{@code LR}/{@code LS}: a circle only scales; a rectangle or obround turned by a
 * multiple of 90 degrees swaps its sides; a polygon adds the turn to its own rotation; anything
 * else becomes a macro whose evaluated primitives carry the transform (spec 4.5.1: primitive
 * rotation turns about the macro origin). A y mirror is an x mirror followed by a half turn.
 * Holes in standard apertures survive the exact cases; a holed aperture turned by another angle
 * loses its hole (no macro primitive can express it) — no file in the corpus does that.
 */
public final class ApertureBaker {
    private ApertureBaker() {
    }

    /** The aperture that draws, untransformed, what {@code a} draws under {@code t}. */
    public static Aperture bake(Aperture a, ApertureTransform t) {
        if (t.isIdentity()) {
            return a;
        }
        boolean mirror = t.mirrorX() ^ t.mirrorY();
        double rot = t.rotationDeg() + (t.mirrorY() ? 180 : 0);
        rot = ((rot % 360) + 360) % 360;
        double s = t.scale();
        Hole h = a.hole();
        Hole hs = h.isPresent() ? new Hole(h.width() * s, h.height() > 0 ? h.height() * s : h.height()) : h;
        boolean quarter = Math.abs(rot % 90) < 1e-9 || Math.abs(rot % 90 - 90) < 1e-9;
        boolean odd = quarter && Math.round(rot / 90) % 2 == 1;
        if (a instanceof Aperture.Circle c) {
            return new Aperture.Circle(c.diameter() * s, hs);
        }
        if (a instanceof Aperture.Rectangle r && quarter && (h.isRound() || !odd)) {
            return odd ? new Aperture.Rectangle(r.height() * s, r.width() * s, hs)
                    : new Aperture.Rectangle(r.width() * s, r.height() * s, hs);
        }
        if (a instanceof Aperture.Obround o && quarter && (h.isRound() || !odd)) {
            return odd ? new Aperture.Obround(o.height() * s, o.width() * s, hs)
                    : new Aperture.Obround(o.width() * s, o.height() * s, hs);
        }
        if (a instanceof Aperture.Polygon p) {
            double own = mirror ? 180 - p.rotationDeg() : p.rotationDeg();
            return new Aperture.Polygon(p.outerDiameter() * s, p.vertices(), norm(own + rot), hs);
        }
        List<MacroPrimitive> prims = new ArrayList<>();
        for (MacroPrimitive m : primitivesOf(a)) {
            prims.add(transform(m, mirror, rot, s));
        }
        String name = a instanceof Aperture.Macro m ? m.name() : "STD";
        return new Aperture.Macro(name, prims);
    }

    /** The primitives that draw a standard aperture (without its hole), or a macro's own. */
    static List<MacroPrimitive> primitivesOf(Aperture a) {
        if (a instanceof Aperture.Macro m) {
            return m.primitives();
        }
        if (a instanceof Aperture.Circle c) {
            return List.of(new MacroPrimitive.Circle(true, c.diameter(), 0, 0, 0));
        }
        if (a instanceof Aperture.Rectangle r) {
            return List.of(new MacroPrimitive.CenterLine(true, r.width(), r.height(), 0, 0, 0));
        }
        if (a instanceof Aperture.Obround o) {
            double w = o.width();
            double hh = o.height();
            if (w >= hh) {
                double dx = (w - hh) / 2;
                return List.of(new MacroPrimitive.CenterLine(true, w - hh, hh, 0, 0, 0),
                        new MacroPrimitive.Circle(true, hh, -dx, 0, 0), new MacroPrimitive.Circle(true, hh, dx, 0, 0));
            }
            double dy = (hh - w) / 2;
            return List.of(new MacroPrimitive.CenterLine(true, w, hh - w, 0, 0, 0),
                    new MacroPrimitive.Circle(true, w, 0, -dy, 0), new MacroPrimitive.Circle(true, w, 0, dy, 0));
        }
        Aperture.Polygon p = (Aperture.Polygon) a;
        return List.of(new MacroPrimitive.Polygon(true, p.vertices(), 0, 0, p.outerDiameter(), p.rotationDeg()));
    }

    /** One primitive mirrored in x (when {@code mirror}), then turned by {@code rot}, then scaled. */
    static MacroPrimitive transform(MacroPrimitive m, boolean mirror, double rot, double s) {
        double sx = mirror ? -1 : 1;
        double r = norm((mirror ? -m.rotationDeg() : m.rotationDeg()) + rot);
        if (m instanceof MacroPrimitive.Circle c) {
            // The circle's rotation only moves its centre: written turned, rotation 0, because gerbv
            // 2.9 ignores the circle primitive's rotation parameter (added in the 2016 spec).
            double a = Math.toRadians(r);
            double x = sx * c.centerX() * s;
            double y = c.centerY() * s;
            return new MacroPrimitive.Circle(c.exposure(), c.diameter() * s, x * Math.cos(a) - y * Math.sin(a),
                    x * Math.sin(a) + y * Math.cos(a), 0);
        }
        if (m instanceof MacroPrimitive.VectorLine v) {
            return new MacroPrimitive.VectorLine(v.exposure(), v.width() * s, sx * v.startX() * s, v.startY() * s,
                    sx * v.endX() * s, v.endY() * s, r);
        }
        if (m instanceof MacroPrimitive.CenterLine c) {
            return new MacroPrimitive.CenterLine(c.exposure(), c.width() * s, c.height() * s, sx * c.centerX() * s,
                    c.centerY() * s, r);
        }
        if (m instanceof MacroPrimitive.Outline o) {
            List<double[]> pts = new ArrayList<>(o.points().size());
            for (double[] p : o.points()) {
                pts.add(new double[] {sx * p[0] * s, p[1] * s});
            }
            return new MacroPrimitive.Outline(o.exposure(), pts, r);
        }
        if (m instanceof MacroPrimitive.Polygon p) {
            // A regular polygon mirrored in x equals the polygon turned a half turn about its own centre;
            // written about the origin: M R(p) T(c) = R(180 - p) T(cx, -cy).
            if (mirror) {
                return new MacroPrimitive.Polygon(p.exposure(), p.vertices(), p.centerX() * s, -p.centerY() * s,
                        p.diameter() * s, norm(-p.rotationDeg() + 180 + rot));
            }
            return new MacroPrimitive.Polygon(p.exposure(), p.vertices(), p.centerX() * s, p.centerY() * s,
                    p.diameter() * s, r);
        }
        if (m instanceof MacroPrimitive.Moire mo) {
            return new MacroPrimitive.Moire(sx * mo.centerX() * s, mo.centerY() * s, mo.outerDiameter() * s,
                    mo.ringThickness() * s, mo.gap() * s, mo.maxRings(), mo.crosshairThickness() * s,
                    mo.crosshairLength() * s, r);
        }
        MacroPrimitive.Thermal th = (MacroPrimitive.Thermal) m;
        return new MacroPrimitive.Thermal(sx * th.centerX() * s, th.centerY() * s, th.outerDiameter() * s,
                th.innerDiameter() * s, th.gap() * s, r);
    }

    private static double norm(double deg) {
        double d = ((deg % 360) + 360) % 360;
        return Math.abs(d - 360) < 1e-9 ? 0 : d;
    }
}
