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
 * {@code drill.slot-min-width}: the width (tool diameter) of every slot against the narrowest slot the fab mills; parameter {@code nonPlatedMin} for non-plated slots (JLCPCB: plated 0.5 mm, non-plated 1.0 mm).
 */
public final class DrillSlotMinWidthRule implements DfmRule {
    @Override
    public String id() {
        return "drill.slot-min-width";
    }

    @Override
    public String description() {
        return "Narrowest slot";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (DrillHole h : input.holes()) {
            if (!h.slot() || h.diameterMm() <= 0) {
                continue;
            }
            RuleConfig c = h.plated() ? cfg : cfg.withMinFrom("nonPlatedMin", false);
            Violation v = Findings.belowMin(id(), c, h.diameterMm(), List.of(h.layerId()), h.centre(), h.circle(0.001),
                    "Slot width", "Widen the slot.", List.of(), List.of(h.describe()));
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
