package com.fabwright.odb.features;

import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Where an ODB++ user-defined symbol or a repeated step is placed: first mirrored (x to -x) when
 * asked, then rotated {@code clockwiseDeg} clockwise (ODB++ angles turn clockwise), then scaled,
 * then moved by (dx, dy) nanometres. {@link #apply(GraphicObject, boolean)} places a whole object,
 * composing its aperture transform and turning arcs round when the placement mirrors.
 */
public record SymbolPlacement(long dx, long dy, boolean mirror, double clockwiseDeg, double scale) {
    public static final SymbolPlacement IDENTITY = new SymbolPlacement(0, 0, false, 0, 1);

    /** The aperture transform of this placement (no translation). */
    public ApertureTransform transform() {
        double ccw = ((-clockwiseDeg % 360) + 360) % 360;
        return new ApertureTransform(mirror, false, ccw, scale);
    }

    public Point apply(Point p) {
        double[] v = transform().apply(p.x(), p.y());
        return new Point(Math.round(v[0]) + dx, Math.round(v[1]) + dy);
    }

    /** The object placed; {@code invert} flips its polarity (a negative feature inside a symbol). */
    public GraphicObject apply(GraphicObject o, boolean invert) {
        ApertureTransform t = transform();
        var pol = invert ? o.polarity().inverted() : o.polarity();
        if (o instanceof GraphicObject.Flash f) {
            return new GraphicObject.Flash(apply(f.at()), f.aperture(), t.after(f.transform()), pol, f.attributes());
        }
        if (o instanceof GraphicObject.Draw d) {
            return new GraphicObject.Draw(apply(d.from()), apply(d.to()), d.aperture(), t.after(d.transform()), pol,
                    d.attributes());
        }
        if (o instanceof GraphicObject.ArcDraw a) {
            return new GraphicObject.ArcDraw(apply(a.from()), apply(a.to()), apply(a.center()), a.clockwise() ^ mirror,
                    a.aperture(), t.after(a.transform()), pol, a.attributes());
        }
        GraphicObject.Region r = (GraphicObject.Region) o;
        List<Contour> contours = new ArrayList<>(r.contours().size());
        for (Contour c : r.contours()) {
            List<Contour.Segment> segs = new ArrayList<>(c.segments().size());
            for (Contour.Segment s : c.segments()) {
                segs.add(s instanceof Contour.Arc arc ? new Contour.Arc(apply(arc.end()), apply(arc.center()),
                        arc.clockwise() ^ mirror) : new Contour.Line(apply(s.end())));
            }
            contours.add(new Contour(apply(c.start()), segs));
        }
        return new GraphicObject.Region(contours, pol, r.attributes());
    }
}
