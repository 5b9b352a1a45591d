package com.fabwright.geometry;

import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * The one place where nanometre coordinates of the image model become JTS millimetres. JTS
 * geometry uses a fixed precision model with a 1 nm grid (scale 1e6 per millimetre), so every
 * exact Gerber coordinate is representable and overlay operations snap-round robustly.
 */
public final class Units {
    /** Nanometres in one millimetre. */
    public static final double NM_PER_MM = 1_000_000.0;
    /** Nanometres in one inch. */
    public static final long NM_PER_INCH = 25_400_000L;
    /** Fixed 1 nm grid, expressed in millimetres. */
    public static final PrecisionModel PRECISION = new PrecisionModel(NM_PER_MM);
    /** The factory every geometry of Fabwright is made with. */
    public static final GeometryFactory FACTORY = new GeometryFactory(PRECISION);

    private Units() {
    }

    public static double mm(long nanometres) {
        return nanometres / NM_PER_MM;
    }

    public static long nm(double millimetres) {
        return Math.round(millimetres * NM_PER_MM);
    }
}
