package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code board.size}: the board's outer-edge width and height: the smaller side against {@code min}, the larger against {@code max} (the fab's panel limit).
 */
public final class BoardSizeRule implements DfmRule {
    @Override
    public String id() {
        return "board.size";
    }

    @Override
    public String description() {
        return "Board width and height";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        Double w = input.board().widthMm();
        Double h = input.board().heightMm();
        if (w == null || h == null) {
            return out;
        }
        org.locationtech.jts.geom.Envelope e = input.board().outline().outerEdge();
        org.locationtech.jts.geom.Coordinate c = e.centre();
        org.locationtech.jts.geom.Geometry box = com.fabwright.geometry.Units.FACTORY.toGeometry(e);
        double small = Math.min(w, h);
        double large = Math.max(w, h);
        if (cfg.min() != null || cfg.warnAt() != null && cfg.max() == null) {
            Violation v = Findings.belowMin(id(), cfg, small, List.of("outline"), c, box, "Board side",
                    "Panelize the board or add break-off rails.", List.of(), List.of());
            if (v != null) {
                out.add(v);
            }
        }
        if (cfg.max() != null) {
            RuleConfig maxOnly = new RuleConfig(cfg.severity(), null, cfg.max(), null, cfg.params());
            Violation v = Findings.aboveMax(id(), maxOnly, large, List.of("outline"), c, box, "Board side (mm)",
                    "The board is larger than the fab builds.", List.of(), List.of());
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }
}
