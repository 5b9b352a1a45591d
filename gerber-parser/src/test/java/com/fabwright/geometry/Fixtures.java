package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.List;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.MacroPrimitive;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;

/** Builders for test images, in millimetres. */
final class Fixtures {
    static final double CHORD = ImageGeometry.DEFAULT_CHORD_ERROR_MM;

    private Fixtures() {
    }

    static Point pt(double x, double y) {
        return new Point(Units.nm(x), Units.nm(y));
    }

    static Aperture circle(double d) {
        return new Aperture.Circle(d, Hole.NONE);
    }

    static Aperture rect(double w, double h) {
        return new Aperture.Rectangle(w, h, Hole.NONE);
    }

    static Aperture macro(MacroPrimitive... prims) {
        return new Aperture.Macro("M", List.of(prims));
    }

    static GraphicObject flash(Aperture ap, double x, double y) {
        return flash(ap, x, y, ApertureTransform.IDENTITY, Polarity.DARK);
    }

    static GraphicObject flash(Aperture ap, double x, double y, ApertureTransform t, Polarity p) {
        return new GraphicObject.Flash(pt(x, y), ap, t, p, Attributes.EMPTY);
    }

    static GraphicObject draw(Aperture ap, double x0, double y0, double x1, double y1) {
        return new GraphicObject.Draw(pt(x0, y0), pt(x1, y1), ap, ApertureTransform.IDENTITY, Polarity.DARK,
                Attributes.EMPTY);
    }

    static GraphicObject arc(Aperture ap, double x0, double y0, double x1, double y1, double cx, double cy,
                             boolean cw) {
        return new GraphicObject.ArcDraw(pt(x0, y0), pt(x1, y1), pt(cx, cy), cw, ap, ApertureTransform.IDENTITY,
                Polarity.DARK, Attributes.EMPTY);
    }

    /** A region with one straight-edged contour through the given x,y pairs. */
    static GraphicObject polygonRegion(Polarity p, double... xy) {
        return new GraphicObject.Region(List.of(lines(xy)), p, Attributes.EMPTY);
    }

    static Contour lines(double... xy) {
        List<Contour.Segment> segs = new ArrayList<>();
        for (int i = 2; i < xy.length; i += 2) {
            segs.add(new Contour.Line(pt(xy[i], xy[i + 1])));
        }
        segs.add(new Contour.Line(pt(xy[0], xy[1])));
        return new Contour(pt(xy[0], xy[1]), segs);
    }

    static GraphicObject square(Polarity p, double x0, double y0, double size) {
        return polygonRegion(p, x0, y0, x0 + size, y0, x0 + size, y0 + size, x0, y0 + size);
    }

    static Image image(GraphicObject... objects) {
        return new Image(List.of(objects), Attributes.EMPTY, false, false);
    }

    static LayerGeometry geometry(GraphicObject... objects) {
        return new ImageGeometry().toGeometry(image(objects));
    }

    static double area(GraphicObject... objects) {
        return geometry(objects).areaMm2();
    }

    /** Upper bound of the area an inscribed linearisation loses on a curve of this length. */
    static double curveTolerance(double curveLength) {
        return CHORD * curveLength + 1e-5;
    }
}
