package com.fabwright.dfm.copper;

import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Number formatting for finding messages and references: millimetres with three decimals. */
public final class Fmt {
    private Fmt() {
    }

    /** {@code 0.150 mm}. */
    public static String mm(double v) {
        return String.format(Locale.ROOT, "%.3f mm", v);
    }

    /** {@code (12.300, 45.600)}. */
    public static String xy(Coordinate c) {
        return String.format(Locale.ROOT, "(%.3f, %.3f)", c.x, c.y);
    }

    /** The first and last coordinates of a line, or the point. */
    static String coords(Geometry g) {
        Coordinate[] cs = g.getCoordinates();
        if (cs.length == 0) {
            return "";
        }
        if (cs.length == 1 || cs[0].equals2D(cs[cs.length - 1]) && cs.length == 2) {
            return xy(cs[0]);
        }
        return xy(cs[0]) + "-" + xy(cs[cs.length - 1]);
    }
}
