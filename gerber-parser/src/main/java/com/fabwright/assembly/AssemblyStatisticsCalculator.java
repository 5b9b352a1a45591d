package com.fabwright.assembly;

import com.fabwright.assembly.bom.Bom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes {@link AssemblyStatistics} from placements, the BOM (for DNP and unique lines, may be
 * {@code null}) and the pads (for joints, pitch, ball counts; may be empty). DNP parts of the BOM are
 * not counted. Mount type: the placement's when known, else through-hole when a pad of the part is on
 * both copper sides (a plated pin), else the package class's. Joints: pad count, else the pins the
 * name gives, else 2.
 */
public final class AssemblyStatisticsCalculator {
    private AssemblyStatisticsCalculator() {
    }

    public static AssemblyStatistics compute(List<Placement> placements, Bom bom, PadIndex pads, String source) {
        int top = 0, bottom = 0, smt = 0, tht = 0, smtJoints = 0, thtPins = 0, fine = 0, bga = 0;
        Map<String, Integer> classes = new TreeMap<>();
        Set<String> lines = new HashSet<>();
        for (PlacedPart part : parts(placements, bom, pads)) {
            Placement p = part.placement();
            PackageClass pc = part.pkg();
            if (p.side() == Side.TOP) {
                top++;
            } else {
                bottom++;
            }
            if (part.mount() == MountType.THT) {
                tht++;
                thtPins += part.joints();
            } else {
                smt++;
                smtJoints += part.joints();
            }
            fine += pc.finePitch() ? 1 : 0;
            bga += pc.name().equals("BGA") ? 1 : 0;
            classes.merge(pc.name().equals("THT") && part.mount() == MountType.SMT ? "OTHER" : pc.name(), 1, Integer::sum);
            lines.add((p.value() == null ? "" : p.value()) + "|" + (p.footprint() == null ? "" : p.footprint()));
        }
        int unique = bom != null && bom.fittedLines() > 0 ? bom.fittedLines() : lines.size();
        return new AssemblyStatistics(top, bottom, smt, tht, unique, smtJoints, thtPins, fine, bga, classes,
                top > 0 && bottom > 0, source);
    }

    /**
     * The fitted parts of the placements (DNP parts of the BOM left out), each classified with its
     * pads, its mount type decided and its joints counted: what {@link #compute} sums.
     */
    public static List<PlacedPart> parts(List<Placement> placements, Bom bom, PadIndex pads) {
        Set<String> dnp = new HashSet<>();
        if (bom != null) {
            bom.dnpRefdes().forEach(r -> dnp.add(r.toUpperCase(Locale.ROOT)));
        }
        List<PlacedPart> out = new ArrayList<>();
        for (Placement p : placements) {
            if (dnp.contains(p.refdes().toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<Pad> own = pads.of(p.refdes());
            PackageClass pc = PackageClassifier.classify(p.footprint() != null ? p.footprint() : p.value(), own);
            out.add(new PlacedPart(p, pc, mount(p, own, pc), pc.pins() != null ? pc.pins() : 2));
        }
        return out;
    }

    /** The mount type of a placement: stated, from pads on both sides, or from the package. */
    public static MountType mount(Placement p, List<Pad> own, PackageClass pc) {
        if (p.mount() != MountType.UNKNOWN) {
            return p.mount();
        }
        if (!own.isEmpty()) {
            boolean both = own.stream().anyMatch(a -> a.side() == Side.TOP) && own.stream().anyMatch(a -> a.side() == Side.BOTTOM);
            return both ? MountType.THT : MountType.SMT;
        }
        return pc.mount() == MountType.UNKNOWN ? MountType.SMT : pc.mount();
    }
}
