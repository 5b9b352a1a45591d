package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code silk.min-width}: the line width of legend strokes (round apertures) on both silkscreen
 * layers. Text is hundreds of strokes of one width, so there is one finding per layer and line
 * width, at its first stroke, saying how many strokes it covers.
 */
public final class SilkMinWidthRule implements DfmRule {
    @Override
    public String id() {
        return "silk.min-width";
    }

    @Override
    public String description() {
        return "Silkscreen line width";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (Side side : List.of(Side.TOP, Side.BOTTOM)) {
            JobFile f = input.file(LayerFunction.SILKSCREEN, side).orElse(null);
            if (f == null) {
                continue;
            }
            Map<Double, List<GraphicObject.Draw>> byWidth = new TreeMap<>();
            for (GraphicObject o : f.image().objects()) {
                if (o instanceof GraphicObject.Draw d && d.aperture() instanceof Aperture.Circle c && c.diameter() > 0) {
                    byWidth.computeIfAbsent(c.diameter(), k -> new ArrayList<>()).add(d);
                }
            }
            byWidth.forEach((w, draws) -> {
                GraphicObject.Draw d = draws.get(0);
                Coordinate at = new Coordinate(com.fabwright.geometry.Units.mm(d.from().x()), com.fabwright.geometry.Units.mm(d.from().y()));
                Violation v = Findings.belowMin(id(), cfg, w, List.of(f.layer().id()), at, Findings.point(at),
                        draws.size() + " silkscreen stroke(s) of width", "Use a wider legend line.", List.of(),
                        List.of(f.path()));
                if (v != null) {
                    out.add(v);
                }
            });
        }
        return out;
    }
}
