package com.fabwright.excellon;

import java.util.List;

/**
 * The outcome of the format search for one drill file.
 *
 * @param file        the chosen reading, with the resolver's verdict among its diagnostics
 * @param confidence  0..1: the score margin over the next different reading, among the holes the two
 *                    readings place differently, when pads decided; 1 when the
 *                    file stated its format and the copper did not contradict it; 1/n among n plausible
 *                    readings when there were no pads to align with
 * @param searched    whether several readings were compared
 * @param ranking     the readings compared, best first (empty when not searched)
 */
public record FormatResolution(DrillFile file, double confidence, boolean searched, List<Candidate> ranking) {
    public FormatResolution {
        ranking = List.copyOf(ranking);
    }

    /** One reading: its format, the fraction of holes on pads (NaN without pads), and whether its extent is plausible. */
    public record Candidate(ExcellonFormat format, double score, boolean plausible) {
    }

    /** The chosen format. */
    public ExcellonFormat format() {
        return file.format();
    }
}
