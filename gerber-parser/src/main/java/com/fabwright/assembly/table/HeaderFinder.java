package com.fabwright.assembly.table;

import java.util.Optional;

/**
 * Finds the header row of a table wherever it is (title blocks, logos and revision tables above it
 * are common in ERP exports): the first of the first {@link #SEARCH_ROWS} rows whose cells map the
 * matcher's required fields and at least {@code minFields} fields in all.
 */
public final class HeaderFinder {
    /** Rows searched for a header. */
    public static final int SEARCH_ROWS = 200;

    private HeaderFinder() {
    }

    /** The first header row's index in {@code table.rows()} and its mapping. */
    public static <F extends Enum<F>> Optional<Found<F>> find(Table table, ColumnMatcher<F> matcher,
                                                              ColumnOverride<F> override, int minFields) {
        int n = Math.min(table.rows().size(), SEARCH_ROWS);
        for (int i = 0; i < n; i++) {
            ColumnMapping<F> m = matcher.match(table.rows().get(i), override);
            if (isHeader(m, minFields)) {
                return Optional.of(new Found<>(i, m));
            }
        }
        return Optional.empty();
    }

    /** Whether a mapping looks like a header row. */
    public static <F extends Enum<F>> boolean isHeader(ColumnMapping<F> m, int minFields) {
        long exact = m.confidence().values().stream().filter(c -> c >= 0.9).count();
        return m.overall() > 0 && m.columns().size() >= minFields && exact >= 2;
    }

    /** A header row: its index among the table's rows and its mapping. */
    public record Found<F extends Enum<F>>(int index, ColumnMapping<F> mapping) {
    }
}
