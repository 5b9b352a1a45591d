package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * {@code copper.edge-clearance}: every copper object's distance to the board edge, measured to the
 * outline's centre line (where the router cuts; KiCad measures the same way), one finding per
 * object. Without an outline the rule finds nothing ({@code outline.closed} reports that).
 */
public final class EdgeClearanceRule implements DfmRule {
    @Override
    public String id() {
        return "copper.edge-clearance";
    }

    @Override
    public String description() {
        return "Copper to board edge (outline centre line)";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        Geometry edges = input.edges();
        List<Violation> out = new ArrayList<>();
        if (edges.isEmpty()) {
            return out;
        }
        EdgeGaps idx = new EdgeGaps(input.edgeElements());
        double reach = cfg.reportBelow();
        for (CopperLayer layer : input.copper()) {
            for (CopperFeature f : layer.features()) {
                for (com.fabwright.dfm.copper.Gap gap : idx.gaps(f.round() ? f.centre() : f.shape(), f.round() ? f.radius() : 0, reach)) {
                Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(layer.layerId()), gap.midpoint(),
                        gap.segment(), "Copper to board edge", "Pull the copper back from the edge.",
                        f.net().isEmpty() ? List.of() : List.of(f.net()), List.of(f.describe()));
                if (v != null) {
                    out.add(v);
                }
                }
            }
        }
        return out;
    }
}
