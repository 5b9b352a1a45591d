package com.fabwright.app.engine;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * Paints geometry with Java2D through JTS's {@link ShapeWriter}: the stand-in used while
 * {@code com.fabwright.render.LayerRasterizer} is not in the build. Polygons with holes are filled
 * even-odd, so cut-outs stay open. Millimetres map to pixels with y pointing up, as in Gerber.
 */
final class Java2dPainter {
    private Java2dPainter() {
    }

    static BufferedImage render(List<ColoredGeometry> layers, Envelope windowMm, double dpi, Color background) {
        double pxPerMm = dpi / 25.4;
        int w = Math.max(1, (int) Math.round(windowMm.getWidth() * pxPerMm));
        int h = Math.max(1, (int) Math.round(windowMm.getHeight() * pxPerMm));
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(background);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            AffineTransform toPixels = new AffineTransform(pxPerMm, 0, 0, -pxPerMm,
                    -windowMm.getMinX() * pxPerMm, windowMm.getMaxY() * pxPerMm);
            ShapeWriter writer = new ShapeWriter((src, dest) -> toPixels.transform(
                    new java.awt.geom.Point2D.Double(src.x, src.y), dest));
            for (ColoredGeometry layer : layers) {
                if (layer.geometry() == null || layer.geometry().isEmpty()
                        || !layer.geometry().getEnvelopeInternal().intersects(windowMm)) {
                    continue;
                }
                g.setColor(layer.color());
                g.fill(writer.toShape(layer.geometry()));
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
