package com.fabwright.assembly;

import com.fabwright.assembly.bom.Bom;
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
        Set<String> dnp = new HashSet<>();
        if (bom != null) {
            bom.dnpRefdes().forEach(r -> dnp.add(r.toUpperCase(Locale.ROOT)));
        }
        int top = 0, bottom = 0, smt = 0, tht = 0, smtJoints = 0, thtPins = 0, fine = 0, bga = 0;
        Map<String, Integer> classes = new TreeMap<>();
        Set<String> lines = new HashSet<>();
        for (Placement p : placements) {
            if (dnp.contains(p.refdes().toUpperCase(Locale.ROOT))) {
                continue;
            }
            List<Pad> own = pads.of(p.refdes());
            PackageClass pc = PackageClassifier.classify(p.footprint() != null ? p.footprint() : p.value(), own);
            MountType mount = mount(p, own, pc);
            if (p.side() == Side.TOP) {
                top++;
            } else {
                bottom++;
            }
            int joints = pc.pins() != null ? pc.pins() : 2;
            if (mount == MountType.THT) {
                tht++;
                thtPins += joints;
            } else {
                smt++;
                smtJoints += joints;
            }
            fine += pc.finePitch() ? 1 : 0;
            bga += pc.name().equals("BGA") ? 1 : 0;
            classes.merge(pc.name().equals("THT") && mount == MountType.SMT ? "OTHER" : pc.name(), 1, Integer::sum);
            lines.add((p.value() == null ? "" : p.value()) + "|" + (p.footprint() == null ? "" : p.footprint()));
        }
        int unique = bom != null && bom.fittedLines() > 0 ? bom.fittedLines() : lines.size();
        return new AssemblyStatistics(top, bottom, smt, tht, unique, smtJoints, thtPins, fine, bga, classes,
                top > 0 && bottom > 0, source);
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
