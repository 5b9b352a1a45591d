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
 * {@code drill.min-diameter}: every drilled hole's finished diameter against the smallest the fab drills (slots: {@code drill.slot-min-width}). Parameter {@code nonPlatedMin}: a separate minimum for non-plated holes.
 */
public final class DrillMinDiameterRule implements DfmRule {
    @Override
    public String id() {
        return "drill.min-diameter";
    }

    @Override
    public String description() {
        return "Smallest drilled hole";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (DrillHole h : input.holes()) {
            if (h.slot() || h.diameterMm() <= 0) {
                continue;
            }
            RuleConfig c = h.plated() ? cfg : cfg.withMinFrom("nonPlatedMin", false);
            Violation v = Findings.belowMin(id(), c, h.diameterMm(), List.of(h.layerId()), h.centre(), h.circle(0.001),
                    "Hole diameter", "Use a larger drill or a fab with finer drilling.", List.of(), List.of(h.describe()));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
