package com.fabwright.assembly.bom;

import com.fabwright.assembly.table.ColumnMapping;
import com.fabwright.diagnostics.Diagnostic;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A bill of materials as read: its lines, the column mapping used (with its confidence), and the
 * reader's diagnostics. CLI.md {@code info --json} {@code bom}: {@code lines}, {@code placements},
 * {@code dnp}.
 *
 * @param source      the file's job path
 * @param mapping     the columns used, or {@code null} when no header row was found
 * @param lines       the lines, in file order
 * @param diagnostics what the reader found
 */
public record Bom(String source, ColumnMapping<BomField> mapping, List<BomLine> lines, List<Diagnostic> diagnostics) {
    public Bom {
        lines = List.copyOf(lines);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Designators of fitted lines, in file order, each once. */
    public Set<String> fittedRefdes() {
        Set<String> s = new LinkedHashSet<>();
        lines.stream().filter(l -> !l.dnp()).forEach(l -> s.addAll(l.refdes()));
        return s;
    }

    /** Designators of DNP lines, each once. */
    public Set<String> dnpRefdes() {
        Set<String> s = new LinkedHashSet<>();
        lines.stream().filter(BomLine::dnp).forEach(l -> s.addAll(l.refdes()));
        return s;
    }

    /** Parts to place: designators (or quantities) of fitted lines. */
    public int placements() {
        return lines.stream().filter(l -> !l.dnp()).mapToInt(BomLine::placements).sum();
    }

    /** Parts not to place. */
    public int dnp() {
        return lines.stream().filter(BomLine::dnp).mapToInt(BomLine::placements).sum();
    }

    /** Fitted lines (distinct parts to set up feeders for). */
    public int fittedLines() {
        return (int) lines.stream().filter(l -> !l.dnp()).count();
    }
}
