package com.fabwright.corpus;

/**
 * One gerbv measurement of a Gerber file: the dark area of its PNG export, plus what is needed to judge
 * it (the pixel size, the image size, the time gerbv took).
 *
 * @param darkAreaMm2   sum over pixels of grey/255 times the pixel area
 * @param dpi           resolution of the render
 * @param widthPx       width of the image (summed over tiles for tiled renders: the window width)
 * @param heightPx      height of the image (window height for tiled renders)
 * @param tiles         1 for an autoscaled single image, more for a tiled window
 * @param seconds       wall time of the gerbv runs (rendering and PNG writing) that produced it
 * @param gerbvMessages first lines gerbv wrote to stderr (parse warnings), empty when none
 */
public record GerbvMeasurement(double darkAreaMm2, int dpi, int widthPx, int heightPx, int tiles, double seconds,
                               String gerbvMessages) {
    /** Millimetres per pixel. */
    public double pixelMm() {
        return 25.4 / dpi;
    }

    /** The area covered by the image (or the tiled window) in mm². */
    public double imageAreaMm2() {
        return (double) widthPx * heightPx * pixelMm() * pixelMm();
    }

    /** Image width in millimetres. */
    public double widthMm() {
        return widthPx * pixelMm();
    }

    /** Image height in millimetres. */
    public double heightMm() {
        return heightPx * pixelMm();
    }

    /** Megapixels rendered. */
    public double megapixels() {
        return (double) widthPx * heightPx / 1e6;
    }
}
