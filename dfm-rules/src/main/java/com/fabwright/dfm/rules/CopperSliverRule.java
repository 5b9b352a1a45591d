package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.geometry.LayerGeometry;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code copper.sliver}: pieces and necks of the final copper image narrower than the limit. Each
 * merged copper polygon (one cluster, never the whole layer at once) is opened morphologically:
 * eroded by just under half the limit and dilated back; what the opening loses is copper a disc of
 * the limit's diameter cannot reach. A lost piece is a sliver when it is long for its width (length,
 * area over width, at least {@code minLength}, default the limit), which leaves out the rounded-off
 * corners of rectangles and the chord noise of round caps; pieces thinner than 4 µm are that
 * noise. The width measured is the piece's largest inscribed circle's diameter; the point is the
 * piece's centroid (its inscribed circle's centre when the centroid falls outside it). Tracks drawn
 * narrower than the limit are {@code copper.min-width}'s and are not reported again.
 */
public final class CopperSliverRule implements DfmRule {
    /** Pieces thinner than this are polygonisation noise (the chord error is 1 µm). */
    static final double NOISE_MM = 0.004;
    /** Erosion is this much short of half the limit, so a track exactly at the limit survives it. */
    static final double SLACK_MM = 0.0005;

    @Override
    public String id() {
        return "copper.sliver";
    }

    @Override
    public String description() {
        return "Copper pieces or necks narrower than the limit in the final copper image";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        double limit = cfg.reportBelow();
        if (limit <= 2 * SLACK_MM) {
            return out;
        }
        double minLength = cfg.param("minLength", limit);
        for (CopperLayer layer : input.copper()) {
            LayerGeometry g = input.geometry(layer.layerId()).orElse(null);
            if (g == null) {
                continue;
            }
            for (Polygon poly : g.polygons()) {
                if (input.cancelled()) {
                    return out;
                }
                for (Geometry piece : lost(poly, limit)) {
                    Violation v = finding(layer, piece, cfg, limit, minLength);
                    if (v != null) {
                        out.add(v);
                    }
                }
            }
        }
        return out;
    }

    /** The parts of {@code poly} its opening by a disc of diameter {@code limit} removes. */
    static List<Geometry> lost(Polygon poly, double limit) {
        double r = limit / 2 - SLACK_MM;
        // dilating 2 µm past the erosion leaves out the chord crescents of round caps, not a neck's width
        Geometry opened = poly.buffer(-r, 16).buffer(r + NOISE_MM / 2, 16);
        Geometry rest = poly.difference(opened);
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i < rest.getNumGeometries(); i++) {
            Geometry p = rest.getGeometryN(i);
            if (p instanceof Polygon && !p.isEmpty()) {
                pieces.add(p);
            }
        }
        return pieces;
    }

    private Violation finding(CopperLayer layer, Geometry piece, RuleConfig cfg, double limit, double minLength) {
        // a sliver is at least NOISE_MM wide and minLength long: smaller areas cannot be one
        if (piece.getArea() < NOISE_MM * minLength) {
            return null;
        }
        double coarse = 2 * new MaximumInscribedCircle(piece, 1e-3).getRadiusLine().getLength();
        if (coarse + 2e-3 < NOISE_MM || piece.getArea() / (coarse + 2e-3) < minLength - RuleConfig.EPS) {
            return null;
        }
        Point centroid = piece.getCentroid();
        Set<String> nets = new LinkedHashSet<>();
        for (CopperFeature f : layer.near(piece.getEnvelopeInternal(), 0)) {
            if (f.prepared().intersects(piece)) {
                if (!f.net().isEmpty()) {
                    nets.add(f.net());
                }
                double w = CopperMinWidthRule.width(f);
                if (f.kind() == CopperFeature.Kind.TRACK && w > 0 && w < limit - RuleConfig.EPS
                        && f.prepared().covers(piece.getInteriorPoint())) {
                    return null; // a track drawn too thin: copper.min-width reports it
                }
            }
        }
        // radius within 0.1 µm, so the width within 0.2 µm
        MaximumInscribedCircle mic = new MaximumInscribedCircle(piece, 1e-4);
        double width = 2 * mic.getRadiusLine().getLength();
        if (width < NOISE_MM || piece.getArea() / width < minLength - RuleConfig.EPS) {
            return null;
        }
        Coordinate at = piece.covers(centroid) ? centroid.getCoordinate() : mic.getCenter().getCoordinate();
        return Findings.belowMin(id(), cfg, width, List.of(layer.layerId()), at, piece, "Copper sliver width",
                "Widen the neck or remove the thin copper (a sliver can lift off and short).", List.copyOf(nets), List.of());
    }
}
