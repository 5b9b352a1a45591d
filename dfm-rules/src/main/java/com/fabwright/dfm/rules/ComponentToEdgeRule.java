package com.fabwright.dfm.rules;

import com.fabwright.assembly.Placement;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * {@code assembly.component-to-edge}: every placed component's centroid (from the placement input)
 * to the board edge, against the conveyor clamping clearance. Measures the centroid, not the body:
 * placement files carry no body outline (docs/dfm.md).
 */
public final class ComponentToEdgeRule implements DfmRule {
    @Override
    public String id() {
        return "assembly.component-to-edge";
    }

    @Override
    public String description() {
        return "Component centroid to board edge";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        Geometry edges = input.edges();
        if (edges.isEmpty() || input.placements().isEmpty()) {
            return out;
        }
        EdgeGaps idx = new EdgeGaps(input.edgeElements());
        for (Placement p : input.placements()) {
            Geometry pt = Findings.point(new Coordinate(p.xMm(), p.yMm()));
            for (com.fabwright.dfm.copper.Gap gap : idx.gaps(pt, 0, cfg.reportBelow())) {
            Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(), new Coordinate(p.xMm(), p.yMm()), gap.segment(),
                    p.refdes() + " centroid to board edge", "Move the part inward or add break-off rails.", List.of(),
                    List.of(p.refdes()));
            if (v != null) {
                out.add(v);
            }
            }
        }
        return out;
    }
}
