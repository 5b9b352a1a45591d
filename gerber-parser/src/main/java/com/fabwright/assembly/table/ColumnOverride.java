package com.fabwright.assembly.table;

import java.util.Map;

/**
 * A user's correction of a column mapping, as data so that it can be stored per customer and applied
 * to the next file from the same source: field to the column it lives in, named by its header text
 * (matched ignoring case and surrounding blanks) or by {@code #N} (1-based column number). Fields
 * not named keep the automatic match; a field mapped to the empty string is unmapped.
 *
 * @param <F>     the field type
 * @param columns field to header text or {@code #N}
 */
public record ColumnOverride<F extends Enum<F>>(Map<F, String> columns) {
    public ColumnOverride {
        columns = Map.copyOf(columns);
    }

    /** No correction. */
    public static <F extends Enum<F>> ColumnOverride<F> none() {
        return new ColumnOverride<F>(Map.<F, String>of());
    }

    /** The column index {@code spec} names in {@code header}, or -1. */
    static int resolve(String spec, java.util.List<String> header) {
        String s = spec.strip();
        if (s.matches("#\\d{1,3}")) {
            return Integer.parseInt(s.substring(1)) - 1;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equalsIgnoreCase(s)) {
                return i;
            }
        }
        return -1;
    }
}
