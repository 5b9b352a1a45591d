package com.fabwright.gerber.interpret;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.image.ApertureTransform;

/**
 * The deprecated image-level commands still found in old files (Gerber spec 8.1; RS-274X 2012):
 * {@code IP} (negative image), {@code IR}/{@code RO} (rotation), {@code AS} (axis swap),
 * {@code MI} (mirror), {@code OF}/{@code IO} (offset) and {@code SF} (scale factor). Scale and
 * axis swap act on coordinates as they are read, and the scale on the apertures too
 * ({@link ScaleFactorApertures}); mirror, rotation and offset on every object of the finished
 * image, apertures included.
 */
final class ImageTransforms {
    private boolean negative;
    private double rotationDeg;
    private boolean swapAxes;
    private boolean mirrorA;
    private boolean mirrorB;
    private double offsetXmm;
    private double offsetYmm;
    private double scaleA = 1;
    private double scaleB = 1;
    private ObjectTransformer transformer;

    void apply(GerberCommand.ImageTransform it, DiagnosticSink sink, double mmPerUnit) {
        switch (it.kind()) {
            case IMAGE_POLARITY -> negative = it.a() != 0;
            case IMAGE_ROTATION, LAYER_ROTATION -> rotationDeg = it.a();
            case AXIS_SELECT -> swapAxes = it.a() != 0;
            case MIRROR_IMAGE -> {
                mirrorA = it.a() != 0;
                mirrorB = it.b() != 0;
            }
            case OFFSET -> {
                offsetXmm = it.a() * mmPerUnit;
                offsetYmm = it.b() * mmPerUnit;
            }
            case SCALE_FACTOR -> {
                scaleA = it.a();
                scaleB = it.b();
            }
            default -> { }
        }
        transformer = null;
        if (it.kind() != GerberCommand.ImageTransformKind.IMAGE_POLARITY || negative) {
            sink.warning("GBR-W030", it.position(), "deprecated image command applied: " + it.raw());
        }
    }

    boolean negative() {
        return negative;
    }

    boolean swapAxes() {
        return swapAxes;
    }

    /** Scales a coordinate read from the file (SF) for the X (A) or Y (B) axis. */
    long scale(long v, boolean xAxis) {
        double s = xAxis ? scaleA : scaleB;
        return s == 1 ? v : Math.round(v * s);
    }

    /** Whether an {@code SF} other than 1,1 is in force (apertures are scaled too). */
    boolean scales() {
        return scaleA != 1 || scaleB != 1;
    }

    double scaleA() {
        return scaleA;
    }

    double scaleB() {
        return scaleB;
    }

    boolean isIdentity() {
        return rotationDeg == 0 && !mirrorA && !mirrorB && offsetXmm == 0 && offsetYmm == 0;
    }

    ObjectTransformer transformer() {
        if (transformer == null) {
            transformer = new ObjectTransformer(new ApertureTransform(mirrorA, mirrorB, rotationDeg, 1),
                    Math.round(offsetXmm * 1e6), Math.round(offsetYmm * 1e6), false);
        }
        return transformer;
    }
}
