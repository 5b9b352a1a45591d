package com.fabwright.dfm.copper;

import com.fabwright.geometry.Units;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The shortest air gap between two shapes: its width and its two end points, one on each shape
 * (equal, inside the overlap, when the shapes touch or overlap).
 *
 * @param distanceMm the gap width in mm; 0 when the shapes touch or overlap
 * @param a          the end on the first shape
 * @param b          the end on the second shape
 */
public record Gap(double distanceMm, Coordinate a, Coordinate b) {

    /** The midpoint of the gap: where CLI.md puts a gap finding's {@code xMm, yMm}. */
    public Coordinate midpoint() {
        return new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
    }

    /** The gap as a drawable segment (a point when it has no width). */
    public Geometry segment() {
        if (a.equals2D(b)) {
            return Units.FACTORY.createPoint(new Coordinate(a));
        }
        return Units.FACTORY.createLineString(new Coordinate[] {new Coordinate(a), new Coordinate(b)});
    }
}
