package com.fabwright.excellon;

import java.util.Locale;

/**
 * Cadence Allegro's {@code nc_param.txt}, written beside the drill files it configured: the only
 * place Allegro states their format ({@code FORMAT 2.4} or {@code INTEGER-PLACES}/{@code DECIMAL-PLACES},
 * {@code OUTPUT-UNITS ENGLISH|METRIC}, {@code SUPPRESS-LEAD-ZEROES}, {@code SUPPRESS-TRAIL-ZEROES},
 * {@code COORDINATES ABSOLUTE|INCREMENTAL}). Fields the file does not give are {@code null} or -1.
 *
 * @param inch          output units, or {@code null}
 * @param zeros         zero suppression; both suppressions "NO" means full-width numbers, read from the left
 * @param integerDigits integer places, or -1
 * @param decimalDigits decimal places, or -1
 * @param incremental   coordinates mode, or {@code null}
 */
public record NcParameters(Boolean inch, ZeroSuppression zeros, int integerDigits, int decimalDigits, Boolean incremental) {

    /** The usual file name; Allegro writes it in lower case, some archives upper-case it. */
    public static final String FILE_NAME = "nc_param.txt";

    /** Parses the text of an {@code nc_param.txt}; unknown lines are skipped. */
    public static NcParameters parse(String text) {
        Boolean inch = null;
        Boolean lead = null;
        Boolean trail = null;
        Boolean incremental = null;
        int integer = -1;
        int decimal = -1;
        for (String raw : text.split("\\R")) {
            String[] kv = raw.trim().split("\\s+", 2);
            if (kv.length < 2) {
                continue;
            }
            String key = kv[0].toUpperCase(Locale.ROOT);
            String value = kv[1].trim().toUpperCase(Locale.ROOT);
            switch (key) {
                case "OUTPUT-UNITS" -> inch = value.startsWith("ENGLISH") || value.startsWith("INCH")
                        ? Boolean.TRUE : value.startsWith("METRIC") || value.startsWith("MM") ? Boolean.FALSE : null;
                case "SUPPRESS-LEAD-ZEROES" -> lead = value.startsWith("YES");
                case "SUPPRESS-TRAIL-ZEROES" -> trail = value.startsWith("YES");
                case "COORDINATES" -> incremental = value.startsWith("INCREMENTAL");
                case "INTEGER-PLACES" -> integer = digit(value);
                case "DECIMAL-PLACES" -> decimal = digit(value);
                case "FORMAT" -> {
                    String[] d = value.split("[.:]");
                    if (d.length == 2) {
                        integer = digit(d[0]);
                        decimal = digit(d[1]);
                    }
                }
                default -> {
                }
            }
        }
        ZeroSuppression zeros = null;
        if (Boolean.TRUE.equals(lead)) {
            zeros = ZeroSuppression.LEADING_SUPPRESSED;
        } else if (Boolean.TRUE.equals(trail) || lead != null || trail != null) {
            zeros = ZeroSuppression.TRAILING_SUPPRESSED; // trailing suppressed, or nothing suppressed (full width)
        }
        return new NcParameters(inch, zeros, integer, decimal, incremental);
    }

    private static int digit(String s) {
        String t = s.trim();
        return t.length() == 1 && Character.isDigit(t.charAt(0)) ? t.charAt(0) - '0' : -1;
    }
}
