package com.fabwright.app.engine;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns coloured layers into a picture of a window of the board: through
 * {@code com.fabwright.render.LayerRasterizer.render(List<RenderLayer>, Envelope, double, Color)}
 * when it is in the build, else through {@link Java2dPainter}. Layers are painted in list order,
 * so the last one is on top.
 * TODO(after the geometry merge): call LayerRasterizer directly and drop the reflection.
 */
public final class StackRasterizer {
    private static final String RASTERIZER = "com.fabwright.render.LayerRasterizer";
    private static final Binding BINDING = bind();

    /** Largest picture made, in pixels, so a typo in --dpi cannot exhaust memory. */
    public static final long MAX_PIXELS = 120_000_000L;

    private StackRasterizer() {
    }

    private record Binding(Method render, Constructor<?> layer) {
    }

    /** Whether the shared LayerRasterizer is used (else the Java2D stand-in). */
    public static boolean usesLayerRasterizer() {
        return BINDING != null;
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
        if (BINDING == null) {
            return Java2dPainter.render(layers, windowMm, dpi, background);
        }
        try {
            List<Object> renderLayers = new ArrayList<>();
            for (ColoredGeometry l : layers) {
                renderLayers.add(BINDING.layer().newInstance(l.geometry(), l.color()));
            }
            return (BufferedImage) BINDING.render().invoke(null, renderLayers, windowMm, dpi, background);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("LayerRasterizer does not match the expected API: " + e, e);
        }
    }

    private static Binding bind() {
        try {
            Class<?> r = Class.forName(RASTERIZER);
            Class<?> layer;
            try {
                layer = Class.forName(RASTERIZER + "$RenderLayer");
            } catch (ClassNotFoundException e) {
                layer = Class.forName("com.fabwright.render.RenderLayer");
            }
            return new Binding(r.getMethod("render", List.class, Envelope.class, double.class, Color.class),
                    layer.getConstructor(Geometry.class, Color.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }
}
