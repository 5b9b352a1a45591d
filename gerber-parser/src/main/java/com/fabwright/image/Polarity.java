package com.fabwright.image;

/**
 * Whether an object adds to the image (dark) or erases what was drawn before it (clear), as set by
 * {@code %LPD*%} / {@code %LPC*%} (Gerber spec 4.9.2). Clear erases only objects that come earlier.
 */
public enum Polarity {
    DARK, CLEAR;

    /** The opposite polarity, used when a block or SR is flashed with clear polarity. */
    public Polarity inverted() {
        return this == DARK ? CLEAR : DARK;
    }
}
