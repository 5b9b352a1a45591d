package com.fabwright.excellon.interpret;

import com.fabwright.image.Point;

/**
 * Centre of a routed arc ({@code G02}/{@code G03}) from its radius {@code A}: of the two circles
 * through both ends, the one giving the arc of at most 180 degrees in the stated direction (a
 * negative radius asks for the larger arc). Returns {@code null} for a full circle, which a radius
 * cannot place.
 */
final class ArcGeometry {
    private ArcGeometry() {
    }

    /** The centre, or {@code null}; {@code clamped[0]} is set when the radius was too small for the chord. */
    static Point centerFromRadius(Point from, Point to, double radiusNm, boolean clockwise, boolean[] clamped) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double d = Math.hypot(dx, dy);
        if (d == 0) {
            return null;
        }
        double r = Math.abs(radiusNm);
        double h2 = r * r - d * d / 4;
        if (h2 < 0) {
            clamped[0] = true;
            h2 = 0;
        }
        double h = Math.sqrt(h2);
        double mx = (from.x() + to.x()) / 2.0;
        double my = (from.y() + to.y()) / 2.0;
        double nx = -dy / d; // left normal of the chord
        double ny = dx / d;
        double side = clockwise ? -1 : 1; // minor clockwise arc: centre to the right of the chord
        if (radiusNm < 0) {
            side = -side;
        }
        return new Point(Math.round(mx + side * h * nx), Math.round(my + side * h * ny));
    }
}
