package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.dfm.copper.Distances;
import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code copper.drill-clearance}: from the edge of every hole to copper of another net, on every
 * copper layer (on inner layers this is the anti-pad). The hole's own net is that of the copper
 * around its centre; copper of that net, and the pad around the hole, are not measured. One
 * finding per hole and copper object, at the middle of the gap.
 */
public final class DrillClearanceRule implements DfmRule {
    @Override
    public String id() {
        return "copper.drill-clearance";
    }

    @Override
    public String description() {
        return "Hole edge to copper of another net, every copper layer";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        double reach = cfg.reportBelow();
        List<Violation> out = new ArrayList<>();
        for (CopperLayer layer : input.copper()) {
            for (DrillHole h : input.holes()) {
                if (input.cancelled()) {
                    return out;
                }
                List<CopperFeature> around = HolePads.around(layer, h);
                String net = around.stream().map(CopperFeature::net).filter(n -> !n.isEmpty()).findFirst().orElse("");
                for (CopperFeature f : layer.near(h.measured().getEnvelopeInternal(), reach + h.radiusMm())) {
                    if (around.contains(f) || !net.isEmpty() && net.equals(f.net())) {
                        continue;
                    }
                    Gap gap = Distances.between(f, h.measured(), h.radiusMm());
                    Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(layer.layerId()), gap.midpoint(),
                            gap.segment(), "Hole to copper", "Move the copper away from the hole or enlarge the anti-pad.",
                            List.of(net.isEmpty() ? "<no net>" : net, f.netLabel()), List.of(h.describe(), f.describe()));
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }
}
