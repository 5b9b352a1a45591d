package com.fabwright.app.engine;

import com.fabwright.render.LayerRasterizer;
import com.fabwright.render.RenderLayer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Turns coloured layers into a picture of a window of the board through {@link LayerRasterizer}.
 * Layers are painted in list order, so the last one is on top. The app keeps a lower pixel cap
 * than the rasterizer's own, so an interactive zoom or a typo in {@code --dpi} stays cheap.
 */
public final class StackRasterizer {
    /** Largest picture made, in pixels. */
    public static final long MAX_PIXELS = 120_000_000L;

    private StackRasterizer() {
    }

    /** Pixel size of a window at a resolution: {width, height}. */
    public static long[] pixelSize(Envelope windowMm, double dpi) {
        double pxPerMm = dpi / 25.4;
        return new long[] {Math.max(1, Math.round(windowMm.getWidth() * pxPerMm)),
                Math.max(1, Math.round(windowMm.getHeight() * pxPerMm))};
    }

    public static BufferedImage render(List<ColoredGeometry> layers, Envelope windowMm, double dpi, Color background) {
        long[] size = pixelSize(windowMm, dpi);
        if (size[0] * size[1] > MAX_PIXELS) {
            throw new IllegalArgumentException("picture of " + size[0] + " x " + size[1]
                    + " pixels is over the limit of " + MAX_PIXELS + "; lower the dpi or the window");
        }
        List<RenderLayer> renderLayers = layers.stream()
                .filter(l -> l.geometry() != null)
                .map(l -> new RenderLayer(l.geometry(), l.color()))
                .toList();
        return LayerRasterizer.render(renderLayers, windowMm, dpi, background);
    }
}
