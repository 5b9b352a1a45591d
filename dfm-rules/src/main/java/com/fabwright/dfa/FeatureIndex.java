package com.fabwright.dfa;

import com.fabwright.board.Board;
import com.fabwright.board.DrillLayer;
import com.fabwright.board.Hole;
import com.fabwright.excellon.Plating;
import com.fabwright.geometry.Units;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Point indexes of the features a placement should sit on when the copper has no {@code .P}
 * attributes: pad flashes of a copper layer (flashes whose aperture function is a pad, or every
 * flash when the file has no aperture functions) and plated holes of the board.
 */
final class FeatureIndex {
    private final STRtree tree = new STRtree();
    private int size;

    /** Pad flashes of a copper image ({@code null} gives an empty index). */
    static FeatureIndex pads(Image copper) {
        FeatureIndex ix = new FeatureIndex();
        if (copper == null) {
            return ix;
        }
        boolean functions = copper.objects().stream().anyMatch(o -> o.attributes().has(".AperFunction"));
        for (GraphicObject o : copper.objects()) {
            if (o instanceof GraphicObject.Flash f) {
                String fn = o.attributes().first(".AperFunction");
                if (!functions || fn != null && (fn.endsWith("Pad") || fn.equals("ComponentPad")) && !fn.startsWith("Via")) {
                    ix.add(Units.mm(f.at().x()), Units.mm(f.at().y()));
                }
            }
        }
        return ix;
    }

    /** Plated (or plating unknown) holes of the board's counted drill layers. */
    static FeatureIndex platedHoles(Board board) {
        FeatureIndex ix = new FeatureIndex();
        for (DrillLayer d : board.drills()) {
            if (d.duplicateOf() != null) {
                continue;
            }
            for (Hole h : d.holes()) {
                if (h.plating() != Plating.NON_PLATED && !h.via()) {
                    ix.add(Units.mm(h.at().x()), Units.mm(h.at().y()));
                }
            }
        }
        return ix;
    }

    private void add(double x, double y) {
        tree.insert(new Envelope(x, x, y, y), new Coordinate(x, y));
        size++;
    }

    boolean isEmpty() {
        return size == 0;
    }

    /** Whether a feature lies within {@code r} mm of (x, y). */
    boolean anyWithin(double x, double y, double r) {
        return nearest(x, y, r) <= r;
    }

    /** Distance to the nearest feature within {@code r}, or infinity. */
    double nearest(double x, double y, double r) {
        if (size == 0) {
            return Double.POSITIVE_INFINITY;
        }
        Envelope e = new Envelope(x - r, x + r, y - r, y + r);
        double best = Double.POSITIVE_INFINITY;
        @SuppressWarnings("unchecked")
        List<Coordinate> hits = tree.query(e);
        for (Coordinate c : hits) {
            best = Math.min(best, Math.hypot(c.x - x, c.y - y));
        }
        return best;
    }

    /** Whether a feature lies inside the envelope. */
    boolean anyIn(Envelope e) {
        @SuppressWarnings("unchecked")
        List<Coordinate> hits = tree.query(e);
        return hits.stream().anyMatch(c -> e.contains(c));
    }
}
