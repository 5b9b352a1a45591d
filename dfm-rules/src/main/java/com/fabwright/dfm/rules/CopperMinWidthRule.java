package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * {@code copper.min-width}: the width of every copper track (a stroke: the round aperture's
 * diameter, the smaller side of a rectangular one) against the fab's smallest conductor.
 * Region necks are the business of {@code copper.sliver}. The point is the track's middle.
 */
public final class CopperMinWidthRule implements DfmRule {
    @Override
    public String id() {
        return "copper.min-width";
    }

    @Override
    public String description() {
        return "Narrowest copper track (stroke width) on every copper layer";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (CopperLayer layer : input.copper()) {
            for (CopperFeature f : layer.features()) {
                if (f.kind() != CopperFeature.Kind.TRACK) {
                    continue;
                }
                double w = width(f);
                if (w <= 0) {
                    continue;
                }
                Geometry line = f.round() ? f.centre() : f.shape();
                Coordinate mid = middle(line);
                Violation v = Findings.belowMin(id(), cfg, w, List.of(layer.layerId()), mid, line, "Track width",
                        "Widen the track or choose a fab with finer lines.", f.net().isEmpty() ? List.of() : List.of(f.net()),
                        List.of(f.describe()));
                if (v != null) {
                    out.add(v);
                }
            }
        }
        return out;
    }

    static double width(CopperFeature f) {
        if (f.round()) {
            return 2 * f.radius();
        }
        Aperture a = f.source() instanceof GraphicObject.Draw d ? d.aperture()
                : f.source() instanceof GraphicObject.ArcDraw ad ? ad.aperture() : null;
        if (a instanceof Aperture.Rectangle r) {
            return Math.min(r.width(), r.height());
        }
        if (a instanceof Aperture.Obround o) {
            return Math.min(o.width(), o.height());
        }
        return 0;
    }

    static Coordinate middle(Geometry line) {
        if (line.getDimension() == 1) {
            LengthIndexedLine l = new LengthIndexedLine(line);
            return l.extractPoint(line.getLength() / 2);
        }
        return line.getCentroid().getCoordinate();
    }
}
