package com.fabwright.assembly;

import com.fabwright.image.GraphicObject;

/**
 * A copper pad of a placed part, as the Gerber X2 {@code .P} object attribute (spec 5.6.13:
 * refdes, pin number, pin function) names it on a copper layer, or an X3 {@code ComponentPin}
 * flash gives it.
 *
 * @param refdes the part it belongs to
 * @param pin    the pin number or name
 * @param xMm    pad centre x (mm, Gerber coordinates)
 * @param yMm    pad centre y (mm)
 * @param side   the outer copper side it is on
 * @param object the graphical object (flash or region), for its exact shape
 */
public record Pad(String refdes, String pin, double xMm, double yMm, Side side, GraphicObject object) {
}
