package com.fabwright.image;

import java.util.List;

/**
 * One evaluated aperture macro primitive (Gerber spec 4.5.1). Lengths in millimetres, angles in
 * degrees counter-clockwise. {@code rotationDeg} always turns the primitive about the macro origin
 * (0,0), not about its own centre. {@code exposure} false means the primitive erases what earlier
 * primitives of the same aperture drew.
 */
public sealed interface MacroPrimitive {

    boolean exposure();

    double rotationDeg();

    /** Code 1. */
    record Circle(boolean exposure, double diameter, double centerX, double centerY, double rotationDeg)
            implements MacroPrimitive {
    }

    /** Code 20 (and deprecated 2): a line of given width between two points, square ends. */
    record VectorLine(boolean exposure, double width, double startX, double startY, double endX, double endY,
                      double rotationDeg) implements MacroPrimitive {
    }

    /** Code 21: a rectangle by its centre; deprecated code 22 (lower-left corner) is converted to this. */
    record CenterLine(boolean exposure, double width, double height, double centerX, double centerY,
                      double rotationDeg) implements MacroPrimitive {
    }

    /** Code 4: a closed outline; {@code points} holds x,y pairs, first point repeated last. */
    record Outline(boolean exposure, List<double[]> points, double rotationDeg) implements MacroPrimitive {
        public Outline {
            points = List.copyOf(points);
        }
    }

    /** Code 5: a regular polygon. */
    record Polygon(boolean exposure, int vertices, double centerX, double centerY, double diameter,
                   double rotationDeg) implements MacroPrimitive {
    }

    /** Code 6 (deprecated): moiré target, concentric rings and a cross-hair. Always exposed. */
    record Moire(double centerX, double centerY, double outerDiameter, double ringThickness, double gap,
                 int maxRings, double crosshairThickness, double crosshairLength, double rotationDeg)
            implements MacroPrimitive {
        @Override
        public boolean exposure() {
            return true;
        }
    }

    /** Code 7: thermal, a ring cut by a cross-shaped gap. Always exposed. */
    record Thermal(double centerX, double centerY, double outerDiameter, double innerDiameter, double gap,
                   double rotationDeg) implements MacroPrimitive {
        @Override
        public boolean exposure() {
            return true;
        }
    }
}
