package com.fabwright.geometry;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The final image of one layer as polygons in millimetres on {@link Units#FACTORY}: dark and clear
 * polarity resolved, touching shapes merged, negative images inverted. The polygons are pairwise
 * disjoint, so {@link #darkArea()} is a valid (multi)polygon and its area is the layer's dark area.
 * Immutable and safe to cache and share between threads; the JTS geometries it hands out must not
 * be mutated (DESIGN.md: shared JTS geometries are never mutated).
 */
public final class LayerGeometry {
    private final List<Polygon> polygons;
    private final Geometry darkArea;
    private final double area;
    private final Envelope bounds;
    private final long objectCount;
    private final double chordErrorMm;
    private volatile STRtree index;

    LayerGeometry(List<Polygon> polygons, long objectCount, double chordErrorMm) {
        this.polygons = List.copyOf(polygons);
        this.darkArea = polygons.size() == 1 ? polygons.get(0)
                : Units.FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
        this.area = darkArea.getArea();
        this.bounds = darkArea.getEnvelopeInternal();
        this.objectCount = objectCount;
        this.chordErrorMm = chordErrorMm;
    }

    /** The dark area of the final image: a Polygon or MultiPolygon (empty for an empty image). */
    public Geometry darkArea() {
        return darkArea;
    }

    /** The disjoint polygons that make up {@link #darkArea()}, in a deterministic order. */
    public List<Polygon> polygons() {
        return polygons;
    }

    /** The dark area in square millimetres. */
    public double areaMm2() {
        return area;
    }

    /** The bounding box of the final image in millimetres (a copy; {@code isNull()} when empty). */
    public Envelope boundsMm() {
        return new Envelope(bounds);
    }

    /** Whether the final image has no dark area. */
    public boolean isEmpty() {
        return polygons.isEmpty();
    }

    /** Number of graphical objects in the source image (including those that drew nothing). */
    public long objectCount() {
        return objectCount;
    }

    /** The chord error arcs were linearised with, in millimetres. */
    public double chordErrorMm() {
        return chordErrorMm;
    }

    /**
     * A spatial index of {@link #polygons()} (items are the {@link Polygon}s), built on first use.
     * Query it only; do not insert.
     */
    public STRtree polygonIndex() {
        STRtree t = index;
        if (t == null) {
            synchronized (this) {
                t = index;
                if (t == null) {
                    t = new STRtree();
                    for (Polygon p : polygons) {
                        t.insert(p.getEnvelopeInternal(), p);
                    }
                    t.build();
                    index = t;
                }
            }
        }
        return t;
    }

    @Override
    public String toString() {
        return "LayerGeometry[" + polygons.size() + " polygons, " + area + " mm2, " + objectCount + " objects]";
    }
}
