package com.fabwright.corpus;

import java.util.Locale;

/**
 * Our area against gerbv's for one file, with the tolerance that applies.
 *
 * <p>Tolerance: 0.5 % of gerbv's area (issue 2, Acceptance). Below {@value #SMALL_AREA_MM2} mm² a relative
 * tolerance is meaningless against a raster, so it is widened to the pixel quantisation bound
 * {@code 0.5 px * perimeter}: every boundary pixel of gerbv's render may be off by up to half a pixel
 * (rounded stroke widths, snapped vertices), the perimeter being that of our polygons.
 *
 * <p>Negative images ({@code %IPNEG*%}) are compared by their clear area inside the canvas: gerbv's canvas
 * is its whole image (window area minus its dark area), ours the bounding box of all objects.
 *
 * @param oursMm2    our dark (or, for negative images, clear) area
 * @param gerbvMm2   gerbv's
 * @param toleranceMm2 the allowed absolute difference
 * @param mode       "dark", or "clear" for negative images
 * @param pixelRule  whether the small-area pixel rule set the tolerance
 */
public record AreaComparison(double oursMm2, double gerbvMm2, double toleranceMm2, String mode, boolean pixelRule) {
    /** Relative tolerance of the acceptance criterion. */
    public static final double RELATIVE_TOLERANCE = 0.005;
    /** Below this area (mm²) the pixel quantisation bound may widen the tolerance. */
    public static final double SMALL_AREA_MM2 = 1.0;

    /** Compares {@code ours} with gerbv's measurement {@code g}. */
    public static AreaComparison of(OurMeasurement ours, GerbvMeasurement g, boolean gerbvNegative) {
        boolean clear = gerbvNegative && ours.negative();
        double o = clear ? ours.clearAreaMm2() : ours.areaMm2();
        double v = clear ? g.imageAreaMm2() - g.darkAreaMm2() : g.darkAreaMm2();
        double tol = RELATIVE_TOLERANCE * Math.abs(v);
        boolean pixel = false;
        if (Math.abs(v) < SMALL_AREA_MM2) {
            double px = 0.5 * g.pixelMm() * ours.perimeterMm();
            if (px > tol) {
                tol = px;
                pixel = true;
            }
        }
        return new AreaComparison(o, v, tol, clear ? "clear" : "dark", pixel);
    }

    /**
     * Whether gerbv's pixel snapping could explain the difference, so that a finer gerbv render is worth
     * making: snapping moves each boundary of gerbv's render by at most one pixel (rectangle flashes are
     * rounded to an even pixel count, stroke widths to whole pixels), so the area error is bounded by
     * {@code perimeter x pixel}. Larger differences are not gerbv's resolution and are judged as they are.
     */
    public boolean explainableByPixels(OurMeasurement ours, GerbvMeasurement g) {
        return Math.abs(oursMm2 - gerbvMm2) <= ours.perimeterMm() * g.pixelMm();
    }

    public boolean within() {
        return Math.abs(oursMm2 - gerbvMm2) <= toleranceMm2 + 1e-9;
    }

    /** (ours - gerbv) / gerbv in percent; 0 when both are 0. */
    public double diffPercent() {
        if (gerbvMm2 == 0) {
            return oursMm2 == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return 100.0 * (oursMm2 - gerbvMm2) / gerbvMm2;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s area ours %.4f mm2, gerbv %.4f mm2, diff %+.3f %% (tolerance %.4f mm2%s)",
                mode, oursMm2, gerbvMm2, diffPercent(), toleranceMm2, pixelRule ? ", pixel rule" : "");
    }
}
