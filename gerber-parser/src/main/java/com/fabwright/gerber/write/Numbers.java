package com.fabwright.gerber.write;

import java.math.BigDecimal;

/** Number formatting shared by the Gerber and Excellon writers: plain decimals, no exponent, no trailing zeros. */
public final class Numbers {
    private Numbers() {
    }

    /** {@code value} rounded to 6 decimals (1 nm in millimetres) without trailing zeros. */
    public static String mm(double value) {
        double r = Math.rint(value * 1e6) / 1e6;
        if (r == 0) {
            return "0";
        }
        String s = BigDecimal.valueOf(r).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
        return s;
    }

    /** A nanometre count as millimetres with up to 6 decimals, exact. */
    public static String nmAsMm(long nm) {
        return BigDecimal.valueOf(nm, 6).stripTrailingZeros().toPlainString();
    }
}
