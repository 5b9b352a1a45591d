package com.fabwright.excellon;

import com.fabwright.image.Point;

/**
 * A milled segment: a G85 slot, or one segment of a routed path ({@code M15} tool down, then
 * {@code G01}/{@code G02}/{@code G03}, until {@code M16}/{@code M17}). Routed arcs are kept as arcs
 * ({@code center} not null), not linearised: the geometry adapter linearises them within its stated
 * chord error like every Gerber arc. Segments cut in one tool-down share {@code path}; a path is
 * one hole in the CAD tools' hole counts (KiCad counts an oval hole as one hole "with 1 slot").
 *
 * @param tool      the cutter
 * @param from      start point, nanometres
 * @param to        end point
 * @param center    arc centre, or {@code null} for a straight segment
 * @param clockwise direction of an arc ({@code G02}); false for straight segments and {@code G03}
 * @param path      index of the routed path or G85 slot this segment belongs to, 0-based in file order
 */
public record DrillSlot(DrillTool tool, Point from, Point to, Point center, boolean clockwise, int path) {

    /** A straight slot that is a path of its own. */
    public DrillSlot(DrillTool tool, Point from, Point to) {
        this(tool, from, to, null, false, -1);
    }

    /** Whether this segment is a circular arc. */
    public boolean isArc() {
        return center != null;
    }
}
