package com.fabwright.dfm.copper;

import com.fabwright.geometry.ArcLinearizer;
import com.fabwright.geometry.Units;
import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Polarity;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A dark graphical object of a copper layer with its shape, before nets are known: the step
 * between the image and {@link CopperFeature}s. Clear (LPC) objects are not features: they only
 * cut dark copper, and the rules measure the CAD objects (see docs/dfm.md, limitations).
 *
 * @param index  position in file order
 * @param object the object
 * @param kind   track, pad or region
 * @param shape  its shape in mm
 * @param centre centre line or point of a round aperture, else {@code null}
 * @param radius the round aperture's radius, else 0
 */
public record ShapedObject(int index, GraphicObject object, CopperFeature.Kind kind, Geometry shape, Geometry centre,
                           double radius) {

    /** The dark objects of an image with their shapes (empty shapes dropped). */
    public static List<ShapedObject> of(Image image, Function<GraphicObject, Geometry> shaper, double chordErrorMm) {
        List<ShapedObject> out = new ArrayList<>();
        List<GraphicObject> objects = image.objects();
        for (int i = 0; i < objects.size(); i++) {
            GraphicObject o = objects.get(i);
            if (o.polarity() == Polarity.CLEAR) {
                continue;
            }
            Geometry shape = shaper.apply(o);
            if (shape.isEmpty()) {
                continue;
            }
            out.add(shaped(i, o, shape, chordErrorMm));
        }
        return out;
    }

    private static ShapedObject shaped(int i, GraphicObject o, Geometry shape, double chordErrorMm) {
        if (o instanceof GraphicObject.Flash f) {
            if (f.aperture() instanceof Aperture.Circle c && c.hole().equals(com.fabwright.image.Hole.NONE)) {
                return new ShapedObject(i, o, CopperFeature.Kind.PAD, shape, point(f.at()), c.diameter() / 2);
            }
            return new ShapedObject(i, o, CopperFeature.Kind.PAD, shape, null, 0);
        }
        if (o instanceof GraphicObject.Draw d) {
            if (d.aperture() instanceof Aperture.Circle c) {
                Geometry centre = d.from().equals(d.to()) ? point(d.from())
                        : Units.FACTORY.createLineString(new Coordinate[] {coord(d.from()), coord(d.to())});
                return new ShapedObject(i, o, CopperFeature.Kind.TRACK, shape, centre, c.diameter() / 2);
            }
            return new ShapedObject(i, o, CopperFeature.Kind.TRACK, shape, null, 0);
        }
        if (o instanceof GraphicObject.ArcDraw a) {
            if (a.aperture() instanceof Aperture.Circle c) {
                List<Coordinate> pts = ArcLinearizer.centreLine(a.from(), a.to(), a.center(), a.clockwise(), CENTRE_LINE_CHORD_MM);
                Geometry centre = Units.FACTORY.createLineString(pts.toArray(new Coordinate[0]));
                return new ShapedObject(i, o, CopperFeature.Kind.TRACK, shape, centre, c.diameter() / 2);
            }
            return new ShapedObject(i, o, CopperFeature.Kind.TRACK, shape, null, 0);
        }
        return new ShapedObject(i, o, CopperFeature.Kind.REGION, shape, null, 0);
    }

    /**
     * Chord error of arc track centre lines: 0.1 µm, ten times finer than the shapes, because gaps to
     * arcs are measured from the centre line and a 1 µm chord would move a gap at the limit across it.
     */
    static final double CENTRE_LINE_CHORD_MM = 1e-4;

    /** The feature this object is, on {@code net}. */
    public CopperFeature feature(String net) {
        return new CopperFeature(index, kind, net, shape, centre, radius, object);
    }

    static Geometry point(Point p) {
        return Units.FACTORY.createPoint(coord(p));
    }

    static Coordinate coord(Point p) {
        return new Coordinate(Units.mm(p.x()), Units.mm(p.y()));
    }
}
