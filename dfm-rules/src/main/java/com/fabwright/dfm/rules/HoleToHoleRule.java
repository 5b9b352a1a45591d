package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code drill.hole-to-hole}: edge-to-edge distance between every two holes (same or different net: drill bits break when hits overlap), candidate pairs from an STRtree, exact for round holes. Two hits at the same centre in different files count once. Pairs with a milled slot are skipped unless parameter {@code slots} is 1: a router bit does not break on a nearby hole (KiCad exempts slots the same way).
 */
public final class HoleToHoleRule implements DfmRule {
    @Override
    public String id() {
        return "drill.hole-to-hole";
    }

    @Override
    public String description() {
        return "Edge-to-edge distance between holes";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        List<DrillHole> holes = input.holes();
        org.locationtech.jts.index.strtree.STRtree tree = new org.locationtech.jts.index.strtree.STRtree();
        for (int i = 0; i < holes.size(); i++) {
            DrillHole h = holes.get(i);
            tree.insert(h.circle(0.01).getEnvelopeInternal(), i);
        }
        double reach = cfg.reportBelow();
        for (int i = 0; i < holes.size(); i++) {
            DrillHole a = holes.get(i);
            org.locationtech.jts.geom.Envelope e = a.circle(0.01).getEnvelopeInternal();
            e.expandBy(reach);
            for (Object o : tree.query(e)) {
                int j = (Integer) o;
                DrillHole b = holes.get(j);
                if (j <= i || (a.slot() || b.slot()) && cfg.param("slots", 0) == 0) {
                    continue;
                }
                if (a.axis() == null && b.axis() == null && a.centre().distance(b.centre()) < 1e-6) {
                    continue;
                }
                org.locationtech.jts.geom.Coordinate[] p = org.locationtech.jts.operation.distance.DistanceOp
                        .nearestPoints(a.measured(), b.measured());
                com.fabwright.dfm.copper.Gap g = com.fabwright.dfm.copper.Distances.shrink(p[0], p[1], a.radiusMm(), b.radiusMm());
                double gap = g.distanceMm();
                org.locationtech.jts.geom.Coordinate mid = g.midpoint();
                Violation v = Findings.belowMin(id(), cfg, gap, List.of(a.layerId(), b.layerId()).stream().distinct().toList(), mid,
                        g.segment(), "Hole to hole", "Move the holes apart.",
                        List.of(), List.of(a.describe(), b.describe()));
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
