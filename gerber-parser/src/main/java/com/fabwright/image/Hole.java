package com.fabwright.image;

/**
 * The hole in a standard aperture (Gerber spec 4.4.1): a round hole of {@code width} diameter, or,
 * as older files and the 2013 spec allow, a rectangular hole {@code width} x {@code height}.
 * Dimensions in millimetres. The hole is see-through: it does not clear objects below it.
 */
public record Hole(double width, double height) {
    public static final Hole NONE = new Hole(0, 0);

    public boolean isPresent() {
        return width > 0;
    }

    public boolean isRound() {
        return height <= 0;
    }
}
