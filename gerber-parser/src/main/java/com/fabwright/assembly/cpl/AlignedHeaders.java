package com.fabwright.assembly.cpl;

import com.fabwright.assembly.table.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whitespace-aligned placement files (Altium/Protel {@code .txt}) have two-word column names
 * ({@code Mid X}, {@code Ref Y}) that a blank split breaks apart; this glues a lone {@code X} or
 * {@code Y} to the word before it. In data rows, cells beyond the header's count are joined into the
 * last column (a comment such as {@code 1K 1%}).
 */
final class AlignedHeaders {
    private static final Set<String> AXIS = Set.of("x", "y");

    private AlignedHeaders() {
    }

    static Table merge(Table t) {
        List<Table.Row> rows = new ArrayList<>();
        int headerWidth = -1;
        for (Table.Row r : t.rows()) {
            List<String> cells = glue(r.cells());
            boolean header = cells.size() != r.cells().size();
            if (header) {
                headerWidth = cells.size();
            } else if (headerWidth > 0 && cells.size() > headerWidth) {
                List<String> joined = new ArrayList<>(cells.subList(0, headerWidth - 1));
                joined.add(String.join(" ", cells.subList(headerWidth - 1, cells.size())));
                cells = joined;
            }
            rows.add(new Table.Row(r.line(), cells, r.comment()));
        }
        return new Table(t.file(), t.format(), t.encoding(), rows, t.diagnostics());
    }

    private static List<String> glue(List<String> cells) {
        List<String> out = new ArrayList<>();
        for (String c : cells) {
            if (!out.isEmpty() && AXIS.contains(c.toLowerCase(Locale.ROOT)) && out.get(out.size() - 1).matches("[A-Za-z]+")) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + c);
            } else {
                out.add(c);
            }
        }
        return out;
    }
}
