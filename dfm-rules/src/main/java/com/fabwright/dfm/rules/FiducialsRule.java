package com.fabwright.dfm.rules;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.job.identify.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;

/**
 * {@code assembly.fiducials}: a side assembled by machine (SMT placements on it and a paste layer)
 * needs at least {@code min} global fiducials (default 3; JLCPCB, Seeed, IPC-7351). Fiducials are
 * X2 {@code FiducialPad} flashes on that side's copper, or placements whose reference starts with
 * {@code FID}. One finding per side, at the board centre; measured is the count.
 */
public final class FiducialsRule implements DfmRule {
    @Override
    public String id() {
        return "assembly.fiducials";
    }

    @Override
    public String description() {
        return "Global fiducials on each machine-assembled side";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        double need = cfg.min() != null ? cfg.min() : 3;
        for (Sides s : Sides.of(input)) {
            com.fabwright.assembly.Side side = s.side() == Side.TOP ? com.fabwright.assembly.Side.TOP
                    : com.fabwright.assembly.Side.BOTTOM;
            List<Placement> parts = input.placements().stream().filter(p -> p.side() == side).toList();
            boolean smt = parts.stream().anyMatch(p -> p.mount() == MountType.SMT && !fiducial(p));
            if (!smt || s.paste() == null || s.copper() == null) {
                continue;
            }
            long count = s.copper().features().stream().filter(f -> f.kind() == CopperFeature.Kind.PAD
                    && Sides.function(f, "fiducialpad")).count();
            count = Math.max(count, parts.stream().filter(FiducialsRule::fiducial).count());
            if (count < need) {
                org.locationtech.jts.geom.Envelope e = input.board().outline().outerEdge();
                Coordinate c = e.isNull() ? new Coordinate(0, 0) : e.centre();
                out.add(new Violation(id(), cfg.severity(), List.of(s.copper().layerId()), c.x, c.y, null, (double) count, need,
                        String.format(Locale.ROOT, "%d fiducial(s) on the %s side, %d needed for machine placement. Add "
                                + "1 mm copper dots with 2 mm mask openings near three corners.", count,
                                s.side().name().toLowerCase(Locale.ROOT), (int) need), List.of(), List.of()));
            }
        }
        return out;
    }

    private static boolean fiducial(Placement p) {
        return p.refdes() != null && p.refdes().toUpperCase(Locale.ROOT).startsWith("FID");
    }
}
