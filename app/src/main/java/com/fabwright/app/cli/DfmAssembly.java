package com.fabwright.app.cli;

import com.fabwright.app.job.Job;
import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.Placement;
import com.fabwright.dfa.AssemblyCrossCheck;
import com.fabwright.dfa.AssemblyRules;
import com.fabwright.dfa.CrossCheckInput;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.Violation;
import com.fabwright.odb.OdbJobFiles;
import java.util.List;
import java.util.Set;

/**
 * The assembly side of a {@code fabwright dfm} run: the placements the DFM rules measure (the job's
 * CPL files, {@code --cpl}, X3 component layers, else the components of its ODB++ product) and the
 * BOM/CPL cross-check findings, which join the DFM findings. The cross-check's
 * {@code assembly.centroid-off-pad} (own {@code .P} pads, SMD/THT, sides) supersedes the DFM rule
 * of that id whenever the cross-check ran (docs/dfm.md "Assembly findings").
 *
 * @param placements the placements, empty when the job has none
 * @param findings   the cross-check findings, empty when it did not run
 * @param crossCheck whether the cross-check ran (CPL/BOM data present)
 */
record DfmAssembly(List<Placement> placements, List<Violation> findings, boolean crossCheck) {
    /** DFM rule ids whose findings the cross-check replaces. */
    static final Set<String> SUPERSEDED = Set.of(AssemblyRules.CENTROID_OFF_PAD);

    DfmAssembly {
        placements = List.copyOf(placements);
        findings = List.copyOf(findings);
    }

    /** The placements and cross-check findings of a loaded job with its assembly data. */
    static DfmAssembly of(Job loaded, AssemblyData data) {
        if (loaded.source() == null) {
            return new DfmAssembly(List.of(), List.of(), false);
        }
        if (data.isEmpty()) {
            return new DfmAssembly(OdbJobFiles.placements(loaded.source()), List.of(), false);
        }
        List<Violation> found = AssemblyCrossCheck.run(CrossCheckInput.of(
                loaded.files().stream().map(f -> f.source()).toList(), loaded.board(), data));
        return new DfmAssembly(data.placements(), found, true);
    }

    /** The DFM result with the cross-check findings, without the DFM rule findings they supersede. */
    DfmResult merge(DfmResult result) {
        return crossCheck ? result.withFindings(findings, SUPERSEDED) : result;
    }
}
