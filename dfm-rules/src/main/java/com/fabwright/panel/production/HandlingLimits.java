package com.fabwright.panel.production;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What the assembly line can carry: an array's width across the conveyor and its length along it,
 * each between a minimum and a maximum (mm). The conveyor side is the array's x by convention; an
 * array may also be fed turned, so a shape fits when either orientation does.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HandlingLimits(String name, double minWidthMm, double maxWidthMm, double minLengthMm, double maxLengthMm) {

    /** Typical SMT line: 50 x 50 mm up to 460 x 400 mm (reference §4 row 21: boards 50-460 mm wide). */
    public static final HandlingLimits TYPICAL_SMT = new HandlingLimits("typical-smt", 50, 400, 50, 460);

    /** Whether an array of this size fits, fed either way round. */
    public boolean accepts(double widthMm, double heightMm) {
        return fits(widthMm, heightMm) || fits(heightMm, widthMm);
    }

    private boolean fits(double across, double along) {
        return across >= minWidthMm && across <= maxWidthMm && along >= minLengthMm && along <= maxLengthMm;
    }
}
