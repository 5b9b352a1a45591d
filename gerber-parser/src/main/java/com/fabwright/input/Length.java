package com.fabwright.input;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lengths as people write them, on the command line, in DFM profiles and in the quote inputs:
 * {@code 0.1mm}, {@code 4mil}, {@code 0.004in}, {@code 25um}; a bare number is millimetres (CLI.md).
 * The one parser of the {@code Length} value DESIGN.md asks for.
 */
public final class Length {
    private static final Pattern LENGTH =
            Pattern.compile("([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)\\s*(mm|mil|mils|in|inch|um|µm)?");

    private Length() {
    }

    /** The length in millimetres; throws IllegalArgumentException naming the text when malformed. */
    public static double parseMm(String text) {
        Matcher m = LENGTH.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a length (examples: 0.1mm, 4mil, 0.004in, 2.5)");
        }
        double value = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "mm" : m.group(2);
        double mm = switch (unit) {
            case "mil", "mils" -> value * 0.0254;
            case "in", "inch" -> value * 25.4;
            case "um", "µm" -> value / 1000.0;
            default -> value;
        };
        if (!Double.isFinite(mm)) {
            throw new IllegalArgumentException("'" + text + "' is not a finite length");
        }
        return mm;
    }
}
