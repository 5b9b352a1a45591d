package com.fabwright.quote;

import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.MountType;
import com.fabwright.assembly.PackageClass;
import com.fabwright.assembly.PackageClassifier;
import com.fabwright.assembly.PlacedPart;
import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomLine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a quote takes from a job's BOM and CPL ({@link AssemblyData}, the assembly readers): the
 * assembly figures (counts from {@link AssemblyStatistics}, CN points part by part) and one component
 * line per fitted BOM line (catalogue key, qty per board, pricing class and joints of its parts),
 * still without prices ({@link com.fabwright.store.PartsCatalogue#price} fills them).
 *
 * @param figures the assembly figures ({@link AssemblyFigures#NONE} without BOM and placements)
 * @param lines   one component line per fitted BOM line, in BOM order (empty without a BOM)
 */
public record AssemblyInputs(AssemblyFigures figures, List<ComponentLine> lines) {
    public AssemblyInputs {
        lines = List.copyOf(lines);
    }

    /** No BOM, no placements. */
    public static final AssemblyInputs NONE = new AssemblyInputs(AssemblyFigures.NONE, List.of());

    /** The inputs of a job's assembly data. */
    public static AssemblyInputs of(AssemblyData data) {
        AssemblyStatistics s = data.statistics();
        if (s == null) {
            return NONE;
        }
        List<PlacedPart> parts = data.parts();
        Map<String, PlacedPart> byRef = new HashMap<>();
        parts.forEach(p -> byRef.putIfAbsent(key(p.placement().refdes()), p));
        Bom bom = data.bom();
        List<ComponentLine> lines = new ArrayList<>();
        int thtLines = 0;
        if (bom != null) {
            for (BomLine l : bom.lines()) {
                if (!l.dnp()) {
                    ComponentLine c = line(l, byRef);
                    lines.add(c);
                    thtLines += c.pkg().tht() ? 1 : 0;
                }
            }
        } else {
            Set<String> seen = new HashSet<>();
            for (PlacedPart p : parts) {
                if (p.mount() == MountType.THT && seen.add(p.placement().value() + "|" + p.placement().footprint())) {
                    thtLines++;
                }
            }
        }
        if (parts.isEmpty()) {
            String src = JobAssembly.fileName(bom.source()) + " (BOM only, no placements)";
            return new AssemblyInputs(AssemblyFigures.of(lines, 1, src), lines);
        }
        return new AssemblyInputs(AssemblyFigures.of(s, parts, Math.min(thtLines, s.uniqueLines())), lines);
    }

    /**
     * The component line of a fitted BOM line: keyed by its MPN, else by its value (a BOM without an
     * MPN column, as KiCad writes by default); classified by its first placed part, else by its own
     * footprint (and then said "not in the placements" when there are placements: a board-less item
     * such as a logo or a mounting hole, or a part the CPL misses).
     */
    static ComponentLine line(BomLine l, Map<String, PlacedPart> byRef) {
        PlacedPart placed = null;
        for (String r : l.refdes()) {
            placed = byRef.get(key(r));
            if (placed != null) {
                break;
            }
        }
        PricingClass pc;
        int joints;
        if (placed != null) {
            pc = PricingClass.of(placed);
            joints = placed.joints();
        } else {
            PackageClass own = PackageClassifier.classify(l.footprint() != null ? l.footprint() : l.value(), List.of());
            joints = own.pins() != null ? own.pins() : 2;
            pc = PricingClass.of(own, own.mount() == MountType.UNKNOWN ? MountType.SMT : own.mount(), joints);
        }
        boolean byMpn = l.mpn() != null && !l.mpn().isBlank();
        String key = byMpn ? l.mpn().trim() : l.value() == null || l.value().isBlank() ? null : l.value().trim();
        String name = refs(l) + (byMpn || key == null ? "" : "; value, no MPN")
                + (placed == null && !byRef.isEmpty() ? "; not in the placements" : "");
        return new ComponentLine(name, key, l.placements(), pc, joints, false, null);
    }

    /** Designators in short: the first three and how many more, or the BOM line number. */
    private static String refs(BomLine l) {
        if (l.refdes().isEmpty()) {
            return "BOM line " + l.line();
        }
        String head = String.join(" ", l.refdes().subList(0, Math.min(3, l.refdes().size())));
        return l.refdes().size() > 3 ? head + " +" + (l.refdes().size() - 3) : head;
    }

    private static String key(String refdes) {
        return refdes.toUpperCase(Locale.ROOT);
    }
}
