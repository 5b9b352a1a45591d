package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.geometry.LayerGeometry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code copper.starved-thermal}: thermal reliefs of plated-hole pads in a pour. For every plated
 * hole and copper layer, the pad flash over the hole; when a polygon of the final copper image
 * surrounds the pad (its outer shell covers the pad, it reaches farther than {@code maxGap} from the
 * pad, and a pour region of the pad's net is part of it), the copper of that pour in a thin ring just
 * outside the pad, tracks taken out, is the spokes: each piece one spoke, its area over the ring's
 * width its width. A ring nearly all copper is a solid connection, not a thermal. Fewer spokes than
 * {@code min} (the pad in a gap with no spoke and no track at all counts 0), or a total spoke width
 * under {@code minTotalWidth}, is a finding at the hole. A piece wider than {@code maxSpokeWidth}
 * (default 0.8 mm) means the pour meets the pad directly (a solid, perhaps partial, connection):
 * not a relief, not reported.
 */
public final class CopperStarvedThermalRule implements DfmRule {
    private static final double RING_FROM_MM = 0.01;
    private static final double RING_WIDTH_MM = 0.02;

    @Override
    public String id() {
        return "copper.starved-thermal";
    }

    @Override
    public String description() {
        return "Thermal-relief spokes connecting plated-hole pads to their pour";
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        double maxGap = cfg.param("maxGap", 1.0);
        for (CopperLayer layer : input.copper()) {
            LayerGeometry image = input.geometry(layer.layerId()).orElse(null);
            if (image == null) {
                continue;
            }
            for (DrillHole h : input.holes()) {
                if (input.cancelled()) {
                    return out;
                }
                if (!h.plated() || h.slot()) {
                    continue;
                }
                Point centre = Findings.point(new Coordinate(h.xMm(), h.yMm())).getCentroid();
                CopperFeature pad = null;
                for (CopperFeature f : layer.near(centre.getEnvelopeInternal(), 0)) {
                    if (f.kind() == CopperFeature.Kind.PAD && !f.net().isEmpty() && f.prepared().covers(centre)) {
                        pad = f;
                    }
                }
                if (pad == null) {
                    continue;
                }
                Geometry reach = pad.shape().buffer(maxGap, 8);
                for (Polygon m : (List<Polygon>) image.polygonIndex().query(reach.getEnvelopeInternal())) {
                    Polygon shell = m.getFactory().createPolygon(m.getExteriorRing().getCoordinates());
                    if (shell.covers(centre) && !reach.covers(m) && hasPour(layer, m, pad.net())) {
                        Violation v = spokes(layer, h, pad, m, cfg);
                        if (v != null) {
                            out.add(v);
                        }
                        break;
                    }
                }
            }
        }
        return out;
    }

    private static boolean hasPour(CopperLayer layer, Polygon m, String net) {
        for (CopperFeature f : layer.near(m.getEnvelopeInternal(), 0)) {
            if (f.kind() == CopperFeature.Kind.REGION && f.net().equals(net) && m.covers(f.shape().getInteriorPoint())) {
                return true;
            }
        }
        return false;
    }

    private static boolean tracked(CopperLayer layer, CopperFeature pad) {
        for (CopperFeature f : layer.near(pad.envelope(), 0)) {
            if (f.kind() == CopperFeature.Kind.TRACK && f.net().equals(pad.net()) && f.prepared().intersects(pad.shape())) {
                return true;
            }
        }
        return false;
    }

    private Violation spokes(CopperLayer layer, DrillHole h, CopperFeature pad, Polygon pour, RuleConfig cfg) {
        Geometry inner = pad.shape().buffer(RING_FROM_MM, 16);
        Geometry ring = pad.shape().buffer(RING_FROM_MM + RING_WIDTH_MM, 16).difference(inner);
        Geometry copper = pour.intersection(ring);
        for (CopperFeature f : layer.near(ring.getEnvelopeInternal(), 0)) {
            if (f.kind() == CopperFeature.Kind.TRACK && f.prepared().intersects(ring)) {
                copper = copper.difference(f.shape());
            }
        }
        if (copper.getArea() > 0.9 * ring.getArea()) {
            return null; // a solid connection
        }
        int count = 0;
        double width = 0;
        for (int i = 0; i < copper.getNumGeometries(); i++) {
            Geometry piece = copper.getGeometryN(i);
            if (piece.getArea() > RING_WIDTH_MM * 0.005) {
                double w = piece.getArea() / RING_WIDTH_MM;
                if (w > cfg.param("maxSpokeWidth", 0.8)) {
                    return null; // the pour meets the pad broadly: a direct connection, not a relief
                }
                count++;
                width += w;
            }
        }
        if (count == 0 && tracked(layer, pad)) {
            return null; // a pad cleared from the pour and joined by its tracks: no thermal to starve
        }
        Coordinate at = new Coordinate(h.xMm(), h.yMm());
        List<String> nets = List.of(pad.net());
        Severity s = cfg.forMinimum(count);
        double minWidth = cfg.param("minTotalWidth", 0);
        String what = String.format(Locale.ROOT, "Thermal relief with %d spoke(s), %.3f mm of spoke copper in all", count, width);
        if (s != null) {
            Double limit = cfg.min() != null && count < cfg.min() - RuleConfig.EPS ? cfg.min() : cfg.warnAt();
            return new Violation(id(), s, List.of(layer.layerId()), at.x, at.y, pad.shape(), (double) count, limit,
                    what + String.format(Locale.ROOT, "; at least %.0f spokes wanted. Add spokes or widen them so the pad"
                            + " stays connected to the plane.", limit), nets, List.of(pad.describe()));
        }
        if (width < minWidth - RuleConfig.EPS) {
            return new Violation(id(), cfg.severity(), List.of(layer.layerId()), at.x, at.y, pad.shape(), width, minWidth,
                    what + String.format(Locale.ROOT, "; at least %.3f mm of spoke width wanted. Widen the spokes.", minWidth),
                    nets, List.of(pad.describe()));
        }
        return null;
    }
}
