package com.fabwright.geometry;

import org.locationtech.jts.geom.Geometry;
import com.fabwright.image.GraphicObject;

/**
 * Turns one graphical object (Gerber spec 2.4) into its polygonal shape in millimetres, ignoring
 * polarity: flashes place the cached aperture shape, draws and arcs are swept, regions filled.
 * One instance per conversion: it holds the aperture cache.
 */
final class ObjectShapes {
    private final ApertureShapes apertures;
    private final StrokeShapes strokes;
    private final ArcStrokeShapes arcs;
    private final RegionShapes regions;

    ObjectShapes(double chordError) {
        this.apertures = new ApertureShapes(chordError);
        this.strokes = new StrokeShapes(chordError, apertures);
        this.arcs = new ArcStrokeShapes(chordError, strokes);
        this.regions = new RegionShapes(chordError);
    }

    Geometry shape(GraphicObject o) {
        if (o instanceof GraphicObject.Flash f) {
            return Shapes.translated(apertures.shape(f.aperture(), f.transform()), f.at().x(), f.at().y());
        }
        if (o instanceof GraphicObject.Draw d) {
            return strokes.shape(d);
        }
        if (o instanceof GraphicObject.ArcDraw a) {
            return arcs.shape(a);
        }
        return regions.shape((GraphicObject.Region) o);
    }
}
