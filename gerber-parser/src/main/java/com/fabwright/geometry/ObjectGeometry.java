package com.fabwright.geometry;

import com.fabwright.image.GraphicObject;
import org.locationtech.jts.geom.Geometry;

/**
 * The shape of one graphical object on its own (polarity ignored), in millimetres: for analyses
 * that look at single features (a pad under a placement) rather than a layer's final image. Arcs
 * are linearised within 0.01 mm. Each call builds its own aperture cache; for many objects of one
 * image prefer {@link ImageGeometry}.
 */
public final class ObjectGeometry {
    private static final double CHORD_MM = 0.01;

    private ObjectGeometry() {
    }

    /** The object's shape in millimetres (possibly empty). */
    public static Geometry shape(GraphicObject o) {
        return new ObjectShapes(CHORD_MM).shape(o);
    }
}
