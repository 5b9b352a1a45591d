package com.fabwright.dfa;

import com.fabwright.assembly.Pad;
import com.fabwright.geometry.ObjectGeometry;
import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPoint;

/**
 * The area a part's pads span on one side: the convex hull of their shapes' bounding boxes. A
 * centroid belongs inside it (a chip resistor's centroid sits between its two pads, a QFN's on its
 * thermal pad).
 */
final class PadArea {
    private PadArea() {
    }

    static Geometry of(List<Pad> pads) {
        List<Coordinate> corners = new ArrayList<>();
        for (Pad p : pads) {
            Envelope e = envelope(p);
            corners.add(new Coordinate(e.getMinX(), e.getMinY()));
            corners.add(new Coordinate(e.getMaxX(), e.getMinY()));
            corners.add(new Coordinate(e.getMaxX(), e.getMaxY()));
            corners.add(new Coordinate(e.getMinX(), e.getMaxY()));
        }
        MultiPoint mp = Units.FACTORY.createMultiPointFromCoords(corners.toArray(new Coordinate[0]));
        return mp.convexHull();
    }

    static Envelope envelope(Pad p) {
        Geometry g = ObjectGeometry.shape(p.object());
        if (g.isEmpty()) {
            Envelope e = new Envelope(p.xMm(), p.xMm(), p.yMm(), p.yMm());
            e.expandBy(0.1);
            return e;
        }
        return g.getEnvelopeInternal();
    }
}
