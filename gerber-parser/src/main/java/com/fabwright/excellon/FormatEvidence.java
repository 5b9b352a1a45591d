package com.fabwright.excellon;

/**
 * What a file itself says about its coordinate format, and what its coordinates look like; the
 * format search ({@link FormatCandidates}) varies only what is not stated.
 *
 * @param unitsStated        {@code INCH}/{@code METRIC}/{@code M71}/{@code M72}, a format comment or nc_param gave the unit
 * @param zerosStated        {@code LZ}/{@code TZ}, a format comment or nc_param gave the zero suppression
 * @param digitsStated       {@code ,000.000}, {@code ;FILE_FORMAT=}, a format comment or nc_param gave the digits
 * @param decimalCoordinates some coordinates carry a decimal point
 * @param integerCoordinates some coordinates are plain digit strings whose scale depends on the format
 * @param maxDigits          most digits in one integer coordinate (0 when there are none)
 * @param fixedWidth         every integer coordinate has {@code maxDigits} digits, so the zero suppression does not change the values
 */
public record FormatEvidence(boolean unitsStated, boolean zerosStated, boolean digitsStated,
                             boolean decimalCoordinates, boolean integerCoordinates, int maxDigits, boolean fixedWidth) {

    /** Whether the file settles how its coordinates read: nothing left to guess. */
    public boolean settled() {
        if (!unitsStated) {
            return false;
        }
        if (!integerCoordinates) {
            return true;
        }
        return digitsStated && (zerosStated || fixedWidth);
    }
}
