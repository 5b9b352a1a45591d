package com.fabwright.assembly;

import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;

/**
 * What a job says about its parts: the placement files read (CPL files and Gerber X3 component
 * layers), the BOMs, the pads of the copper layers, and the statistics of the placements used.
 *
 * @param placementFiles every placement source read, in job order
 * @param placements     the placements used: those of the first CPL file, else of the X3 component
 *                       layers together (a job often holds both; they describe the same parts)
 * @param placementSource the file name(s) {@code placements} come from, or {@code null}
 * @param boms           every BOM read
 * @param pads           pads of the outer copper layers by designator ({@code .P})
 * @param statistics     statistics of {@code placements} with the first BOM, or {@code null} without placements
 */
public record AssemblyData(List<PlacementFile> placementFiles, List<Placement> placements, String placementSource,
                           List<Bom> boms, PadIndex pads, AssemblyStatistics statistics) {
    public AssemblyData {
        placementFiles = List.copyOf(placementFiles);
        placements = List.copyOf(placements);
        boms = List.copyOf(boms);
    }

    /** No assembly data. */
    public static AssemblyData none() {
        return new AssemblyData(List.of(), List.of(), null, List.of(), PadIndex.empty(), null);
    }

    /** The first BOM, or {@code null}. */
    public Bom bom() {
        return boms.isEmpty() ? null : boms.get(0);
    }

    /** Whether there is anything to report. */
    public boolean isEmpty() {
        return placementFiles.isEmpty() && boms.isEmpty();
    }

    /** The fitted parts of {@code placements}, classified, with their joints (what {@code statistics} sums). */
    public List<PlacedPart> parts() {
        return AssemblyStatisticsCalculator.parts(placements, bom(), pads);
    }

    /** Every reader diagnostic of the BOM and placement files. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>();
        placementFiles.forEach(p -> all.addAll(p.diagnostics()));
        boms.forEach(b -> all.addAll(b.diagnostics()));
        return all;
    }
}
