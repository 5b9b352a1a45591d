package com.fabwright.assembly.table;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Matches header cells to fields by synonyms. A header cell is normalised (lower case, bracketed
 * unit hints such as {@code (mm)} removed, only letters and digits kept: {@code "Mid X (mil)"} is
 * {@code midx}); an exact synonym scores 1.0 for the first synonym of a field and a little less for
 * later ones (so {@code Mid X} beats {@code Ref X} for the centroid), a cell that starts with a
 * synonym of three letters or more scores 0.6. Each column goes to at most one field, best scores
 * first.
 *
 * @param <F> the field type
 */
public final class ColumnMatcher<F extends Enum<F>> {
    private final Class<F> type;
    private final Map<F, List<String>> synonyms;
    private final Set<F> required;

    /**
     * @param synonyms normalised synonyms per field, most specific first
     * @param required fields without which a row is not a header
     */
    public ColumnMatcher(Class<F> type, Map<F, List<String>> synonyms, Set<F> required) {
        this.type = type;
        this.synonyms = Map.copyOf(synonyms);
        this.required = Set.copyOf(required);
    }

    /** The normalised form of a header cell. */
    public static String normalise(String cell) {
        String s = cell.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)|\\[[^]]*]", "");
        return s.replaceAll("[^a-z0-9]", "");
    }

    /** The mapping of one header row, with the user's override applied. */
    public ColumnMapping<F> match(Table.Row row, ColumnOverride<F> override) {
        List<String> header = row.cells();
        Map<F, Integer> columns = new EnumMap<>(type);
        Map<F, Double> confidence = new EnumMap<>(type);
        Set<Integer> taken = new HashSet<>();
        // Best (field, column) pairs first.
        for (int round = 0; round < synonyms.size() * header.size() + 1; round++) {
            F bestField = null;
            int bestCol = -1;
            double best = 0;
            for (Map.Entry<F, List<String>> e : synonyms.entrySet()) {
                if (columns.containsKey(e.getKey())) {
                    continue;
                }
                for (int c = 0; c < header.size(); c++) {
                    if (taken.contains(c)) {
                        continue;
                    }
                    double s = score(normalise(header.get(c)), e.getValue());
                    if (s > best) {
                        best = s;
                        bestField = e.getKey();
                        bestCol = c;
                    }
                }
            }
            if (bestField == null) {
                break;
            }
            columns.put(bestField, bestCol);
            confidence.put(bestField, best);
            taken.add(bestCol);
        }
        override.columns().forEach((field, spec) -> {
            columns.remove(field);
            confidence.remove(field);
            int c = spec.isBlank() ? -1 : ColumnOverride.resolve(spec, header);
            if (c >= 0) {
                columns.values().removeIf(v -> v == c);
                columns.put(field, c);
                confidence.put(field, 1.0);
            }
        });
        double sum = 0;
        boolean complete = true;
        for (F f : required) {
            Double c = confidence.get(f);
            complete &= c != null;
            sum += c == null ? 0 : c;
        }
        double overall = complete && !required.isEmpty() ? sum / required.size() : 0;
        return new ColumnMapping<>(row.line(), header, columns, confidence, overall);
    }

    static double score(String cell, List<String> words) {
        if (cell.isEmpty()) {
            return 0;
        }
        for (int i = 0; i < words.size(); i++) {
            if (cell.equals(words.get(i))) {
                return 1.0 - 0.01 * i;
            }
        }
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (w.length() >= 3 && cell.startsWith(w)) {
                return 0.6 - 0.01 * i;
            }
        }
        return 0;
    }
}
