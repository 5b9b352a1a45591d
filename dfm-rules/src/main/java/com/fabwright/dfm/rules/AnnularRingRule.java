package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code copper.annular-ring}: for every plated hole (not slots) on every copper layer, the copper
 * ring its pad leaves around the drilled hole: (pad edge nearest the hole edge) = distance from the
 * hole centre to the pad boundary minus the hole radius, the worst point of an off-centre or
 * non-round pad. The pad is the flashed pad around the hole (a pour or track when there is no pad).
 * A plated hole with no copper at all on an outer layer is reported with ring 0; inner layers
 * often drop unused pads, so they are not. Parameter {@code viaMin}: a smaller minimum for vias.
 */
public final class AnnularRingRule implements DfmRule {
    @Override
    public String id() {
        return "copper.annular-ring";
    }

    @Override
    public String description() {
        return "Copper ring around every plated hole on every copper layer";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        List<CopperLayer> layers = input.copper();
        for (DrillHole h : input.holes()) {
            if (!h.plated() || h.slot() || input.cancelled()) {
                continue;
            }
            RuleConfig c = h.via() ? cfg.withMinFrom("viaMin", true) : cfg;
            for (int i = 0; i < layers.size(); i++) {
                CopperLayer layer = layers.get(i);
                List<CopperFeature> around = HolePads.around(layer, h);
                boolean outer = i == 0 || i == layers.size() - 1;
                if (around.isEmpty() && !outer) {
                    continue;
                }
                double ring = 0;
                String net = "";
                String ref = "no copper";
                for (CopperFeature f : around) {
                    if (f.kind() != around.get(0).kind()) {
                        break;
                    }
                    double r = HolePads.ring(f, h);
                    if (r > ring || ref.equals("no copper")) {
                        ring = Math.max(0, r);
                        net = f.net();
                        ref = f.describe();
                    }
                }
                Violation v = Findings.belowMin(id(), c, ring, List.of(layer.layerId()), h.centre(), h.circle(0.001),
                        around.isEmpty() ? "No copper around a plated hole: ring" : "Annular ring",
                        "Enlarge the pad or use a smaller drill.", net.isEmpty() ? List.of() : List.of(net),
                        List.of(h.describe(), ref));
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
