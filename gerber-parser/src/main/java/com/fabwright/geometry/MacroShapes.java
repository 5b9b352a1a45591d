package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.MacroPrimitive;

/**
 * Evaluates the primitives of a macro aperture (Gerber spec 4.5.1) into one shape at the macro
 * origin, in order: an exposed primitive adds to what came before, a primitive with exposure off
 * erases only what earlier primitives of the same aperture drew (spec 4.5.1.1). Each primitive's
 * rotation turns it about the macro origin, not about its own centre.
 *
 * <p>Primitive shapes: circle (1), vector line (20, square ends exactly at its end points), centre
 * line (21), outline (4, filled by the non-zero winding rule), regular polygon (5, first vertex on
 * the +X axis through its centre before rotation), moiré (6: rings of the given thickness, each
 * next ring's outer diameter smaller by twice thickness plus gap, at most the given count, plus
 * two cross-hair bars) and thermal (7: the annulus between the inner and outer diameters minus a
 * cross of two bars of the gap width; each quarter is built exactly with its cut points on the
 * circles).
 */
final class MacroShapes {
    private final double chord;

    MacroShapes(double chord) {
        this.chord = chord;
    }

    Geometry shape(Aperture.Macro macro) {
        Geometry acc = Shapes.empty();
        List<Geometry> pendingOn = new ArrayList<>();
        for (MacroPrimitive p : macro.primitives()) {
            Geometry g = Shapes.rotated(unrotated(p), p.rotationDeg());
            if (p.exposure()) {
                pendingOn.add(g);
            } else {
                pendingOn.add(0, acc);
                acc = Shapes.difference(Shapes.union(pendingOn), g);
                pendingOn.clear();
            }
        }
        pendingOn.add(0, acc);
        return Shapes.union(pendingOn);
    }

    /** The primitive before its rotation about the macro origin. */
    Geometry unrotated(MacroPrimitive p) {
        if (p instanceof MacroPrimitive.Circle c) {
            return Shapes.circle(c.centerX(), c.centerY(), c.diameter() / 2, chord);
        }
        if (p instanceof MacroPrimitive.VectorLine v) {
            return vectorLine(v);
        }
        if (p instanceof MacroPrimitive.CenterLine c) {
            return Shapes.box(c.centerX(), c.centerY(), c.width(), c.height());
        }
        if (p instanceof MacroPrimitive.Outline o) {
            List<Coordinate> pts = new ArrayList<>(o.points().size());
            for (double[] xy : o.points()) {
                pts.add(new Coordinate(xy[0], xy[1]));
            }
            return RegionShapes.fill(pts);
        }
        if (p instanceof MacroPrimitive.Polygon g) {
            return ApertureShapes.regularPolygon(g.centerX(), g.centerY(), g.diameter(), g.vertices(), 0);
        }
        if (p instanceof MacroPrimitive.Moire m) {
            return moire(m);
        }
        return thermal((MacroPrimitive.Thermal) p);
    }

    private static Geometry vectorLine(MacroPrimitive.VectorLine v) {
        double dx = v.endX() - v.startX();
        double dy = v.endY() - v.startY();
        double len = Math.hypot(dx, dy);
        if (!(v.width() > 0) || len == 0) {
            return Shapes.empty();
        }
        double nx = -dy / len * v.width() / 2;
        double ny = dx / len * v.width() / 2;
        return Shapes.polygon(List.of(new Coordinate(v.startX() - nx, v.startY() - ny),
                new Coordinate(v.endX() - nx, v.endY() - ny), new Coordinate(v.endX() + nx, v.endY() + ny),
                new Coordinate(v.startX() + nx, v.startY() + ny)));
    }

    private Geometry moire(MacroPrimitive.Moire m) {
        List<Geometry> parts = new ArrayList<>();
        double outer = m.outerDiameter();
        for (int i = 0; i < m.maxRings() && outer > 0; i++) {
            double inner = outer - 2 * m.ringThickness();
            Geometry ring = Shapes.circle(m.centerX(), m.centerY(), outer / 2, chord);
            if (inner > 0) {
                ring = Shapes.difference(ring, Shapes.circle(m.centerX(), m.centerY(), inner / 2, chord));
            }
            parts.add(ring);
            outer = inner - 2 * m.gap();
        }
        parts.add(Shapes.box(m.centerX(), m.centerY(), m.crosshairLength(), m.crosshairThickness()));
        parts.add(Shapes.box(m.centerX(), m.centerY(), m.crosshairThickness(), m.crosshairLength()));
        return Shapes.union(parts);
    }

    private Geometry thermal(MacroPrimitive.Thermal t) {
        double ro = t.outerDiameter() / 2;
        double ri = Math.max(t.innerDiameter() / 2, 0);
        double a = Math.max(t.gap() / 2, 0);
        if (!(ro > ri) || ro <= a * Math.sqrt(2)) {
            return Shapes.empty();
        }
        List<Geometry> quarters = new ArrayList<>(4);
        for (int q = 0; q < 4; q++) {
            List<Coordinate> ring = new ArrayList<>();
            double oStart = Math.atan2(a, Math.sqrt(ro * ro - a * a));
            ring.addAll(ArcLinearizer.points(0, 0, ro, ro, oStart, Math.PI / 2 - 2 * oStart, chord));
            if (ri > a * Math.sqrt(2)) {
                double iStart = Math.atan2(a, Math.sqrt(ri * ri - a * a));
                ring.addAll(ArcLinearizer.points(0, 0, ri, ri, Math.PI / 2 - iStart, -(Math.PI / 2 - 2 * iStart),
                        chord));
            } else {
                ring.add(new Coordinate(a, a));
            }
            List<Coordinate> placed = new ArrayList<>(ring.size());
            for (Coordinate c : ring) {
                Coordinate r = Shapes.rotate(c.x, c.y, 90.0 * q);
                placed.add(new Coordinate(r.x + t.centerX(), r.y + t.centerY()));
            }
            quarters.add(Shapes.polygon(placed));
        }
        return Shapes.union(quarters);
    }
}
