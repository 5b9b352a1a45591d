package com.fabwright.dfa;

import com.fabwright.assembly.Pad;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomLine;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * BOM against placements: designators of fitted BOM lines that are not placed
 * ({@code assembly.bom-not-placed}, error) and placed parts the BOM does not list
 * ({@code assembly.placed-not-in-bom}, warning), pairs that differ only in case or decoration
 * ({@code assembly.refdes-near-miss}, warning, instead of the two), DNP parts in the placements
 * ({@code assembly.dnp-placed}, warning: the machine program must skip them), and designators
 * placed twice or listed twice ({@code assembly.duplicate-refdes}, error).
 *
 * <p>A fitted BOM designator with no placement and no copper pads in a job whose copper carries
 * {@code .P} pad attributes is a board-less item (a mounting hole, a logo, a label) and is not
 * reported: the copper proves it has nothing to solder.
 */
final class RefdesCheck {
    private RefdesCheck() {
    }

    static List<Violation> run(CrossCheckInput in) {
        List<Violation> out = new ArrayList<>();
        List<Placement> placements = in.assembly().placements();
        duplicatesPlaced(placements, out);
        Bom bom = in.assembly().bom();
        if (bom == null || placements.isEmpty()) {
            return out;
        }
        Map<String, BomLine> fitted = new LinkedHashMap<>();
        Map<String, BomLine> dnp = new HashMap<>();
        Map<String, List<Integer>> listed = new LinkedHashMap<>();
        for (BomLine l : bom.lines()) {
            for (String r : l.refdes()) {
                (l.dnp() ? dnp : fitted).putIfAbsent(r, l);
                if (!l.dnp()) {
                    listed.computeIfAbsent(r, k -> new ArrayList<>()).add(l.line());
                }
            }
        }
        listed.forEach((r, lines) -> {
            if (lines.size() > 1) {
                out.add(Findings.bom(AssemblyRules.DUPLICATE_REFDES, Severity.ERROR, r, bom.source(), lines.get(1),
                        r + " is listed " + lines.size() + " times in the BOM (lines "
                                + lines.stream().distinct().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ")"));
            }
        });
        Map<String, Placement> placed = new LinkedHashMap<>();
        placements.forEach(p -> placed.putIfAbsent(p.refdes(), p));
        Map<String, String> placedByKey = new HashMap<>();
        placed.keySet().forEach(r -> placedByKey.putIfAbsent(RefdesKey.of(r), r));
        Map<String, String> nearMissed = new HashMap<>();
        for (Map.Entry<String, BomLine> e : fitted.entrySet()) {
            String r = e.getKey();
            if (placed.containsKey(r)) {
                continue;
            }
            String near = placedByKey.get(RefdesKey.of(r));
            if (near != null && !fitted.containsKey(near)) {
                nearMissed.put(near, r);
                out.add(Findings.at(AssemblyRules.REFDES_NEAR_MISS, Severity.WARNING, placed.get(near), List.of(), null, null,
                        "BOM designator " + r + " (line " + e.getValue().line() + ") is placed as " + near
                                + "; the names differ only in case or decoration"));
                continue;
            }
            List<Pad> pads = in.assembly().pads().of(r);
            if (pads.isEmpty() && !in.assembly().pads().isEmpty()) {
                continue;
            }
            String why = notMachinePlaced(e.getValue(), pads);
            out.add(Findings.bom(AssemblyRules.BOM_NOT_PLACED, why == null ? Severity.ERROR : Severity.INFO, r, bom.source(),
                    e.getValue().line(), r + " is fitted in the BOM (line " + e.getValue().line() + ") but has no placement"
                            + (pads.isEmpty() ? "" : "; it has " + pads.size() + " pad(s) on the copper")
                            + (why == null ? "" : " (" + why + ")")));
        }
        for (Placement p : placed.values()) {
            if (fitted.containsKey(p.refdes()) || nearMissed.containsKey(p.refdes())) {
                continue;
            }
            if (dnp.containsKey(p.refdes())) {
                out.add(Findings.at(AssemblyRules.DNP_PLACED, Severity.WARNING, p, List.of(), null, null,
                        p.refdes() + " is DNP in the BOM (line " + dnp.get(p.refdes()).line()
                                + ") but has a placement; the machine program must skip it"));
            } else {
                out.add(Findings.at(AssemblyRules.PLACED_NOT_IN_BOM, Severity.WARNING, p, List.of(), null, null,
                        p.refdes() + " is placed but not in the BOM: no part to load for it"));
            }
        }
        return out;
    }

    /**
     * Why a BOM part without a placement needs none from the machine, or {@code null}: copper-only
     * footprints (PCB-trace connectors, solder jumpers, logos, test pads, mounting holes) and
     * through-hole parts (pads on both copper sides), which are inserted by hand or wave soldered.
     */
    static String notMachinePlaced(BomLine l, List<Pad> pads) {
        String fp = ((l.footprint() == null ? "" : l.footprint()) + " " + (l.value() == null ? "" : l.value()))
                .toLowerCase(java.util.Locale.ROOT);
        if (COPPER_ONLY.matcher(fp).find()) {
            return "copper-only footprint, nothing to place";
        }
        boolean top = pads.stream().anyMatch(p -> p.side() == com.fabwright.assembly.Side.TOP);
        boolean bottom = pads.stream().anyMatch(p -> p.side() == com.fabwright.assembly.Side.BOTTOM);
        return top && bottom ? "through-hole: hand insertion or wave" : null;
    }

    private static final java.util.regex.Pattern COPPER_ONLY = java.util.regex.Pattern.compile(
            "pcb_?traces|solder_?pads|solder_?jumper|jumper|(^|:)jp-\\d|board_?edge|testpoint_pad|logo|mountinghole|mounting_hole|net_?tie|card_?edge|edge_?connector");

    private static void duplicatesPlaced(List<Placement> placements, List<Violation> out) {
        Map<String, Placement> seen = new HashMap<>();
        for (Placement p : placements) {
            Placement first = seen.putIfAbsent(p.refdes(), p);
            if (first != null) {
                out.add(Findings.at(AssemblyRules.DUPLICATE_REFDES, Severity.ERROR, p, List.of(), null, null,
                        p.refdes() + " is placed twice (" + Findings.place(first.source(), first.line()) + " and "
                                + Findings.place(p.source(), p.line()) + ")"));
            }
        }
    }
}
