package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * {@code paste.missing}: every SMD pad (X2 {@code SMDPad}, or a pad with no hole) on a side whose
 * paste layer is not empty has paste over it; a pad without paste will not be soldered.
 */
public final class PasteMissingRule implements DfmRule {
    @Override
    public String id() {
        return "paste.missing";
    }

    @Override
    public String description() {
        return "SMD pads without solder paste";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (Sides s : PasteRules.pasteSides(input)) {
            PreparedGeometry paste = PreparedGeometryFactory.prepare(s.paste().darkArea());
            for (CopperFeature f : PasteRules.smdPads(s, input)) {
                if (!paste.intersects(f.shape())) {
                    Geometry c = f.round() ? f.centre() : f.shape().getInteriorPoint();
                    out.add(Findings.present(id(), cfg, List.of(s.copper().layerId(), s.pasteId()), c.getCoordinate(), f.shape(),
                            "SMD pad without solder paste at " + com.fabwright.dfm.copper.Fmt.xy(c.getCoordinate())
                                    + ". Add the paste aperture (or confirm the pad is not soldered).",
                            f.net().isEmpty() ? List.of() : List.of(f.net()), List.of(f.describe())));
                }
            }
        }
        return out;
    }
}
