package com.fabwright.gerber.interpret;

import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Places an object somewhere else: used to flash block apertures (Gerber spec 4.11.3: the block is
 * mirrored, rotated and scaled about its origin, then moved to the flash point, and its objects'
 * polarities toggle when flashed with clear polarity), to repeat step-and-repeat copies (4.11.4:
 * translation only) and for the deprecated image transforms. Coordinates are rounded to the
 * nanometre; arcs change direction under an odd number of mirrors.
 */
final class ObjectTransformer {
    private final ApertureTransform transform;
    private final long dx;
    private final long dy;
    private final boolean invertPolarity;

    ObjectTransformer(ApertureTransform transform, long dx, long dy, boolean invertPolarity) {
        this.transform = transform;
        this.dx = dx;
        this.dy = dy;
        this.invertPolarity = invertPolarity;
    }

    GraphicObject apply(GraphicObject o) {
        var polarity = invertPolarity ? o.polarity().inverted() : o.polarity();
        boolean flip = transform.flipsOrientation();
        if (o instanceof GraphicObject.Flash f) {
            return new GraphicObject.Flash(p(f.at()), f.aperture(), transform.after(f.transform()), polarity, f.attributes());
        } else if (o instanceof GraphicObject.Draw d) {
            return new GraphicObject.Draw(p(d.from()), p(d.to()), d.aperture(), transform.after(d.transform()), polarity,
                    d.attributes());
        } else if (o instanceof GraphicObject.ArcDraw a) {
            return new GraphicObject.ArcDraw(p(a.from()), p(a.to()), p(a.center()), a.clockwise() ^ flip, a.aperture(),
                    transform.after(a.transform()), polarity, a.attributes());
        } else {
            GraphicObject.Region r = (GraphicObject.Region) o;
            List<Contour> contours = new ArrayList<>(r.contours().size());
            for (Contour c : r.contours()) {
                List<Contour.Segment> segs = new ArrayList<>(c.segments().size());
                for (Contour.Segment s : c.segments()) {
                    if (s instanceof Contour.Arc arc) {
                        segs.add(new Contour.Arc(p(arc.end()), p(arc.center()), arc.clockwise() ^ flip));
                    } else {
                        segs.add(new Contour.Line(p(s.end())));
                    }
                }
                contours.add(new Contour(p(c.start()), segs));
            }
            return new GraphicObject.Region(contours, polarity, r.attributes());
        }
    }

    private Point p(Point q) {
        if (transform.isIdentity()) {
            return new Point(q.x() + dx, q.y() + dy);
        }
        double[] v = transform.apply(q.x(), q.y());
        return new Point(Math.round(v[0]) + dx, Math.round(v[1]) + dy);
    }
}
