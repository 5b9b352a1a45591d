package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * {@code mask.expansion}: how far the solder-mask opening clears each component pad, per side:
 * the smallest distance from the pad's edge to the edge of the opening around it. A pad sticking
 * out of its opening (a "gasket": mask on the pad) measures negative: minus the farthest its
 * vertices reach outside. Pads without any opening are {@code mask.missing-opening}'s.
 */
public final class MaskExpansionRule implements DfmRule {
    @Override
    public String id() {
        return "mask.expansion";
    }

    @Override
    public String description() {
        return "Solder-mask opening clearance around each pad (negative: mask on the pad)";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (Sides s : Sides.of(input)) {
            if (s.copper() == null || s.mask() == null) {
                continue;
            }
            for (CopperFeature f : s.copper().features()) {
                if (!Sides.componentPad(f)) {
                    continue;
                }
                Geometry centre = f.round() ? f.centre() : f.shape().getInteriorPoint();
                Polygon opening = null;
                for (Polygon p : (List<Polygon>) s.mask().polygonIndex().query(centre.getEnvelopeInternal())) {
                    if (p.intersects(centre)) {
                        opening = p;
                    }
                }
                if (opening == null) {
                    continue;
                }
                double expansion;
                Coordinate at;
                PreparedGeometry po = PreparedGeometryFactory.prepare(opening);
                if (po.covers(f.shape())) {
                    Coordinate[] p = DistanceOp.nearestPoints(f.shape().getBoundary(), opening.getExteriorRing());
                    expansion = p[0].distance(p[1]);
                    at = new Coordinate((p[0].x + p[1].x) / 2, (p[0].y + p[1].y) / 2);
                } else {
                    expansion = 0;
                    at = centre.getCoordinate();
                    for (Coordinate c : f.shape().getCoordinates()) {
                        Geometry pt = Findings.point(c);
                        if (!po.covers(pt)) {
                            double d = opening.getExteriorRing().distance(pt);
                            if (-d < expansion) {
                                expansion = -d;
                                at = c;
                            }
                        }
                    }
                }
                Violation v = Findings.belowMin(id(), cfg, expansion, List.of(s.copper().layerId(), s.maskId()), at,
                        f.shape(), expansion < 0 ? "Mask covers the pad edge: expansion" : "Mask expansion",
                        "Enlarge the mask opening around the pad.", f.net().isEmpty() ? List.of() : List.of(f.net()),
                        List.of(f.describe()));
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }
}
