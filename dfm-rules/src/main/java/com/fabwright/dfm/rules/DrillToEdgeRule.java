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
 * {@code drill.to-edge}: from every hole's edge to the board edge (outline centre line).
 */
public final class DrillToEdgeRule implements DfmRule {
    @Override
    public String id() {
        return "drill.to-edge";
    }

    @Override
    public String description() {
        return "Hole edge to board edge";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        org.locationtech.jts.geom.Geometry edges = input.edges();
        if (edges.isEmpty()) {
            return out;
        }
        EdgeGaps idx = new EdgeGaps(input.edgeElements());
        for (DrillHole h : input.holes()) {
            for (com.fabwright.dfm.copper.Gap gap : idx.gaps(h.measured(), h.radiusMm(), cfg.reportBelow())) {
            Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(h.layerId()), gap.midpoint(), gap.segment(),
                    "Hole to board edge", "Move the hole inward (or mark it castellated).", List.of(), List.of(h.describe()));
            if (v != null) {
                out.add(v);
            }
            }
        }
        return out;
    }
}
