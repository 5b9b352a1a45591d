package com.fabwright.quote;

import java.util.Locale;

/**
 * Package classes that price differently (quote-model.md §2.3 attrition, §2.1 points): each knows
 * whether it is through-hole and how Chinese EMS count its solder "points" from its pads
 * (2-pad chip = 1 point, SOT-23 = 1.5, ordinary IC 4 pins per point, fine-pitch 2, BGA 3 balls
 * [S-WELLTECH, S-SEEKPCB, S-IPCB]).
 */
public enum PackageClass {
    CHIP_0402("chip<=0402", false, 2),
    CHIP_0603("chip0603+", false, 2),
    SOT("active_small", false, 2),
    IC("ic", false, 4),
    QFN("qfn", false, 2),
    QFP_FINE("qfp_fine", false, 2),
    BGA("bga", false, 3),
    THT_ACTIVE("tht_active", true, 1),
    THT_DISCRETE("tht_discrete", true, 1);

    private final String key;
    private final boolean tht;
    private final int padsPerPoint;

    PackageClass(String key, boolean tht, int padsPerPoint) {
        this.key = key;
        this.tht = tht;
        this.padsPerPoint = padsPerPoint;
    }

    /** The key used in rate tables ({@code attrition.chip<=0402}). */
    public String key() {
        return key;
    }

    public boolean tht() {
        return tht;
    }

    /** CN points of one part with this many pads. */
    public double points(int pads) {
        return (double) pads / padsPerPoint;
    }

    /**
     * The class of a package name as BOM/CPL files and {@code AssemblyStatistics} spell it
     * ({@code 0402}, {@code R_0603}, {@code SOT-23}, {@code SOIC-8}, {@code QFN-32}, {@code LQFP-64},
     * {@code BGA-256}, {@code THT}) or a rate-table key; {@code null} when nothing matches.
     */
    public static PackageClass of(String name) {
        if (name == null) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (PackageClass c : values()) {
            if (c.key.equals(n) || c.name().equalsIgnoreCase(n)) {
                return c;
            }
        }
        if (n.contains("bga")) {
            return BGA;
        }
        if (n.contains("qfn") || n.contains("dfn") || n.contains("lga")) {
            return QFN;
        }
        if (n.contains("qfp")) {
            return QFP_FINE;
        }
        if (n.contains("soic") || n.contains("tssop") || n.contains("ssop") || n.contains("sop")
                || n.matches("(^|.*[^a-z])ic([^a-z].*|$)")) {
            // "ic" only as a word: KiCad footprint names end in "Metric"
            return IC;
        }
        if (n.contains("sot") || n.contains("sod") || n.contains("dpak")) {
            return SOT;
        }
        if (n.contains("01005") || n.contains("0201") || n.contains("0402")) {
            return CHIP_0402;
        }
        if (n.matches(".*(0603|0805|1206|1210|2512|chip|smd).*")) {
            return CHIP_0603;
        }
        if (n.contains("tht") || n.contains("dip") || n.contains("pth")) {
            return THT_DISCRETE;
        }
        return null;
    }
}
