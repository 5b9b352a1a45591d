package com.fabwright.board;

import com.fabwright.diagnostics.Diagnostic;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The board edge as found in a job: the contours chained from one layer's draws, which of them
 * bound the board, and where it came from.
 *
 * <p>Size convention: {@link #widthMm()}/{@link #heightMm()} are those of the drawn outline's outer
 * edge, the centre line's bounds widened by half the line width. That is what KiCad reports
 * ({@code BOARD::GetBoardEdgesBoundingBox}, written to the corpus {@code stats.json} as
 * {@code edge_cuts_bbox}): StickHub's Edge.Cuts centre line spans 16.50 x 40.00 mm drawn with a
 * 0.1 mm line and KiCad reports 16.60 x 40.10 mm; flat_hierarchy 160.02 x 99.06 mm with 0.381 mm
 * and KiCad 160.401 x 99.441 mm (docs/decisions/board-outline-size.md). The centre line, which a
 * router follows, is {@link #centreLine()}.
 *
 * @param source      the job path of the layer the outline comes from, or {@code null} when none was found
 * @param contours    every chain found in that layer, closed ones first, largest first
 * @param board       the closed contours that bound the board (outer contours, not cut-outs inside another)
 * @param closed      whether every chain of the layer closed (gaps under the tolerance are closed with a warning);
 *                    {@code null} when no outline was found
 * @param evidence    one line saying where the outline comes from
 * @param diagnostics gaps closed ({@code BRD-W001}), chains left open ({@code BRD-W002}), fallbacks
 */
public record Outline(String source, List<OutlineContour> contours, List<OutlineContour> board, Boolean closed,
                      String evidence, List<Diagnostic> diagnostics) {
    public Outline {
        contours = List.copyOf(contours);
        board = List.copyOf(board);
        diagnostics = List.copyOf(diagnostics);
    }

    /** No outline anywhere in the job. */
    public static Outline none(String evidence, List<Diagnostic> diagnostics) {
        return new Outline(null, List.of(), List.of(), null, evidence, diagnostics);
    }

    /** Whether anything was found. */
    public boolean found() {
        return source != null && !contours.isEmpty();
    }

    /**
     * Bounds of the centre line of the board contours, or of every chain when none closed; a null
     * envelope when nothing was found.
     */
    public Envelope centreLine() {
        Envelope e = new Envelope();
        (board.isEmpty() ? contours : board).forEach(c -> e.expandToInclude(c.bounds()));
        return e;
    }

    /** Bounds of the outer edge of the drawn outline (the size convention above). */
    public Envelope outerEdge() {
        Envelope e = new Envelope();
        (board.isEmpty() ? contours : board).forEach(c -> e.expandToInclude(c.outerBounds()));
        return e;
    }

    /** Board width in mm (outer edge), or {@code null}. */
    public Double widthMm() {
        Envelope e = outerEdge();
        return e.isNull() ? null : e.getWidth();
    }

    /** Board height in mm (outer edge), or {@code null}. */
    public Double heightMm() {
        Envelope e = outerEdge();
        return e.isNull() ? null : e.getHeight();
    }
}
