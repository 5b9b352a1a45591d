package com.fabwright.app.view;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Paints one tile: for each layer of the style, bottom first, the polygons the layer's index
 * finds in the tile's window. Level of detail, so that a zoomed-out view of a dense board costs
 * about what a zoomed-in one does: a polygon smaller than a pixel is one pixel, and ring vertices
 * closer than half a pixel to the last one drawn are skipped (never the last vertex of a ring).
 * Tiles are opaque (background painted in) and premultiplied ARGB, which both Java2D and
 * JavaFX draw without conversion.
 */
public final class TileRenderer {
    private static final double MIN_STEP_PX = 0.5;

    private TileRenderer() {
    }

    public static BufferedImage render(TileKey key, TileStyle style) {
        int n = TileGrid.SIZE;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setColor(style.background());
            g.fillRect(0, 0, n, n);
            g.setComposite(AlphaComposite.SrcOver);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            double s = TileGrid.scaleOf(key.level());
            double ox = key.col() * (double) n;
            double oy = key.row() * (double) n;
            Envelope window = TileGrid.windowOf(key);
            for (PaintLayer layer : style.layers()) {
                if (Thread.currentThread().isInterrupted()) {
                    break;
                }
                g.setColor(layer.color());
                layer.index().query(window, p -> fill(g, p, s, ox, oy));
            }
        } finally {
            g.dispose();
        }
        return img;
    }

    private static void fill(Graphics2D g, Polygon p, double s, double ox, double oy) {
        Envelope e = p.getEnvelopeInternal();
        if (e.getWidth() * s < 1 && e.getHeight() * s < 1) {
            g.fillRect((int) Math.floor(e.centre().x * s - ox), (int) Math.floor(-e.centre().y * s - oy), 1, 1);
            return;
        }
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        addRing(path, p.getExteriorRing(), s, ox, oy);
        for (int k = 0; k < p.getNumInteriorRing(); k++) {
            LineString hole = p.getInteriorRingN(k);
            Envelope he = hole.getEnvelopeInternal();
            if (he.getWidth() * s >= MIN_STEP_PX || he.getHeight() * s >= MIN_STEP_PX) {
                addRing(path, hole, s, ox, oy);
            }
        }
        g.fill(path);
    }

    private static void addRing(Path2D.Double path, LineString ring, double s, double ox, double oy) {
        Coordinate[] c = ring.getCoordinates();
        double lastX = c[0].x * s - ox;
        double lastY = -c[0].y * s - oy;
        path.moveTo(lastX, lastY);
        for (int i = 1; i < c.length; i++) {
            double x = c[i].x * s - ox;
            double y = -c[i].y * s - oy;
            if (i < c.length - 1 && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
        path.closePath();
    }
}
