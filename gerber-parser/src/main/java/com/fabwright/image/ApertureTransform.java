package com.fabwright.image;

/**
 * How an aperture is placed when it is flashed or drawn: mirrored, then rotated counter-clockwise,
 * then scaled, all about the aperture origin (Gerber spec 4.9.3-4.9.5, {@code LM}, {@code LR},
 * {@code LS}; also the composed placement of objects inside flashed block apertures and the
 * deprecated {@code MI}/{@code SF}-free aperture case).
 *
 * @param mirrorX     mirror along the X axis direction, i.e. x -> -x
 * @param mirrorY     mirror y -> -y
 * @param rotationDeg counter-clockwise rotation in degrees, applied after mirroring
 * @param scale       scale factor, applied last
 */
public record ApertureTransform(boolean mirrorX, boolean mirrorY, double rotationDeg, double scale) {
    public static final ApertureTransform IDENTITY = new ApertureTransform(false, false, 0, 1);

    public boolean isIdentity() {
        return !mirrorX && !mirrorY && rotationDeg == 0 && scale == 1;
    }

    /** Applies this transform to a vector (dx, dy) in any unit; returns {x, y}. */
    public double[] apply(double dx, double dy) {
        double x = mirrorX ? -dx : dx;
        double y = mirrorY ? -dy : dy;
        if (rotationDeg != 0) {
            double r = Math.toRadians(rotationDeg);
            double c = Math.cos(r);
            double s = Math.sin(r);
            double rx = x * c - y * s;
            double ry = x * s + y * c;
            x = rx;
            y = ry;
        }
        return new double[] {x * scale, y * scale};
    }

    /** Whether this transform flips orientation (an odd number of mirrors): arcs change direction. */
    public boolean flipsOrientation() {
        return mirrorX ^ mirrorY;
    }

    /**
     * The transform that first applies {@code inner} and then this one. Mirrors and rotations
     * compose exactly because both are restricted to axis mirrors and rotations.
     */
    public ApertureTransform after(ApertureTransform inner) {
        if (inner.isIdentity()) {
            return this;
        }
        if (isIdentity()) {
            return inner;
        }
        // Represent both as: point -> R(rot) * M(mx,my) * p * s. Compose: outer(inner(p)).
        // R(a)M(m1) R(b)M(m2) = R(a) R(±b) M(m1) M(m2), with ±b negated when m1 flips orientation.
        boolean flip = mirrorX ^ mirrorY;
        double innerRot = flip ? -inner.rotationDeg : inner.rotationDeg;
        double rot = rotationDeg + innerRot;
        // Combined mirror: M(m1)M(m2) as a diagonal matrix; represent with mirrorY only if odd.
        boolean mx = mirrorX ^ inner.mirrorX;
        boolean my = mirrorY ^ inner.mirrorY;
        if (mx && my) { // mirror both axes = rotation by 180
            mx = false;
            my = false;
            rot += 180;
        }
        rot = ((rot % 360) + 360) % 360;
        return new ApertureTransform(mx, my, rot, scale * inner.scale);
    }
}
