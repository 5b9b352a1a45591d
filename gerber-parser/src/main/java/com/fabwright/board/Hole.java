package com.fabwright.board;

import com.fabwright.excellon.Plating;
import com.fabwright.image.Point;

/**
 * One hole of the board as the hole table counts it: a drilled hit, or a slot (a G85 slot, a
 * routed path, or a Gerber drill draw), which the CAD tools count as one hole each.
 *
 * @param diameterMm tool diameter in mm (0 when the file never gave it)
 * @param plating    plated, non-plated, or unknown when nothing in the job says
 * @param slot       whether it is a slot rather than a drilled hit
 * @param via        whether the CAD tool marked it as a via ({@code .AperFunction,ViaDrill})
 * @param at         the hit's centre, or the slot's first point, in nanometres
 */
public record Hole(double diameterMm, Plating plating, boolean slot, boolean via, Point at) {
}
