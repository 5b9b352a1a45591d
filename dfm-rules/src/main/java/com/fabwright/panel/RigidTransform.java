package com.fabwright.panel;

import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;

/**
 * The placement of one board in a panel: a counter-clockwise turn by {@code quarterTurns} x 90
 * degrees about the board's origin, then a shift by ({@code dxNm}, {@code dyNm}). Both are exact on
 * the nanometre grid, so stepped copper lands on the same grid as the original. Objects keep
 * their apertures; the turn is composed into each object's {@link ApertureTransform}.
 */
public record RigidTransform(int quarterTurns, long dxNm, long dyNm) {
    public RigidTransform {
        quarterTurns = ((quarterTurns % 4) + 4) % 4;
    }

    public static RigidTransform of(int rotationDeg, long dxNm, long dyNm) {
        return new RigidTransform(rotationDeg / 90, dxNm, dyNm);
    }

    public int rotationDeg() {
        return quarterTurns * 90;
    }

    /** A point turned then shifted. */
    public Point apply(Point p) {
        long x = p.x();
        long y = p.y();
        return switch (quarterTurns) {
            case 1 -> new Point(-y + dxNm, x + dyNm);
            case 2 -> new Point(-x + dxNm, -y + dyNm);
            case 3 -> new Point(y + dxNm, -x + dyNm);
            default -> new Point(x + dxNm, y + dyNm);
        };
    }

    /** A point in millimetres turned then shifted: {x, y}. */
    public double[] applyMm(double xMm, double yMm) {
        double dx = dxNm / 1e6;
        double dy = dyNm / 1e6;
        return switch (quarterTurns) {
            case 1 -> new double[] {-yMm + dx, xMm + dy};
            case 2 -> new double[] {-xMm + dx, -yMm + dy};
            case 3 -> new double[] {yMm + dx, -xMm + dy};
            default -> new double[] {xMm + dx, yMm + dy};
        };
    }

    /** An envelope in millimetres moved by this transform. */
    public Envelope apply(Envelope e) {
        double[] a = applyMm(e.getMinX(), e.getMinY());
        double[] b = applyMm(e.getMaxX(), e.getMaxY());
        return new Envelope(a[0], b[0], a[1], b[1]);
    }

    /** A JTS geometry in millimetres moved by this transform (a copy). */
    public Geometry apply(Geometry g) {
        AffineTransformation t = AffineTransformation.rotationInstance(Math.toRadians(rotationDeg()))
                .translate(dxNm / 1e6, dyNm / 1e6);
        return t.transform(g);
    }

    /** A graphical object moved by this transform. */
    public GraphicObject apply(GraphicObject o) {
        ApertureTransform turn = new ApertureTransform(false, false, rotationDeg(), 1);
        if (o instanceof GraphicObject.Flash f) {
            return new GraphicObject.Flash(apply(f.at()), f.aperture(), turn.after(f.transform()), f.polarity(),
                    f.attributes());
        }
        if (o instanceof GraphicObject.Draw d) {
            return new GraphicObject.Draw(apply(d.from()), apply(d.to()), d.aperture(), turn.after(d.transform()),
                    d.polarity(), d.attributes());
        }
        if (o instanceof GraphicObject.ArcDraw a) {
            return new GraphicObject.ArcDraw(apply(a.from()), apply(a.to()), apply(a.center()), a.clockwise(),
                    a.aperture(), turn.after(a.transform()), a.polarity(), a.attributes());
        }
        GraphicObject.Region r = (GraphicObject.Region) o;
        List<Contour> contours = new ArrayList<>(r.contours().size());
        for (Contour c : r.contours()) {
            List<Contour.Segment> segs = new ArrayList<>(c.segments().size());
            for (Contour.Segment s : c.segments()) {
                segs.add(s instanceof Contour.Arc a ? new Contour.Arc(apply(a.end()), apply(a.center()), a.clockwise())
                        : new Contour.Line(apply(s.end())));
            }
            contours.add(new Contour(apply(c.start()), segs));
        }
        return new GraphicObject.Region(contours, r.polarity(), r.attributes());
    }

    public DrillHit apply(DrillHit h) {
        return new DrillHit(h.tool(), apply(h.at()));
    }

    public DrillSlot apply(DrillSlot s) {
        return new DrillSlot(s.tool(), apply(s.from()), apply(s.to()), s.center() == null ? null : apply(s.center()),
                s.clockwise(), s.path());
    }

    /** A rotation (degrees counter-clockwise seen from the top) turned with the board, in [0, 360). */
    public double applyRotation(double deg) {
        double r = (deg + rotationDeg()) % 360;
        return r < 0 ? r + 360 : r;
    }
}
