package com.fabwright.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Draws layers of polygons (millimetres, y up as in Gerber) into a {@link BufferedImage}. The
 * window in millimetres maps onto the image at {@code dpi} pixels per inch; the y axis is
 * flipped so that the image's top row is the window's maximum y. Layers are painted in list
 * order, each polygon filled with its holes (even-odd within one polygon). Without anti-aliasing
 * (the default) a pixel is set when its centre lies inside a polygon, which makes pixel counts
 * predictable: a 10 mm square at 254 dpi covers exactly 100 x 100 pixels when aligned with the
 * pixel grid.
 */
public final class LayerRasterizer {
    /** Largest image produced: 400 megapixels (1.6 GB at 4 bytes per pixel). */
    public static final long MAX_PIXELS = 400_000_000L;
    private static final double MM_PER_INCH = 25.4;

    private LayerRasterizer() {
    }

    /** Renders without anti-aliasing. */
    public static BufferedImage render(List<RenderLayer> layers, Envelope windowMm, double dpi, Color background) {
        return render(layers, windowMm, dpi, background, false);
    }

    /**
     * Renders {@code layers} in order over {@code background} (may be translucent or null for
     * transparent).
     *
     * @throws IllegalArgumentException when the window is empty, the dpi is not positive, or the
     *                                  image would exceed {@link #MAX_PIXELS}
     */
    public static BufferedImage render(List<RenderLayer> layers, Envelope windowMm, double dpi, Color background,
                                       boolean antiAlias) {
        if (windowMm == null || windowMm.isNull() || windowMm.getWidth() <= 0 || windowMm.getHeight() <= 0) {
            throw new IllegalArgumentException("render window must have a positive width and height: " + windowMm);
        }
        if (!(dpi > 0) || Double.isInfinite(dpi)) {
            throw new IllegalArgumentException("dpi must be positive, got " + dpi);
        }
        double pxPerMm = dpi / MM_PER_INCH;
        long w = pixels(windowMm.getWidth() * pxPerMm);
        long h = pixels(windowMm.getHeight() * pxPerMm);
        if (w * h > MAX_PIXELS || w > Integer.MAX_VALUE || h > Integer.MAX_VALUE) {
            double fit = dpi * Math.sqrt((double) MAX_PIXELS / ((double) w * h));
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "image of %d x %d = %d pixels at %.1f dpi exceeds the limit of %d pixels; "
                            + "use a lower dpi (at most about %.0f) or a smaller window",
                    w, h, w * h, dpi, MAX_PIXELS, Math.floor(fit)));
        }
        BufferedImage img = new BufferedImage((int) w, (int) h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        try {
            if (background != null) {
                g.setComposite(java.awt.AlphaComposite.Src);
                g.setColor(background);
                g.fillRect(0, 0, (int) w, (int) h);
                g.setComposite(java.awt.AlphaComposite.SrcOver);
            }
            Object aa = antiAlias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF;
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, aa);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            for (RenderLayer layer : layers) {
                g.setColor(layer.color());
                fill(g, layer.geometry(), windowMm, pxPerMm);
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static long pixels(double v) {
        return Math.max(1, (long) Math.ceil(v - 1e-9));
    }

    private static void fill(Graphics2D g, Geometry geom, Envelope win, double pxPerMm) {
        for (int i = 0; i < geom.getNumGeometries(); i++) {
            Geometry part = geom.getGeometryN(i);
            if (part instanceof Polygon p) {
                if (!p.isEmpty() && p.getEnvelopeInternal().intersects(win)) {
                    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
                    addRing(path, p.getExteriorRing(), win, pxPerMm);
                    for (int k = 0; k < p.getNumInteriorRing(); k++) {
                        addRing(path, p.getInteriorRingN(k), win, pxPerMm);
                    }
                    g.fill(path);
                }
            } else if (part != geom) {
                fill(g, part, win, pxPerMm);
            }
        }
    }

    private static void addRing(Path2D.Double path, LineString ring, Envelope win, double pxPerMm) {
        Coordinate[] c = ring.getCoordinates();
        for (int i = 0; i < c.length; i++) {
            double x = (c[i].x - win.getMinX()) * pxPerMm;
            double y = (win.getMaxY() - c[i].y) * pxPerMm;
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
    }

    /**
     * The bounds of all layers grown by {@code marginMm} on every side, or {@code null} when every
     * layer is empty.
     */
    public static Envelope defaultWindow(List<RenderLayer> layers, double marginMm) {
        Envelope env = new Envelope();
        for (RenderLayer l : layers) {
            env.expandToInclude(l.geometry().getEnvelopeInternal());
        }
        if (env.isNull()) {
            return null;
        }
        env.expandBy(marginMm);
        return env;
    }

    /** The bounds of all layers with a margin of 2 % of the larger side (at least 0.5 mm). */
    public static Envelope defaultWindow(List<RenderLayer> layers) {
        Envelope env = defaultWindow(layers, 0);
        if (env == null) {
            return null;
        }
        env.expandBy(Math.max(0.5, 0.02 * Math.max(env.getWidth(), env.getHeight())));
        return env;
    }

    /** Writes {@code image} as a PNG, creating parent folders. */
    public static void writePng(BufferedImage image, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            if (!ImageIO.write(image, "png", file.toFile())) {
                throw new IllegalStateException("no PNG writer available");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
