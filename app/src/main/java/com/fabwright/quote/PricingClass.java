package com.fabwright.quote;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.PackageClass;
import com.fabwright.assembly.PlacedPart;
import java.util.Locale;
import java.util.Set;

/**
 * The classes a part is priced by (quote-model.md §2.3 attrition, §2.1 points), keyed as in the
 * rate tables ({@code components.attrition}, {@code assembly.point_rate}). Each knows whether it is
 * through-hole and how Chinese EMS count its solder "points" from its joints: 2-pad chip = 1 point,
 * SOT-23 = 1.5, ordinary IC 4 pins per point, fine-pitch IC 2, BGA 3 balls [S-WELLTECH, S-SEEKPCB,
 * S-IPCB]. Packages are classified once, by the assembly readers ({@link PackageClass}); {@link #of}
 * is the one place that maps that classification onto these pricing classes.
 */
public enum PricingClass {
    CHIP_0402("chip<=0402", false, 2),
    CHIP_0603("chip0603+", false, 2),
    SOT("active_small", false, 2),
    IC("ic", false, 4),
    QFN("qfn", false, 2),
    /** Fine-pitch ICs (pitch ≤ 0.5 mm: QFP, TSSOP...): 2 pins per point. */
    QFP_FINE("qfp_fine", false, 2),
    BGA("bga", false, 3),
    THT_ACTIVE("tht_active", true, 1),
    THT_DISCRETE("tht_discrete", true, 1);

    /** Chip sizes of the assembly classifier priced as ≤0402. */
    private static final Set<String> SMALL_CHIPS = Set.of("01005", "0201", "0402");
    /** Through-hole parts with more pins than this are connectors / ICs (active), fewer are discretes. */
    private static final int THT_DISCRETE_MAX_PINS = 4;

    private final String key;
    private final boolean tht;
    private final int jointsPerPoint;

    PricingClass(String key, boolean tht, int jointsPerPoint) {
        this.key = key;
        this.tht = tht;
        this.jointsPerPoint = jointsPerPoint;
    }

    /** The key used in rate tables ({@code attrition.chip<=0402}). */
    public String key() {
        return key;
    }

    public boolean tht() {
        return tht;
    }

    /** CN points of one part with this many joints (pads, balls). */
    public double points(int joints) {
        return (double) joints / jointsPerPoint;
    }

    /**
     * The pricing class of a part the assembly readers classified, with its mount type and joints:
     * through-hole parts are active above {@value #THT_DISCRETE_MAX_PINS} pins (headers, connectors,
     * DIPs) and discrete otherwise; ≤0402 chips apart from larger chips; SOT and SOD small actives;
     * SOIC and QFP ICs, fine-pitch when their pitch is 0.5 mm or less; QFN; BGA; any other SMT part
     * priced as a 0603+ chip (its points still count its joints).
     */
    public static PricingClass of(PackageClass pc, MountType mount, int joints) {
        String name = pc.name();
        if (mount == MountType.THT) {
            return joints > THT_DISCRETE_MAX_PINS ? THT_ACTIVE : THT_DISCRETE;
        }
        if (SMALL_CHIPS.contains(name)) {
            return CHIP_0402;
        }
        return switch (name) {
            case "SOT", "SOD" -> SOT;
            case "SOIC", "QFP" -> pc.finePitch() ? QFP_FINE : IC;
            case "QFN" -> QFN;
            case "BGA" -> BGA;
            default -> CHIP_0603;
        };
    }

    /** The pricing class of a fitted part. */
    public static PricingClass of(PlacedPart part) {
        return of(part.pkg(), part.mount(), part.joints());
    }

    /** The class of a rate-table key ({@code chip<=0402}) or enum name, or {@code null}. */
    public static PricingClass byKey(String key) {
        if (key == null) {
            return null;
        }
        String k = key.trim().toLowerCase(Locale.ROOT);
        for (PricingClass c : values()) {
            if (c.key.equals(k) || c.name().equalsIgnoreCase(k)) {
                return c;
            }
        }
        return null;
    }
}
