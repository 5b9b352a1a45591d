package com.fabwright.assembly.table;

import com.fabwright.diagnostics.Diagnostic;
import java.util.List;

/**
 * A table read from a file, before any meaning is given to its columns: every row with its
 * 1-based line (text) or row (spreadsheet) number and its cells, in order.
 *
 * @param file        the file's job path, for diagnostics
 * @param format      how it was read: {@code csv ','}, {@code csv ';'}, {@code tsv}, {@code whitespace},
 *                    {@code xlsx}, {@code xls}
 * @param encoding    the character set text was decoded with (empty for spreadsheets)
 * @param rows        the rows, blank rows left out
 * @param diagnostics what the reader assumed or could not read
 */
public record Table(String file, String format, String encoding, List<Row> rows, List<Diagnostic> diagnostics) {
    public Table {
        rows = List.copyOf(rows);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * One row of a table.
     *
     * @param line    1-based line or row number in the file
     * @param cells   cell texts, trimmed, never {@code null}
     * @param comment whether the row was a comment line ({@code #...}) whose marker was stripped:
     *                such rows may be headers (KiCad {@code .pos}, gEDA {@code .xy}) but never data
     */
    public record Row(int line, List<String> cells, boolean comment) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at {@code index}, or the empty string when the row is shorter. */
        public String cell(int index) {
            return index >= 0 && index < cells.size() ? cells.get(index) : "";
        }

        /** Cells that are not empty. */
        public long filled() {
            return cells.stream().filter(c -> !c.isEmpty()).count();
        }
    }
}
