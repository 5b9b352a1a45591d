package com.fabwright.app.ui;

import org.locationtech.jts.geom.Envelope;

/**
 * How board millimetres map to canvas pixels: {@code px = x * scale + tx}, {@code py = -y * scale + ty}
 * (y up on the board, down on the screen). Immutable: every move returns a new viewport.
 *
 * @param scale pixels per millimetre
 * @param tx    pixel x of the board origin
 * @param ty    pixel y of the board origin
 */
public record Viewport(double scale, double tx, double ty) {
    /** Closest zoom: 1 px per 0.1 µm is far below any Gerber feature. */
    public static final double MAX_SCALE = 10_000;
    /** Farthest zoom: a 2 m panel still fits a small window. */
    public static final double MIN_SCALE = 0.05;

    public static final Viewport DEFAULT = new Viewport(10, 20, 400);

    /** The viewport that shows {@code boundsMm} centred in a w x h canvas with a margin in pixels. */
    public static Viewport fit(Envelope boundsMm, double width, double height, double marginPx) {
        if (boundsMm == null || boundsMm.isNull() || width <= 0 || height <= 0) {
            return DEFAULT;
        }
        double bw = Math.max(boundsMm.getWidth(), 1e-3);
        double bh = Math.max(boundsMm.getHeight(), 1e-3);
        double s = Math.min((width - 2 * marginPx) / bw, (height - 2 * marginPx) / bh);
        s = clamp(s > 0 ? s : MIN_SCALE);
        double cx = (boundsMm.getMinX() + boundsMm.getMaxX()) / 2;
        double cy = (boundsMm.getMinY() + boundsMm.getMaxY()) / 2;
        return new Viewport(s, width / 2 - cx * s, height / 2 + cy * s);
    }

    /** Zooms by {@code factor} keeping the board point under pixel (px, py) where it is. */
    public Viewport zoomAbout(double px, double py, double factor) {
        double s = clamp(scale * factor);
        double[] mm = toMm(px, py);
        return new Viewport(s, px - mm[0] * s, py + mm[1] * s);
    }

    public Viewport panBy(double dxPx, double dyPx) {
        return new Viewport(scale, tx + dxPx, ty + dyPx);
    }

    /** Board millimetres {x, y} under a canvas pixel. */
    public double[] toMm(double px, double py) {
        return new double[] {(px - tx) / scale, (ty - py) / scale};
    }

    /** Canvas pixel {x, y} of a board point. */
    public double[] toPx(double xMm, double yMm) {
        return new double[] {xMm * scale + tx, ty - yMm * scale};
    }

    /** The board window a w x h canvas shows. */
    public Envelope windowMm(double width, double height) {
        double[] topLeft = toMm(0, 0);
        double[] bottomRight = toMm(width, height);
        return new Envelope(topLeft[0], bottomRight[0], bottomRight[1], topLeft[1]);
    }

    /** Resolution of this zoom, for the rasterizer. */
    public double dpi() {
        return scale * 25.4;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
