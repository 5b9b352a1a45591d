package com.fabwright.app.view;

import org.locationtech.jts.geom.Envelope;

/**
 * How board millimetres map to canvas pixels: {@code px = x * scale + tx}, {@code py = -y * scale + ty}
 * (y up on the board, down on the screen). Seen from the bottom ({@code mirrored}) the board is
 * turned over about its vertical axis: {@code px = -x * scale + tx}, so the bottom copper reads as
 * it does on the real board held upside down. Immutable: every move returns a new viewport.
 *
 * @param scale    pixels per millimetre
 * @param tx       pixel x of the board origin
 * @param ty       pixel y of the board origin
 * @param mirrored whether x runs right to left (bottom view)
 */
public record Viewport(double scale, double tx, double ty, boolean mirrored) {
    /** Closest zoom: 1 px per 0.1 µm is far below any Gerber feature. */
    public static final double MAX_SCALE = 10_000;
    /** Farthest zoom: a 2 m panel still fits a small window. */
    public static final double MIN_SCALE = 0.05;

    public static final Viewport DEFAULT = new Viewport(10, 20, 400);

    /** A top view (not mirrored). */
    public Viewport(double scale, double tx, double ty) {
        this(scale, tx, ty, false);
    }

    /** The top view that shows {@code boundsMm} centred in a w x h canvas with a margin in pixels. */
    public static Viewport fit(Envelope boundsMm, double width, double height, double marginPx) {
        return fit(boundsMm, width, height, marginPx, false);
    }

    /** The view (top or bottom) that shows {@code boundsMm} centred in a w x h canvas with a margin in pixels. */
    public static Viewport fit(Envelope boundsMm, double width, double height, double marginPx, boolean mirrored) {
        if (boundsMm == null || boundsMm.isNull() || width <= 0 || height <= 0) {
            return mirrored ? new Viewport(DEFAULT.scale, width - DEFAULT.tx, DEFAULT.ty, true) : DEFAULT;
        }
        double bw = Math.max(boundsMm.getWidth(), 1e-3);
        double bh = Math.max(boundsMm.getHeight(), 1e-3);
        double s = Math.min((width - 2 * marginPx) / bw, (height - 2 * marginPx) / bh);
        s = clamp(s > 0 ? s : MIN_SCALE);
        double cx = (boundsMm.getMinX() + boundsMm.getMaxX()) / 2;
        double cy = (boundsMm.getMinY() + boundsMm.getMaxY()) / 2;
        double tx = mirrored ? width / 2 + cx * s : width / 2 - cx * s;
        return new Viewport(s, tx, height / 2 + cy * s, mirrored);
    }

    /** Zooms by {@code factor} keeping the board point under pixel (px, py) where it is. */
    public Viewport zoomAbout(double px, double py, double factor) {
        double s = clamp(scale * factor);
        double[] mm = toMm(px, py);
        double newTx = mirrored ? px + mm[0] * s : px - mm[0] * s;
        return new Viewport(s, newTx, py + mm[1] * s, mirrored);
    }

    public Viewport panBy(double dxPx, double dyPx) {
        return new Viewport(scale, tx + dxPx, ty + dyPx, mirrored);
    }

    /**
     * The same view seen from the other side, keeping the board point at the canvas centre
     * (cx, cy) where it is.
     */
    public Viewport flipped(double cx, double cy) {
        double[] mm = toMm(cx, cy);
        boolean m = !mirrored;
        double newTx = m ? cx + mm[0] * scale : cx - mm[0] * scale;
        return new Viewport(scale, newTx, ty, m);
    }

    /** Board millimetres {x, y} under a canvas pixel. */
    public double[] toMm(double px, double py) {
        double x = mirrored ? (tx - px) / scale : (px - tx) / scale;
        return new double[] {x, (ty - py) / scale};
    }

    /** Canvas pixel {x, y} of a board point. */
    public double[] toPx(double xMm, double yMm) {
        return new double[] {mirrored ? tx - xMm * scale : xMm * scale + tx, ty - yMm * scale};
    }

    /** The board window a w x h canvas shows. */
    public Envelope windowMm(double width, double height) {
        double[] a = toMm(0, 0);
        double[] b = toMm(width, height);
        return new Envelope(a[0], b[0], a[1], b[1]);
    }

    /**
     * The top view that draws the same picture when the canvas of width {@code width} is flipped
     * horizontally: tiles are always drawn unmirrored, under a flip transform for the bottom view.
     */
    public Viewport unmirrored(double width) {
        return mirrored ? new Viewport(scale, width - tx, ty, false) : this;
    }

    /** Resolution of this zoom, for the rasterizer. */
    public double dpi() {
        return scale * 25.4;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
