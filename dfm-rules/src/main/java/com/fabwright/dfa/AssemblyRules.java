package com.fabwright.dfa;

/** The stable rule ids of the assembly cross-check (CLI.md rule ids). */
public final class AssemblyRules {
    public static final String BOM_NOT_PLACED = "assembly.bom-not-placed";
    public static final String PLACED_NOT_IN_BOM = "assembly.placed-not-in-bom";
    public static final String DUPLICATE_REFDES = "assembly.duplicate-refdes";
    public static final String REFDES_NEAR_MISS = "assembly.refdes-near-miss";
    public static final String DNP_PLACED = "assembly.dnp-placed";
    public static final String OUTSIDE_OUTLINE = "assembly.outside-outline";
    public static final String CENTROID_OFF_PAD = "assembly.centroid-off-pad";
    public static final String THT_OFF_HOLE = "assembly.tht-off-hole";
    public static final String SIDE_MISMATCH = "assembly.side-mismatch";

    private AssemblyRules() {
    }
}
