package com.fabwright.image;

/** A point of an image in nanometres, exact for every 6-decimal millimetre or inch coordinate. */
public record Point(long x, long y) {
    public static final Point ORIGIN = new Point(0, 0);
}
