package com.fabwright.panel.drawing;

/** One thing on the panel drawing, in panel millimetres. */
public sealed interface Mark {
    /** A rectangle, filled with {@code fill} grey (0 black .. 1 white) or only outlined when fill < 0. */
    record Box(double x0, double y0, double x1, double y1, double fill, double lineMm) implements Mark {
    }

    /** A line; dashed for cut lines. */
    record Line(double x0, double y0, double x1, double y1, double lineMm, boolean dashed) implements Mark {
    }

    /** A circle of diameter {@code d}; filled or outlined. */
    record Circle(double x, double y, double d, boolean filled) implements Mark {
    }

    /** Text with its lower-left corner at (x, y), {@code sizeMm} high. */
    record Label(double x, double y, double sizeMm, String text) implements Mark {
    }
}
