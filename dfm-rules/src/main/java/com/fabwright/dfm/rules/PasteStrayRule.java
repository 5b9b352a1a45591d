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
import org.locationtech.jts.geom.Polygon;

/**
 * {@code paste.stray}: paste (a polygon of the paste layer's final image) that lands on no copper
 * pad of its side: solder balls and bridges on the board.
 */
public final class PasteStrayRule implements DfmRule {
    @Override
    public String id() {
        return "paste.stray";
    }

    @Override
    public String description() {
        return "Solder paste not on any pad";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (Sides s : PasteRules.pasteSides(input)) {
            for (Polygon p : s.paste().polygons()) {
                boolean onPad = false;
                for (CopperFeature f : s.copper().near(p.getEnvelopeInternal(), 0)) {
                    if (f.kind() != CopperFeature.Kind.TRACK && f.prepared().intersects(p)) {
                        onPad = true;
                        break;
                    }
                }
                if (!onPad) {
                    Coordinate c = p.getCentroid().getCoordinate();
                    if (!p.contains(Findings.point(c))) {
                        c = p.getInteriorPoint().getCoordinate();
                    }
                    out.add(Findings.present(id(), cfg, List.of(s.pasteId()), c, p,
                            String.format(java.util.Locale.ROOT, "Solder paste (%.3f mm²) on no pad at %s. Remove it.", p.getArea(),
                                    com.fabwright.dfm.copper.Fmt.xy(c)), List.of(), List.of()));
                }
            }
        }
        return out;
    }
}
