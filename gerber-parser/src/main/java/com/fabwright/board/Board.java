package com.fabwright.board;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.GerberJobFile;
import java.util.List;

/**
 * The board a job describes (DESIGN.md "The data path"): its copper stack-up in order from the
 * top, its outline, its drill layers and hole table, and what the Gerber job file says about
 * thickness and finish. Built by {@link BoardBuilder} from the identified files; rebuilt when the
 * user corrects an identification.
 *
 * <p>Diagnostic codes ({@code BRD-}): W001 outline gap closed; W002 outline chain left open; W003
 * no outline layer (or it never closes), edge taken from a contour in another layer; W004 no outline
 * found, or the outline layer does not span the copper; W005 drill
 * layer holding the same holes as another, not counted twice; W006 copper layer count of the job
 * file and of the files disagree; W007 holes of unknown plating; W008 an ODB++ product and Gerber/Excellon layers in one job, the board
 * built from the Gerber/Excellon ones.
 *
 * @param copper         copper layers, top first (by copper index; unnumbered inner layers in path order)
 * @param copperLayers   copper layer count: the {@code .gbrjob}'s when it gives one, else the files'
 * @param copperEvidence where {@code copperLayers} comes from
 * @param outline        the board edge
 * @param drills         drill layers, Excellon first, duplicates marked
 * @param holeTable      holes per tool and totals of the non-duplicate drill layers
 * @param thicknessMm    board thickness from the {@code .gbrjob}, or {@code null}
 * @param finish         surface finish from the {@code .gbrjob}, or {@code null}
 * @param diagnostics    board-level findings
 */
public record Board(List<BoardLayer> copper, int copperLayers, String copperEvidence, Outline outline,
                    List<DrillLayer> drills, HoleTable holeTable, Double thicknessMm, String finish,
                    List<Diagnostic> diagnostics) {

    public Board {
        copper = List.copyOf(copper);
        drills = List.copyOf(drills);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The board of identified job files (their current identities) and job files. */
    public static Board of(List<JobFile> files, List<GerberJobFile> jobFiles) {
        return new BoardBuilder().build(files, jobFiles);
    }

    /** Outer-edge width in mm (see {@link Outline}), or {@code null} without an outline. */
    public Double widthMm() {
        return outline.widthMm();
    }

    /** Outer-edge height in mm, or {@code null} without an outline. */
    public Double heightMm() {
        return outline.heightMm();
    }

    /** Whether the outline closed; {@code null} when there is none. */
    public Boolean outlineClosed() {
        return outline.closed();
    }
}
