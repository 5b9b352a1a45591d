package com.fabwright.app.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The polygons of one layer's final image in an STRtree, so that a tile reads only the polygons
 * that touch it: panning over a 150,000-object board never walks the whole layer. Built once per
 * layer (in the background) and shared read-only by every tile worker: every lazily computed
 * part of the tree is computed in the constructor.
 */
public final class LayerIndex {
    private final STRtree tree = new STRtree();
    private final Envelope bounds = new Envelope();
    private final int size;

    private LayerIndex(Geometry geometry) {
        List<Polygon> polygons = new ArrayList<>();
        flatten(geometry, polygons);
        for (Polygon p : polygons) {
            Envelope e = p.getEnvelopeInternal();
            tree.insert(e, p);
            bounds.expandToInclude(e);
        }
        size = polygons.size();
        tree.build();
        if (size > 0) {
            // JTS computes node bounds lazily on the first query, without synchronisation: two tile
            // workers querying a fresh tree could race on them. One full query here computes every
            // node's bounds before the index is shared; the final field publishes them safely.
            tree.query(new Envelope(bounds), item -> { });
        }
    }

    /** Indexes every polygon of {@code geometry} (null or empty gives an empty index). */
    public static LayerIndex of(Geometry geometry) {
        return new LayerIndex(geometry);
    }

    private static void flatten(Geometry g, List<Polygon> out) {
        if (g == null || g.isEmpty()) {
            return;
        }
        if (g instanceof Polygon p) {
            out.add(p);
            return;
        }
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part != g) {
                flatten(part, out);
            }
        }
    }

    /** Calls {@code each} for every polygon whose envelope meets {@code windowMm}. */
    public void query(Envelope windowMm, Consumer<Polygon> each) {
        if (size == 0 || !bounds.intersects(windowMm)) {
            return;
        }
        tree.query(windowMm, item -> each.accept((Polygon) item));
    }

    /** Number of polygons. */
    public int size() {
        return size;
    }

    /** Bounds of every polygon; a null envelope when empty. */
    public Envelope bounds() {
        return new Envelope(bounds);
    }
}
