package com.fabwright.dfm.rules;

import com.fabwright.assembly.Placement;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * {@code assembly.centroid-off-pad}: a placement whose centroid is farther than {@code max} (mm)
 * from every component pad of its side: a wrong origin, unit, side or offset in the placement
 * file. Measured is the distance to the nearest pad edge (0 on a pad). A centroid on a drilled hole
 * (mounting-hole footprints, which have no pad) is not measured.
 */
public final class CentroidOffPadRule implements DfmRule {
    @Override
    public String id() {
        return "assembly.centroid-off-pad";
    }

    @Override
    public String description() {
        return "Placement centroid far from any pad of its side";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        List<CopperLayer> c = input.copper();
        if (c.isEmpty()) {
            return out;
        }
        double reach = cfg.max() != null ? cfg.max() : 5;
        for (Placement p : input.placements()) {
            CopperLayer layer = p.side() == com.fabwright.assembly.Side.BOTTOM && c.size() > 1 ? c.get(c.size() - 1) : c.get(0);
            if (onHole(input, p)) {
                continue; // a mounting hole or other hole-only footprint: its centroid is on its hole, not on a pad
            }
            Geometry pt = Findings.point(new Coordinate(p.xMm(), p.yMm()));
            double best = Double.MAX_VALUE;
            for (CopperFeature f : layer.near(pt.getEnvelopeInternal(), reach * 4)) {
                if (Sides.componentPad(f)) {
                    best = Math.min(best, f.shape().distance(pt));
                }
            }
            if (best == Double.MAX_VALUE) {
                best = layer.features().stream().filter(Sides::componentPad).mapToDouble(f -> f.shape().distance(pt)).min()
                        .orElse(Double.MAX_VALUE);
            }
            if (best == Double.MAX_VALUE) {
                continue;
            }
            Violation v = Findings.aboveMax(id(), cfg, best, List.of(layer.layerId()), new Coordinate(p.xMm(), p.yMm()), pt,
                    p.refdes() + " centroid to the nearest pad (mm)", "Check the placement file's origin, units and side.",
                    List.of(), List.of(p.refdes()));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Whether a drilled hole's centre is within its radius of the placement centroid. */
    private static boolean onHole(DfmInput input, Placement p) {
        return input.holes().stream().anyMatch(h -> !h.via()
                && Math.hypot(h.xMm() - p.xMm(), h.yMm() - p.yMm()) <= h.diameterMm() / 2 + 0.05);
    }
}
