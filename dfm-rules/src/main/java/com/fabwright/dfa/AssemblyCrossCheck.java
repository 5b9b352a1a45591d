package com.fabwright.dfa;

import com.fabwright.dfm.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The BOM ↔ placements ↔ board cross-check (issue 5): {@link RefdesCheck} (designators on both
 * sides, duplicates, near-misses, DNP placed), {@link OutlineCheck} (inside the board) and
 * {@link PadCheck} (centroids on their pads, through-hole parts on plated holes, sides). Pure: reads
 * the input, returns the findings in that order.
 */
public final class AssemblyCrossCheck {
    private AssemblyCrossCheck() {
    }

    public static List<Violation> run(CrossCheckInput in) {
        List<Violation> out = new ArrayList<>(RefdesCheck.run(in));
        out.addAll(OutlineCheck.run(in));
        out.addAll(PadCheck.run(in));
        return out;
    }
}
