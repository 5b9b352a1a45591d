package com.fabwright.quote;

import java.util.Locale;

/** Number formatting for basis texts (plain, locale-independent). */
final class Fmt {
    private Fmt() {
    }

    static String n(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(v));
        }
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.2f", v);
        }
        return java.math.BigDecimal.valueOf(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
