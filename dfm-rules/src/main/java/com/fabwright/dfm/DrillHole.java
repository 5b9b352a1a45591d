package com.fabwright.dfm;

import com.fabwright.excellon.Plating;
import com.fabwright.geometry.Units;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * A hole as DFM rules measure it: a drilled hit or a slot of a non-duplicate drill layer, its
 * finished diameter, plating and centre in mm. Slots of Excellon files carry their tool path, so
 * distances to them are exact; slots of Gerber drill layers are known by their centre only.
 *
 * @param diameterMm tool diameter (mm)
 * @param plating    plated, non-plated or unknown
 * @param slot       whether it is a slot
 * @param via        whether the CAD tool marked it as a via
 * @param xMm        centre x (mm)
 * @param yMm        centre y (mm)
 * @param layerId    the drill layer's canonical id ({@code drill-pth})
 * @param axis       for a slot read from Excellon: the tool's path (a LineString, arcs as chords) whose
 *                   widening by the radius is the slot; {@code null} for round hits
 */
public record DrillHole(double diameterMm, Plating plating, boolean slot, boolean via, double xMm, double yMm,
                        String layerId, Geometry axis) {

    /** A round hit, or a slot known by its centre only. */
    public DrillHole(double diameterMm, Plating plating, boolean slot, boolean via, double xMm, double yMm, String layerId) {
        this(diameterMm, plating, slot, via, xMm, yMm, layerId, null);
    }

    /** What distances are measured from: the slot's axis, else the centre point (widened by the radius). */
    public Geometry measured() {
        return axis != null ? axis : centrePoint();
    }

    /** Whether copper plates the wall (unknown plating counts as plated, the usual case). */
    public boolean plated() {
        return plating != Plating.NON_PLATED;
    }

    public double radiusMm() {
        return diameterMm / 2;
    }

    public Coordinate centre() {
        return new Coordinate(xMm, yMm);
    }

    /** The centre as a point geometry. */
    public Geometry centrePoint() {
        return Units.FACTORY.createPoint(centre());
    }

    /** The drilled shape (circle, or oval of a slot), within the given chord error (mm). */
    public Geometry circle(double chordErrorMm) {
        int n = Math.max(16, com.fabwright.geometry.ArcLinearizer.segments(radiusMm(), 2 * Math.PI, chordErrorMm));
        return measured().buffer(radiusMm(), Math.max(4, n / 4));
    }

    /** {@code hole 0.300 mm at (12.300, 45.600)}. */
    public String describe() {
        return (slot ? "slot " : via ? "via hole " : "hole ") + com.fabwright.dfm.copper.Fmt.mm(diameterMm) + " at "
                + com.fabwright.dfm.copper.Fmt.xy(centre());
    }
}
