package com.fabwright.excellon;

/**
 * The coordinate format of an Excellon file: unit, zero suppression and the number of integer and
 * decimal digits ({@code 2:4} inch and {@code 3:3} metric are the Excellon defaults). Only the
 * digits that matter for the suppression are significant: with leading zeros suppressed the
 * decimal digits fix the scale, with trailing zeros suppressed the integer digits do, and decimal
 * coordinates need neither.
 *
 * @param inch           whether coordinates and tool sizes are in inches (else millimetres)
 * @param zeros          which zeros integer coordinates omit
 * @param integerDigits  digits before the implied decimal point
 * @param decimalDigits  digits after it
 */
public record ExcellonFormat(boolean inch, ZeroSuppression zeros, int integerDigits, int decimalDigits) {
    /** Excellon's inch default, {@code 2:4}, leading zeros suppressed ({@code INCH,TZ}). */
    public static final ExcellonFormat INCH_DEFAULT = new ExcellonFormat(true, ZeroSuppression.LEADING_SUPPRESSED, 2, 4);
    /** Excellon's metric default, {@code 3:3}, leading zeros suppressed ({@code METRIC,TZ}). */
    public static final ExcellonFormat METRIC_DEFAULT = new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 3, 3);

    public ExcellonFormat {
        if (zeros == null) {
            throw new IllegalArgumentException("zeros");
        }
        if (integerDigits < 0 || integerDigits > 9 || decimalDigits < 0 || decimalDigits > 9) {
            throw new IllegalArgumentException("digits " + integerDigits + ":" + decimalDigits + " out of range 0..9");
        }
    }

    /** This format in the other unit, with that unit's default digits when {@code defaultDigits}. */
    public ExcellonFormat withUnits(boolean inchUnits, boolean defaultDigits) {
        if (!defaultDigits) {
            return new ExcellonFormat(inchUnits, zeros, integerDigits, decimalDigits);
        }
        ExcellonFormat d = inchUnits ? INCH_DEFAULT : METRIC_DEFAULT;
        return new ExcellonFormat(inchUnits, zeros, d.integerDigits, d.decimalDigits);
    }

    public ExcellonFormat withZeros(ZeroSuppression z) {
        return new ExcellonFormat(inch, z, integerDigits, decimalDigits);
    }

    public ExcellonFormat withDigits(int integer, int decimal) {
        return new ExcellonFormat(inch, zeros, integer, decimal);
    }

    /** Nanometres per file unit: 25.4e6 for inch, 1e6 for mm. */
    public long nmPerUnit() {
        return inch ? 25_400_000L : 1_000_000L;
    }

    /** Millimetres per file unit. */
    public double mmPerUnit() {
        return inch ? 25.4 : 1.0;
    }

    /** Human form used in diagnostics: {@code 2:4 inch trailing-zero-suppressed}. */
    public String describe() {
        String unit = inch ? "inch" : "mm";
        return switch (zeros) {
            case NONE_DECIMAL -> unit + " decimal";
            case LEADING_SUPPRESSED -> integerDigits + ":" + decimalDigits + " " + unit + " leading-zero-suppressed";
            case TRAILING_SUPPRESSED -> integerDigits + ":" + decimalDigits + " " + unit + " trailing-zero-suppressed";
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
