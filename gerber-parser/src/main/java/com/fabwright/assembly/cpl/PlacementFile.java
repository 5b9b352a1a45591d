package com.fabwright.assembly.cpl;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.diagnostics.Diagnostic;
import java.util.List;

/**
 * The placements of one file, with how the file was understood.
 *
 * @param source       the file's job path
 * @param format       the dialect recognised: {@code altium}, {@code kicad}, {@code jlc}, {@code allegro},
 *                     {@code geda}, {@code gerber-x3}, {@code generic}
 * @param unit         the length unit the coordinates were read in ({@code null} when no rows were read)
 * @param unitEvidence where the unit comes from (a value suffix, the header, a comment line, a tool default,
 *                     or "assumed")
 * @param placements   the placements, in file order
 * @param diagnostics  what the reader found
 */
public record PlacementFile(String source, String format, LengthUnit unit, String unitEvidence,
                            List<Placement> placements, List<Diagnostic> diagnostics) {
    public PlacementFile {
        placements = List.copyOf(placements);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Placements on one side. */
    public long count(Side side) {
        return placements.stream().filter(p -> p.side() == side).count();
    }
}
