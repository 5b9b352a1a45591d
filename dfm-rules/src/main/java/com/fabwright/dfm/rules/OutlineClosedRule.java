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
 * {@code outline.closed}: the board outline exists and every chain of the outline layer closes (an open outline cannot be routed).
 */
public final class OutlineClosedRule implements DfmRule {
    @Override
    public String id() {
        return "outline.closed";
    }

    @Override
    public String description() {
        return "Board outline found and closed";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        com.fabwright.board.Outline o = input.board().outline();
        if (!o.found()) {
            out.add(Findings.present(id(), cfg, List.of("outline"), new org.locationtech.jts.geom.Coordinate(0, 0), null,
                    "No board outline found: " + o.evidence() + ". Add an outline (Edge.Cuts / profile) layer.", List.of(), List.of()));
            return out;
        }
        for (com.fabwright.board.OutlineContour c : o.contours()) {
            if (!c.closed() && !c.points().isEmpty()) {
                org.locationtech.jts.geom.Coordinate end = c.points().get(c.points().size() - 1);
                out.add(Findings.present(id(), cfg, List.of("outline"), end,
                        com.fabwright.geometry.Units.FACTORY.createLineString(c.points().toArray(new org.locationtech.jts.geom.Coordinate[0])),
                        "Outline chain of " + c.segments() + " segment(s) does not close (open end at "
                                + com.fabwright.dfm.copper.Fmt.xy(end) + "). Join the outline.", List.of(), List.of(o.source())));
            }
        }
        return out;
    }
}
