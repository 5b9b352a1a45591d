package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.Distances;
import com.fabwright.dfm.copper.Gap;
import com.fabwright.dfm.copper.ShapedObject;
import com.fabwright.geometry.ImageGeometry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * {@code mask.dam}: the solder-mask web (dam, bridge) left between two adjacent mask openings, per
 * side: the distance between every pair of separate opening polygons of the mask's final image
 * nearer than the limit, one finding per pair at the midpoint of its narrowest web. Openings that
 * touch are one polygon (no web at all) and are not reported: the fab gang-relieves them. The
 * limit depends on the mask colour (green ~0.1 mm, other colours more), so profiles carry it.
 */
public final class MaskDamRule implements DfmRule {
    @Override
    public String id() {
        return "mask.dam";
    }

    @Override
    public String description() {
        return "Solder-mask web between adjacent mask openings, per side";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        double below = cfg.reportBelow();
        for (Sides s : Sides.of(input)) {
            if (s.mask() == null) {
                continue;
            }
            List<Polygon> polys = s.mask().polygons();
            STRtree objects = objects(input, s.maskId());
            Map<Polygon, Integer> index = new IdentityHashMap<>();
            for (int i = 0; i < polys.size(); i++) {
                index.put(polys.get(i), i);
            }
            for (int i = 0; i < polys.size() && !input.cancelled(); i++) {
                Polygon a = polys.get(i);
                Envelope e = new Envelope(a.getEnvelopeInternal());
                e.expandBy(below);
                for (Polygon b : (List<Polygon>) s.mask().polygonIndex().query(e)) {
                    Integer j = index.get(b);
                    if (j == null || j <= i || !a.isWithinDistance(b, below)) {
                        continue;
                    }
                    Coordinate[] p = DistanceOp.nearestPoints(a, b);
                    if (p[0].distance(p[1]) <= 0) {
                        continue;
                    }
                    Gap g = exact(objects, a, b, p, below);
                    double web = g.distanceMm();
                    Coordinate at = g.midpoint();
                    Violation v = Findings.belowMin(id(), cfg, web, List.of(s.maskId()), at,
                            g.segment(), "Solder-mask dam",
                            "Widen the gap between the pads, shrink the openings, or let the fab gang-relieve them.",
                            List.of(), List.of());
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** The mask's dark objects as features (round ones measure in closed form), by envelope. */
    private static STRtree objects(DfmInput input, String maskId) {
        STRtree t = new STRtree();
        input.file(maskId).ifPresent(f -> {
            for (ShapedObject o : ShapedObject.of(f.image(), input.shaper(), ImageGeometry.DEFAULT_CHORD_ERROR_MM)) {
                CopperFeature c = o.feature("");
                t.insert(c.envelope(), c);
            }
        });
        return t;
    }

    /**
     * The web between openings {@code a} and {@code b}: the smallest gap between a mask object inside
     * {@code a} and one inside {@code b} near the polygons' nearest points {@code p} (closed form for
     * round flashes and strokes, no chord error), else the polygons' own distance.
     */
    @SuppressWarnings("unchecked")
    private static Gap exact(STRtree objects, Polygon a, Polygon b, Coordinate[] p, double below) {
        Gap best = new Gap(p[0].distance(p[1]), p[0], p[1]);
        Envelope e = new Envelope(p[0], p[1]);
        e.expandBy(below + 0.01);
        List<CopperFeature> inA = new ArrayList<>();
        List<CopperFeature> inB = new ArrayList<>();
        for (CopperFeature c : (List<CopperFeature>) objects.query(e)) {
            org.locationtech.jts.geom.Point pt = c.shape().getInteriorPoint();
            if (a.covers(pt)) {
                inA.add(c);
            } else if (b.covers(pt)) {
                inB.add(c);
            }
        }
        double polygonWeb = best.distanceMm();
        Gap exact = null;
        for (CopperFeature fa : inA) {
            for (CopperFeature fb : inB) {
                Gap g = Distances.between(fa, fb);
                if (exact == null || g.distanceMm() < exact.distanceMm()) {
                    exact = g;
                }
            }
        }
        // an object's exact edge lies within a few chord errors of its polygon's: otherwise keep the polygons'
        return exact != null && Math.abs(exact.distanceMm() - polygonWeb) < 0.01 ? exact : best;
    }
}
