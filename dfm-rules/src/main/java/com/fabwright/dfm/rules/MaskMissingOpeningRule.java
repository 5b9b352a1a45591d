package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * {@code mask.missing-opening}: every pad flashed on an outer copper layer must have a solder-mask
 * opening over its centre, or it cannot be soldered. Via pads ({@code .AperFunction,ViaPad}) are
 * left out: tented vias are normal. Skipped for a side without a mask layer.
 */
public final class MaskMissingOpeningRule implements DfmRule {
    @Override
    public String id() {
        return "mask.missing-opening";
    }

    @Override
    public String description() {
        return "Pads without a solder-mask opening";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        List<CopperLayer> layers = input.copper();
        if (layers.isEmpty()) {
            return out;
        }
        for (Side side : List.of(Side.TOP, Side.BOTTOM)) {
            CopperLayer copper = side == Side.TOP ? layers.get(0) : layers.size() > 1 ? layers.get(layers.size() - 1) : null;
            String maskId = input.file(LayerFunction.SOLDERMASK, side).map(f -> f.layer().id()).orElse(null);
            LayerGeometry mask = maskId == null ? null : input.geometry(maskId).orElse(null);
            if (copper == null || mask == null) {
                continue;
            }
            PreparedGeometry openings = PreparedGeometryFactory.prepare(mask.darkArea());
            for (CopperFeature f : copper.features()) {
                if (f.kind() != CopperFeature.Kind.PAD || isVia(f)) {
                    continue;
                }
                Geometry c = f.round() ? f.centre() : f.shape().getInteriorPoint();
                if (!openings.intersects(c)) {
                    Coordinate at = c.getCoordinate();
                    out.add(Findings.present(id(), cfg, List.of(copper.layerId(), maskId), at, f.shape(),
                            "Pad without a solder-mask opening at " + com.fabwright.dfm.copper.Fmt.xy(at)
                                    + ": it will be covered by mask. Add the opening (or mark the pad as a via).",
                            f.net().isEmpty() ? List.of() : List.of(f.net()), List.of(f.describe())));
                }
            }
        }
        return out;
    }

    static boolean isVia(CopperFeature f) {
        return f.source().attributes().get(".AperFunction").stream()
                .anyMatch(s -> s.trim().toLowerCase(Locale.ROOT).startsWith("viapad"));
    }
}
