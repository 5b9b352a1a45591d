package com.fabwright.image;

/**
 * The shape an object is flashed or drawn with (Gerber spec 4.3-4.5). Dimensions are millimetres
 * as doubles: they come from decimal parameters and macro arithmetic rather than from the
 * coordinate grid. Block apertures ({@code AB}) do not appear here: readers expand them into the
 * objects they contain.
 */
public sealed interface Aperture
        permits Aperture.Circle, Aperture.Rectangle, Aperture.Obround, Aperture.Polygon, Aperture.Macro {

    /** The hole of a standard aperture, {@link Hole#NONE} for macros. */
    Hole hole();

    /** Standard circle {@code C}: diameter (zero is allowed and draws nothing). */
    record Circle(double diameter, Hole hole) implements Aperture {
    }

    /** Standard rectangle {@code R}, centred on the origin. */
    record Rectangle(double width, double height, Hole hole) implements Aperture {
    }

    /** Standard obround {@code O}: a rectangle with semicircles on its shorter sides. */
    record Obround(double width, double height, Hole hole) implements Aperture {
    }

    /** Standard regular polygon {@code P}: outer diameter, 3..12 vertices, first vertex at rotation. */
    record Polygon(double outerDiameter, int vertices, double rotationDeg, Hole hole) implements Aperture {
    }

    /**
     * An aperture defined by a macro ({@code AM}), with its primitives evaluated for the
     * parameters given in the {@code AD} that instantiated it.
     *
     * @param name       macro name
     * @param primitives the primitives in order; later ones with exposure off erase earlier ones
     */
    record Macro(String name, java.util.List<MacroPrimitive> primitives) implements Aperture {
        public Macro {
            primitives = java.util.List.copyOf(primitives);
        }

        @Override
        public Hole hole() {
            return Hole.NONE;
        }
    }
}
