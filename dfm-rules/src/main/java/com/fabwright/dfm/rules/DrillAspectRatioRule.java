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
 * {@code drill.aspect-ratio}: board thickness divided by the diameter of each plated hole size against the largest ratio the fab plates reliably ({@code max}, a plain ratio such as 10); one finding per hole size, at its first hole, since all holes of a size share the ratio.
 */
public final class DrillAspectRatioRule implements DfmRule {
    @Override
    public String id() {
        return "drill.aspect-ratio";
    }

    @Override
    public String description() {
        return "Board thickness to plated hole diameter";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        java.util.Map<Double, List<DrillHole>> bySize = new java.util.TreeMap<>();
        for (DrillHole h : input.holes()) {
            if (h.plated() && !h.slot() && h.diameterMm() > 0) {
                bySize.computeIfAbsent(h.diameterMm(), k -> new ArrayList<>()).add(h);
            }
        }
        double t = input.thicknessMm();
        bySize.forEach((d, holes) -> {
            DrillHole h = holes.get(0);
            Violation v = Findings.aboveMax(id(), cfg, t / d, List.of(h.layerId()), h.centre(), h.circle(0.001),
                    String.format(java.util.Locale.ROOT, "Aspect ratio of %d plated hole(s) of %.3f mm in a %.2f mm board:",
                            holes.size(), d, t), "Use a larger drill or a thinner board.", List.of(), List.of(h.describe()));
            if (v != null) {
                out.add(v);
            }
        });
        return out;
    }
}
