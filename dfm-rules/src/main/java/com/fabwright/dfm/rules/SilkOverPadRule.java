package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.Distances;
import com.fabwright.dfm.copper.Gap;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * {@code silk.over-pad}: legend over exposed copper, i.e. silkscreen pieces (polygons of the
 * legend's final image) overlapping a solder-mask opening or closer to it than {@code min}
 * (default 0: overlap only). Fabs clip such legend (JLCPCB removes silk on pads). One finding per
 * legend piece and opening; the point is the middle of the overlap, or of the gap.
 */
public final class SilkOverPadRule implements DfmRule {
    @Override
    public String id() {
        return "silk.over-pad";
    }

    @Override
    public String description() {
        return "Silkscreen over or near solder-mask openings (exposed copper)";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        double reach = cfg.reportBelow();
        for (Sides s : Sides.of(input)) {
            if (s.silk() == null || s.mask() == null) {
                continue;
            }
            for (Polygon silk : s.silk().polygons()) {
                org.locationtech.jts.geom.Envelope e = silk.getEnvelopeInternal();
                e.expandBy(reach);
                for (Polygon opening : (List<Polygon>) s.mask().polygonIndex().query(e)) {
                    Violation v;
                    if (silk.intersects(opening)) {
                        Geometry overlap = silk.intersection(opening);
                        if (overlap.getArea() < 1e-9) {
                            continue;
                        }
                        v = new Violation(id(), cfg.severity(), List.of(s.silkId(), s.maskId()),
                                overlap.getCentroid().getX(), overlap.getCentroid().getY(), overlap, 0.0, cfg.min(),
                                String.format(java.util.Locale.ROOT, "Silkscreen over a mask opening (%.4f mm² of legend on exposed"
                                        + " copper). Move the legend off the pad; the fab clips it.", overlap.getArea()),
                                List.of(), List.of());
                    } else {
                        org.locationtech.jts.geom.Coordinate[] p = DistanceOp.nearestPoints(silk, opening);
                        Gap gap = Distances.shrink(p[0], p[1], 0, 0);
                        v = Findings.belowMin(id(), cfg, gap.distanceMm(), List.of(s.silkId(), s.maskId()), gap.midpoint(),
                                gap.segment(), "Silkscreen to mask opening", "Move the legend away from the pad.", List.of(),
                                List.of());
                    }
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }
}
