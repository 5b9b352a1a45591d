package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.dfm.copper.Distances;
import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * {@code copper.clearance}: the air gap between copper features of different nets on each copper
 * layer, one finding per pair of objects (as a CAD DRC reports it). Candidate pairs come from the
 * layer's STRtree; round tracks and pads are measured in closed form. Two objects on no net that
 * are never measured against each other; overlapping copper of two nets is a short, reported
 * with gap 0. The point is the middle of the shortest gap.
 */
public final class CopperClearanceRule implements DfmRule {
    @Override
    public String id() {
        return "copper.clearance";
    }

    @Override
    public String description() {
        return "Air gap between copper of different nets on every copper layer";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        double reach = cfg.reportBelow();
        List<Violation> out = new ArrayList<>();
        for (CopperLayer layer : input.copper()) {
            List<CopperFeature> fs = layer.features();
            out.addAll(IntStream.range(0, fs.size()).parallel().mapToObj(i -> {
                if (input.cancelled()) {
                    return List.<Violation>of();
                }
                CopperFeature f = fs.get(i);
                List<Violation> found = new ArrayList<>();
                for (CopperFeature g : layer.near(f.envelope(), reach)) {
                    if (g.index() <= f.index() || sameConductor(f, g)) {
                        continue;
                    }
                    Gap gap = Distances.between(f, g);
                    Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(layer.layerId()), gap.midpoint(),
                            gap.segment(), gap.distanceMm() == 0 ? "Copper of two nets touches (short): gap" : "Clearance",
                            "Move the copper apart or reduce the pad/track size.",
                            List.of(f.netLabel(), g.netLabel()), List.of(f.describe(), g.describe()));
                    if (v != null) {
                        found.add(v);
                    }
                }
                return found;
            }).flatMap(List::stream).toList());
        }
        return out;
    }

    /**
     * Same net, or both on no net: no clearance to keep. Two objects on no net (copper text, logos,
     * stitching graphics) cannot short two nets together, so only copper with a net is measured
     * against them.
     */
    static boolean sameConductor(CopperFeature f, CopperFeature g) {
        return Objects.equals(f.net(), g.net());
    }
}
