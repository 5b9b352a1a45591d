package com.fabwright.excellon;

/**
 * How integer Excellon coordinates omit zeros. Beware the Excellon header keywords, which name the
 * zeros that are <em>kept</em>: {@code INCH,LZ} means leading zeros are kept, so trailing zeros are
 * suppressed ({@link #TRAILING_SUPPRESSED}); {@code INCH,TZ} keeps trailing zeros and suppresses
 * leading ones ({@link #LEADING_SUPPRESSED}). Gerber's {@code %FSL} is the other way round.
 */
public enum ZeroSuppression {
    /** Leading zeros omitted ({@code TZ} in the header): the digits are read from the right. */
    LEADING_SUPPRESSED,
    /** Trailing zeros omitted ({@code LZ} in the header): the digits are read from the left. */
    TRAILING_SUPPRESSED,
    /** Coordinates carry a decimal point ({@code FMAT,2} decimal output of KiCad, Upverter...); digits do not matter. */
    NONE_DECIMAL;

    /** The Excellon header keyword that states this suppression ({@code LZ}, {@code TZ}) or {@code decimal}. */
    public String headerKeyword() {
        return switch (this) {
            case LEADING_SUPPRESSED -> "TZ";
            case TRAILING_SUPPRESSED -> "LZ";
            case NONE_DECIMAL -> "decimal";
        };
    }
}
