package com.fabwright.assembly.table;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column of a table holds which field, as found from a header row (or corrected by the user),
 * with how sure the match is.
 *
 * @param <F>        the field type ({@code BomField}, {@code CplField})
 * @param headerLine 1-based line or row of the header in the file
 * @param header     the header cells as written
 * @param columns    field to 0-based column index
 * @param confidence field to match confidence 0..1 (1 = exact synonym, 1.0 also for a user's override)
 * @param overall    confidence of the mapping as a whole: mean confidence of the required fields,
 *                   0 when one is missing
 */
public record ColumnMapping<F extends Enum<F>>(int headerLine, List<String> header, Map<F, Integer> columns,
                                               Map<F, Double> confidence, double overall) {
    public ColumnMapping {
        header = List.copyOf(header);
        columns = Map.copyOf(columns);
        confidence = Map.copyOf(confidence);
    }

    /** The column of a field, if mapped. */
    public Optional<Integer> column(F field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** Whether the field is mapped. */
    public boolean has(F field) {
        return columns.containsKey(field);
    }

    /** The header text of a field's column, or {@code null}. */
    public String headerOf(F field) {
        Integer c = columns.get(field);
        return c == null || c >= header.size() ? null : header.get(c);
    }
}
