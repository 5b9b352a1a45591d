package com.fabwright.dfm.rules;

import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Gaps from shapes to the board edge: one per edge element (outline draw or arc) that comes within
 * reach, as a CAD DRC reports them, with candidates from an STRtree over the elements.
 */
final class EdgeGaps {
    private final List<Geometry> elements;
    private final STRtree tree = new STRtree();

    EdgeGaps(List<Geometry> elements) {
        this.elements = elements;
        for (int i = 0; i < elements.size(); i++) {
            tree.insert(elements.get(i).getEnvelopeInternal(), i);
        }
        tree.build();
    }

    boolean isEmpty() {
        return elements.isEmpty();
    }

    /** Gaps narrower than {@code reach} from {@code g} widened by {@code radius} to each edge element. */
    List<Gap> gaps(Geometry g, double radius, double reach) {
        Envelope e = g.getEnvelopeInternal();
        e.expandBy(reach + radius);
        List<Gap> out = new ArrayList<>();
        for (Object o : tree.query(e)) {
            Gap gap = gap(elements.get((Integer) o), g, radius, reach);
            if (gap != null) {
                out.add(gap);
            }
        }
        return out;
    }

    private static Gap gap(Geometry edge, Geometry g, double radius, double reach) {
        if (!edge.isWithinDistance(g, reach + radius)) {
            return null;
        }
        Coordinate[] p = DistanceOp.nearestPoints(g, edge);
        Coordinate onEdge = p[1];
        Coordinate onG = p[0];
        double d = onG.distance(onEdge);
        double gap = Math.max(0, d - radius);
        if (gap == 0) {
            return new Gap(0, onEdge, onEdge);
        }
        Coordinate onShape = new Coordinate(onG.x + (onEdge.x - onG.x) * radius / d, onG.y + (onEdge.y - onG.y) * radius / d);
        return new Gap(gap, onShape, onEdge);
    }
}
