package com.fabwright.image;

import java.util.List;

/**
 * One graphical object of a Gerber image (Gerber spec 2.4): a flash, a linear draw, a circular
 * arc draw, or a region. Coordinates are nanometres in the file's own coordinate system after
 * every image transform (blocks, step-and-repeat, deprecated OF/IR/MI/SF) has been applied.
 * Objects are in file order, which matters: a clear object erases only what came before it.
 */
public sealed interface GraphicObject
        permits GraphicObject.Flash, GraphicObject.Draw, GraphicObject.ArcDraw, GraphicObject.Region {

    Polarity polarity();

    /** Object attributes ({@code TO}) merged with the aperture's ({@code TA}), possibly empty. */
    Attributes attributes();

    /** A flash ({@code D03}): the aperture placed at {@code at}. */
    record Flash(Point at, Aperture aperture, ApertureTransform transform, Polarity polarity,
                 Attributes attributes) implements GraphicObject {
    }

    /**
     * A linear draw ({@code D01} in {@code G01}): the aperture swept from {@code from} to
     * {@code to}. A zero-length draw paints the aperture once at the point.
     */
    record Draw(Point from, Point to, Aperture aperture, ApertureTransform transform, Polarity polarity,
                Attributes attributes) implements GraphicObject {
    }

    /**
     * A circular draw ({@code D01} in {@code G02}/{@code G03}). When {@code from} equals
     * {@code to} the arc is a full circle (multi-quadrant mode; single-quadrant zero arcs are
     * turned into zero-length {@link Draw}s by the reader).
     */
    record ArcDraw(Point from, Point to, Point center, boolean clockwise, Aperture aperture,
                   ApertureTransform transform, Polarity polarity, Attributes attributes)
            implements GraphicObject {
    }

    /** A region ({@code G36}/{@code G37}): one or more closed contours, filled (even-odd is not used; see spec 4.10). */
    record Region(List<Contour> contours, Polarity polarity, Attributes attributes) implements GraphicObject {
        public Region {
            contours = List.copyOf(contours);
        }
    }
}
