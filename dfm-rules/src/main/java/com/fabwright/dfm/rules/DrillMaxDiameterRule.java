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
 * {@code drill.max-diameter}: every drilled hole's diameter against the largest drill bit the fab has; larger holes are routed (and cost extra).
 */
public final class DrillMaxDiameterRule implements DfmRule {
    @Override
    public String id() {
        return "drill.max-diameter";
    }

    @Override
    public String description() {
        return "Largest drilled hole";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (DrillHole h : input.holes()) {
            if (h.slot()) {
                continue;
            }
            Violation v = Findings.aboveMax(id(), cfg, h.diameterMm(), List.of(h.layerId()), h.centre(), h.circle(0.001),
                    "Hole diameter (mm)", "Route the hole as a cut-out or split it.", List.of(), List.of(h.describe()));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
