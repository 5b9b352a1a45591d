package com.fabwright.odb.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A file in the ODB++ structured-text syntax: {@code KEY=VALUE} lines at the top level and arrays
 * {@code NAME { KEY=VALUE ... }} (used by {@code matrix/matrix}, {@code stephdr},
 * {@code tools}, {@code misc/info}). Keys are upper-cased; values are kept as written. Lines that
 * fit neither form are ignored, which is how the spec asks readers to treat unknown content.
 *
 * @param values top-level key/value pairs
 * @param arrays the arrays in file order
 */
public record StructuredText(Map<String, String> values, List<Array> arrays) {

    /** One {@code NAME { ... }} array: its name (upper case) and its key/value pairs. */
    public record Array(String name, Map<String, String> values, int line) {
        /** The value, or {@code ""} when absent. */
        public String get(String key) {
            return values.getOrDefault(key, "");
        }

        /** The value as a number, or {@code fallback} when absent or not numeric. */
        public double number(String key, double fallback) {
            return StructuredText.number(values.get(key), fallback);
        }
    }

    /** Parses the text; never throws. */
    public static StructuredText parse(String text) {
        Map<String, String> top = new LinkedHashMap<>();
        List<Array> arrays = new ArrayList<>();
        Map<String, String> current = null;
        String currentName = null;
        int currentLine = 0;
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.endsWith("{")) {
                currentName = line.substring(0, line.length() - 1).trim().toUpperCase(Locale.ROOT);
                current = new LinkedHashMap<>();
                currentLine = i + 1;
            } else if (line.equals("}")) {
                if (current != null) {
                    arrays.add(new Array(currentName, Map.copyOf(current), currentLine));
                }
                current = null;
            } else {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    (current != null ? current : top).put(line.substring(0, eq).trim().toUpperCase(Locale.ROOT),
                            line.substring(eq + 1).trim());
                }
            }
        }
        return new StructuredText(top, arrays);
    }

    /** The top-level value, or {@code ""}. */
    public String get(String key) {
        return values.getOrDefault(key, "");
    }

    /** Arrays of one name. */
    public List<Array> arrays(String name) {
        return arrays.stream().filter(a -> a.name().equals(name)).toList();
    }

    static double number(String v, double fallback) {
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
