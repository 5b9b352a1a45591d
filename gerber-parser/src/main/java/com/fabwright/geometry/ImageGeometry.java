package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;

/**
 * The adapter from the image model to exact JTS geometry: converts every graphical object of an
 * {@link Image} (Gerber spec 2.4, 4.7-4.10) into polygons in millimetres on {@link Units#FACTORY},
 * resolves polarity in file order (spec 4.9.2) and returns the final image as a
 * {@link LayerGeometry}.
 *
 * <p>Arcs and circles are linearised with chords whose boundary stays within the chord error
 * (default 0.001 mm = 1 µm) of the true curve on both sides, with vertices placed so that the
 * polygon keeps the curve's area; see {@link ArcLinearizer}. Coordinates snap to the 1 nm grid and overlays snap-round on it.
 *
 * <p>Negative images (deprecated {@code %IPNEG*%}, spec chapter 8): gerbv paints the whole canvas
 * dark and then draws dark objects as clear. A canvas has no geometric meaning, so here the
 * stand-in is the bounding box of every object's shape (dark and clear): the dark area is that
 * box minus the resolved image.
 *
 * <p>Instances hold only the chord error and are thread-safe; each call builds its own caches.
 */
public final class ImageGeometry {
    private static final Logger LOG = LoggerFactory.getLogger(ImageGeometry.class);
    /** Default chord error: 1 µm. */
    public static final double DEFAULT_CHORD_ERROR_MM = 0.001;

    private final double chordErrorMm;

    /** Converts with the default chord error of 0.001 mm (1 µm). */
    public ImageGeometry() {
        this(DEFAULT_CHORD_ERROR_MM);
    }

    /** Converts with the given chord error in millimetres (positive, and at least the 1 nm grid). */
    public ImageGeometry(double chordErrorMm) {
        if (!(chordErrorMm >= 1e-6) || Double.isInfinite(chordErrorMm)) {
            throw new IllegalArgumentException("chord error must be at least 1e-6 mm (1 nm), got " + chordErrorMm);
        }
        this.chordErrorMm = chordErrorMm;
    }

    public double chordErrorMm() {
        return chordErrorMm;
    }

    /**
     * A function giving one graphical object's own shape in millimetres, polarity ignored (what
     * DFM rules measure object by object). It caches aperture shapes and is not thread-safe: take
     * one per thread.
     */
    public java.util.function.Function<GraphicObject, Geometry> objectShapes() {
        ObjectShapes shapes = new ObjectShapes(chordErrorMm);
        return shapes::shape;
    }

    /** The final image of {@code image} as polygons in millimetres. */
    public LayerGeometry toGeometry(Image image) {
        long t0 = System.nanoTime();
        ObjectShapes shapes = new ObjectShapes(chordErrorMm);
        PolarityResolver resolver = new PolarityResolver();
        Envelope all = new Envelope();
        for (GraphicObject o : image.objects()) {
            Geometry g = shapes.shape(o);
            if (!g.isEmpty()) {
                all.expandToInclude(g.getEnvelopeInternal());
                resolver.add(g, o.polarity());
            }
        }
        List<Polygon> polygons = resolver.finish();
        if (image.negative() && !all.isNull()) {
            polygons = invert(polygons, all);
        }
        LOG.debug("{} objects -> {} polygons in {} ms", image.objects().size(), polygons.size(),
                (System.nanoTime() - t0) / 1_000_000);
        return new LayerGeometry(polygons, image.objects().size(), chordErrorMm);
    }

    private static List<Polygon> invert(List<Polygon> dark, Envelope box) {
        Geometry frame = Shapes.F.toGeometry(box);
        Geometry darkGeom = Shapes.F.createMultiPolygon(dark.toArray(new Polygon[0]));
        List<Polygon> out = new ArrayList<>();
        Shapes.addPolygons(Shapes.difference(frame, darkGeom), out);
        return out;
    }
}
