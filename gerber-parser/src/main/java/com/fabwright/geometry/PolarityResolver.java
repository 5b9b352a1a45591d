package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.quadtree.Quadtree;
import com.fabwright.image.Polarity;

/**
 * Resolves dark and clear polarity in file order (Gerber spec 4.9.2): a clear object erases only
 * what dark objects before it drew. Objects are taken in runs of the same polarity. A dark run
 * just adds its shapes as pieces to a dynamic spatial index (a quadtree, so alternating runs cost
 * nothing to re-index). When a clear run ends, each piece its shapes touch is replaced by the
 * piece minus the union of the clear shapes over it; untouched pieces are never looked at.
 * Subtracting from overlapping pieces one by one is correct because difference distributes over
 * union. At the end the pieces are unioned by {@link ClusterUnion}.
 */
final class PolarityResolver {
    private final Quadtree index = new Quadtree();
    private final List<Geometry> pendingClear = new ArrayList<>();
    private long nextSeq;

    /** One polygonal piece of the image so far; identity equality on purpose (quadtree removal). */
    private static final class Piece {
        private final long seq;
        private final Geometry shape;
        private final Envelope env;

        Piece(long seq, Geometry shape, Envelope env) {
            this.seq = seq;
            this.shape = shape;
            this.env = env;
        }

        long seq() {
            return seq;
        }

        Geometry shape() {
            return shape;
        }

        Envelope env() {
            return env;
        }
    }

    void add(Geometry shape, Polarity polarity) {
        if (shape.isEmpty()) {
            return;
        }
        if (polarity == Polarity.CLEAR) {
            pendingClear.add(shape);
            return;
        }
        flushClear();
        insert(shape);
    }

    private void insert(Geometry shape) {
        Piece p = new Piece(nextSeq++, shape, shape.getEnvelopeInternal());
        index.insert(p.env(), p);
    }

    private void flushClear() {
        if (pendingClear.isEmpty()) {
            return;
        }
        Map<Piece, List<Geometry>> hits = new LinkedHashMap<>();
        for (Geometry clear : pendingClear) {
            Envelope env = clear.getEnvelopeInternal();
            for (Object o : index.query(env)) {
                Piece p = (Piece) o;
                if (p.env().intersects(env)) {
                    hits.computeIfAbsent(p, k -> new ArrayList<>()).add(clear);
                }
            }
        }
        pendingClear.clear();
        List<Piece> affected = new ArrayList<>(hits.keySet());
        affected.sort(Comparator.comparingLong(Piece::seq));
        for (Piece p : affected) {
            Geometry rest = Shapes.difference(p.shape(), Shapes.union(hits.get(p)));
            if (rest == p.shape()) {
                continue;
            }
            index.remove(p.env(), p);
            List<Polygon> parts = new ArrayList<>();
            Shapes.addPolygons(rest, parts);
            for (Polygon part : parts) {
                insert(part);
            }
        }
    }

    /** The resolved image as disjoint polygons. */
    List<Polygon> finish() {
        flushClear();
        @SuppressWarnings("unchecked")
        List<Piece> all = new ArrayList<>(index.queryAll());
        all.sort(Comparator.comparingLong(Piece::seq));
        List<Geometry> shapes = new ArrayList<>(all.size());
        for (Piece p : all) {
            shapes.add(p.shape());
        }
        return ClusterUnion.union(shapes);
    }
}
