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
 * {@code outline.closed}: the board outline exists and every chain of the outline layer closes (an open outline cannot be routed); one finding per outline, naming how many chains stay open.
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
        List<com.fabwright.board.OutlineContour> open = o.contours().stream().filter(c -> !c.closed() && !c.points().isEmpty())
                .toList();
        if (!open.isEmpty()) {
            com.fabwright.board.OutlineContour c = open.get(0);
            org.locationtech.jts.geom.Coordinate end = c.points().get(c.points().size() - 1);
            out.add(Findings.present(id(), cfg, List.of("outline"), end,
                    com.fabwright.geometry.Units.FACTORY.createLineString(c.points().toArray(new org.locationtech.jts.geom.Coordinate[0])),
                    open.size() + " outline chain(s) do not close" + (o.board().isEmpty() ? "" : " (" + o.board().size()
                            + " closed contour(s) bound the board)") + "; the first, of " + c.segments()
                            + " segment(s), ends open at " + com.fabwright.dfm.copper.Fmt.xy(end)
                            + ". Join the outline, or move drawings off the outline layer.", List.of(), List.of(o.source())));
        }
        return out;
    }
}
