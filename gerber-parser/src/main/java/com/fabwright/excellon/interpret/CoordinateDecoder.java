package com.fabwright.excellon.interpret;

import com.fabwright.excellon.ExcellonFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Turns an Excellon coordinate string into nanometres for a format. Integer arithmetic: a
 * millimetre coordinate with up to 6 decimals maps to an exact nanometre count, an inch one to the
 * correctly rounded count. A coordinate with a decimal point is read as a decimal number in the
 * format's unit whatever the zero suppression (FMAT,2 decimal output, Upverter, KiCad).
 */
public final class CoordinateDecoder {
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L};

    private CoordinateDecoder() {
    }

    /**
     * Decodes {@code raw} (optional sign, digits, optional decimal point).
     *
     * @throws NumberFormatException when {@code raw} is not a coordinate
     */
    public static long toNm(String raw, ExcellonFormat format) {
        int n = raw.length();
        int i = 0;
        boolean negative = false;
        if (n > 0 && (raw.charAt(0) == '-' || raw.charAt(0) == '+')) {
            negative = raw.charAt(0) == '-';
            i = 1;
        }
        int dot = raw.indexOf('.', i);
        if (dot >= 0) {
            return decimal(raw, i, dot, negative, format.nmPerUnit());
        }
        int digits = n - i;
        if (digits == 0 || digits > 12) {
            throw new NumberFormatException("'" + raw + "' is not a coordinate");
        }
        for (int k = i; k < n; k++) {
            char c = raw.charAt(k);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("'" + raw + "' is not a coordinate");
            }
        }
        long value = Long.parseLong(raw, i, n, 10);
        int scale;
        switch (format.zeros()) {
            case LEADING_SUPPRESSED -> scale = format.decimalDigits();
            case TRAILING_SUPPRESSED -> {
                int width = format.integerDigits() + format.decimalDigits();
                if (digits < width) {
                    value *= POW10[width - digits];
                    scale = format.decimalDigits();
                } else {
                    scale = digits - format.integerDigits();
                }
            }
            default -> scale = 0; // NONE_DECIMAL: an integer without a point is a whole number of units
        }
        long nm = scaled(value, scale, format.nmPerUnit());
        return negative ? -nm : nm;
    }

    private static long decimal(String raw, int start, int dot, boolean negative, long nmPerUnit) {
        String digits = raw.substring(start, dot) + raw.substring(dot + 1);
        int scale = raw.length() - dot - 1;
        if (digits.isEmpty() || digits.length() > 30 || raw.indexOf('.', dot + 1) >= 0) {
            throw new NumberFormatException("'" + raw + "' is not a coordinate");
        }
        for (int k = 0; k < digits.length(); k++) {
            char c = digits.charAt(k);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("'" + raw + "' is not a coordinate");
            }
        }
        long nm;
        if (digits.length() <= 12 && scale <= 12) {
            nm = scaled(Long.parseLong(digits), scale, nmPerUnit);
        } else {
            nm = new BigDecimal(digits).movePointLeft(scale).multiply(BigDecimal.valueOf(nmPerUnit))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        return negative ? -nm : nm;
    }

    /** value / 10^scale units, in nanometres, rounded half up. */
    private static long scaled(long value, int scale, long nmPerUnit) {
        if (scale > 12) {
            return BigDecimal.valueOf(value).movePointLeft(scale).multiply(BigDecimal.valueOf(nmPerUnit))
                    .setScale(0, RoundingMode.HALF_UP).longValueExact();
        }
        long div = POW10[scale];
        if (nmPerUnit % div == 0) {
            return Math.multiplyExact(value, nmPerUnit / div);
        }
        long g = gcd(nmPerUnit, div);
        long num = Math.multiplyExact(value, nmPerUnit / g);
        long d = div / g;
        return Math.floorDiv(num + d / 2, d);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
