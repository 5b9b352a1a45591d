package com.fabwright.dfa;

import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.Side;
import com.fabwright.board.Board;
import com.fabwright.image.Image;

/**
 * What the cross-check reads: the job's assembly data, its board (outline, drills) and the images
 * of the outer copper and paste layers ({@code null} when absent).
 *
 * @param assembly     BOM, placements and pads
 * @param board        the board
 * @param topCopper    top copper image, or {@code null}
 * @param bottomCopper bottom copper image, or {@code null}
 * @param topPaste     top paste image, or {@code null}
 * @param bottomPaste  bottom paste image, or {@code null}
 */
public record CrossCheckInput(AssemblyData assembly, Board board, Image topCopper, Image bottomCopper,
                             Image topPaste, Image bottomPaste) {

    /** The input of a loaded job: its board, outer copper and paste images, and its assembly data. */
    public static CrossCheckInput of(com.fabwright.job.Job job, AssemblyData assembly) {
        return of(job.files(), Board.of(job.files(), job.jobFiles()), assembly);
    }

    /** The input of job files (their current identities) with their board. */
    public static CrossCheckInput of(java.util.List<com.fabwright.job.JobFile> files, Board board, AssemblyData assembly) {
        java.util.Map<String, Image> byId = new java.util.HashMap<>();
        for (com.fabwright.job.JobFile f : files) {
            if (f.layer() != null && f.gerber() != null) {
                byId.putIfAbsent(f.layer().id(), f.gerber().image());
            }
        }
        return new CrossCheckInput(assembly, board, byId.get("top-copper"), byId.get("bottom-copper"),
                byId.get("top-paste"), byId.get("bottom-paste"));
    }

    /** The copper image of a side. */
    public Image copper(Side side) {
        return side == Side.TOP ? topCopper : bottomCopper;
    }

    /** The paste image of a side. */
    public Image paste(Side side) {
        return side == Side.TOP ? topPaste : bottomPaste;
    }

    /** The layer id of a side's copper. */
    static String copperId(Side side) {
        return side == Side.TOP ? "top-copper" : "bottom-copper";
    }
}
