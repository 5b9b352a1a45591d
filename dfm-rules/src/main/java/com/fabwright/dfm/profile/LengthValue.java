package com.fabwright.dfm.profile;

import java.util.Locale;

/**
 * Lengths as profiles write them: {@code "0.127mm"}, {@code "4mil"}, {@code "0.004in"},
 * {@code "10um"}, or a bare number (millimetres, or a plain ratio for rules like
 * {@code drill.aspect-ratio}). The same units the command line accepts (CLI.md).
 */
public final class LengthValue {
    private LengthValue() {
    }

    /** The value in millimetres; throws {@link IllegalArgumentException} naming the text when malformed. */
    public static double parseMm(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace(" ", "");
        double factor = 1;
        String num = t;
        if (t.endsWith("mm")) {
            num = t.substring(0, t.length() - 2);
        } else if (t.endsWith("mil")) {
            num = t.substring(0, t.length() - 3);
            factor = 0.0254;
        } else if (t.endsWith("in")) {
            num = t.substring(0, t.length() - 2);
            factor = 25.4;
        } else if (t.endsWith("um") || t.endsWith("µm")) {
            num = t.substring(0, t.length() - 2);
            factor = 0.001;
        }
        try {
            double v = Double.parseDouble(num) * factor;
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a length: \"" + text + "\" (use 0.1mm, 4mil, 0.004in or a bare number of mm)");
        }
    }
}
