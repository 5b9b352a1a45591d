package com.fabwright.gerber.interpret;

/**
 * Turns coordinate strings into nanometres using the file's format ({@code FS}, Gerber spec 4.2.2)
 * and unit ({@code MO}, 4.2.1). Integer arithmetic only: a 6-decimal millimetre or inch value maps
 * to an exact (mm) or correctly rounded (inch) nanometre count.
 */
final class CoordinateFormat {
    private static final long[] POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L};

    final boolean trailingZerosOmitted;
    final int xInteger;
    final int xDecimal;
    final int yInteger;
    final int yDecimal;
    final boolean inch;

    CoordinateFormat(boolean trailingZerosOmitted, int xInteger, int xDecimal, int yInteger, int yDecimal, boolean inch) {
        this.trailingZerosOmitted = trailingZerosOmitted;
        this.xInteger = xInteger;
        this.xDecimal = Math.min(xDecimal, 10);
        this.yInteger = yInteger;
        this.yDecimal = Math.min(yDecimal, 10);
        this.inch = inch;
    }

    CoordinateFormat withUnits(boolean inchUnits) {
        return new CoordinateFormat(trailingZerosOmitted, xInteger, xDecimal, yInteger, yDecimal, inchUnits);
    }

    /** Nanometres per file unit: 1e6 for mm, 25.4e6 for inch. */
    long nmPerUnit() {
        return inch ? 25_400_000L : 1_000_000L;
    }

    /** Millimetres per file unit. */
    double mmPerUnit() {
        return inch ? 25.4 : 1.0;
    }

    /** The grid step of the X format in nanometres (for tolerances). */
    long resolutionNm() {
        return Math.max(1, nmPerUnit() / POW10[Math.max(xDecimal, yDecimal)]);
    }

    /**
     * Converts a coordinate string.
     *
     * @param raw  digits with optional sign, or a decimal number some writers emit
     * @param xAxis whether the X (also I) or the Y (also J) format applies
     * @throws NumberFormatException for text that is not a coordinate
     */
    long toNm(String raw, boolean xAxis) {
        if (raw.indexOf('.') >= 0) {
            return Math.round(Double.parseDouble(raw) * nmPerUnit());
        }
        int i = 0;
        boolean negative = false;
        if (raw.charAt(0) == '-' || raw.charAt(0) == '+') {
            negative = raw.charAt(0) == '-';
            i = 1;
        }
        int digits = raw.length() - i;
        if (digits == 0 || digits > 18) {
            throw new NumberFormatException("coordinate '" + raw + "'");
        }
        long value = Long.parseLong(raw, i, raw.length(), 10);
        int integer = xAxis ? xInteger : yInteger;
        int decimal = xAxis ? xDecimal : yDecimal;
        if (trailingZerosOmitted) {
            int pad = integer + decimal - digits;
            if (pad > 0) {
                value *= POW10[Math.min(pad, 10)];
            }
        }
        long nm = scale(value, decimal);
        return negative ? -nm : nm;
    }

    private long scale(long value, int decimal) {
        long perUnit = nmPerUnit();
        long div = POW10[decimal];
        if (perUnit % div == 0) {
            return value * (perUnit / div);
        }
        long num = value * perUnit; // overflow-safe for up to 11 integer+decimal digits
        return Math.floorDiv(num + div / 2, div);
    }
}
