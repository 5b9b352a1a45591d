package com.fabwright.excellon.interpret;

import com.fabwright.excellon.ExcellonFormat;
import com.fabwright.excellon.FormatEvidence;
import com.fabwright.excellon.FormatOrigin;

/**
 * The format a file will be read with, where it came from and what the file stated.
 *
 * @param format          initial coordinate format
 * @param origin          strongest source that settled it, or {@link FormatOrigin#DEFAULT_ASSUMED}
 * @param evidence        what the file stated and what its coordinates look like
 * @param digitsDefaulted whether the digits are a unit default (so a unit switch changes them too)
 * @param forced          whether the caller imposed the format (unit switches in the file are then ignored)
 */
public record FormatDetection(ExcellonFormat format, FormatOrigin origin, FormatEvidence evidence,
                              boolean digitsDefaulted, boolean forced) {
}
