package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.Gap;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.Side;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * {@code silk.to-edge}: every piece of legend (a polygon of the silkscreen's final image) closer
 * to the board edge than the fab prints, one finding per piece.
 */
public final class SilkToEdgeRule implements DfmRule {
    @Override
    public String id() {
        return "silk.to-edge";
    }

    @Override
    public String description() {
        return "Silkscreen to board edge";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        Geometry edges = input.edges();
        if (edges.isEmpty()) {
            return out;
        }
        EdgeGaps idx = new EdgeGaps(input.edgeElements());
        for (Side side : List.of(Side.TOP, Side.BOTTOM)) {
            String id = input.file(LayerFunction.SILKSCREEN, side).map(f -> f.layer().id()).orElse(null);
            LayerGeometry g = id == null ? null : input.geometry(id).orElse(null);
            if (g == null) {
                continue;
            }
            for (Polygon p : g.polygons()) {
                for (com.fabwright.dfm.copper.Gap gap : idx.gaps(p, 0, cfg.reportBelow())) {
                Violation v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(id), gap.midpoint(), gap.segment(),
                        "Silkscreen to board edge", "Move the legend inward; the fab clips it.", List.of(), List.of());
                if (v != null) {
                    out.add(v);
                }
                }
            }
        }
        return out;
    }
}
