package com.fabwright.app.engine;

import com.fabwright.image.Image;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Calls {@code new com.fabwright.geometry.ImageGeometry().toGeometry(image)} when that class is on
 * the class path. It is being written on another branch at the same time as this app; binding by
 * name keeps {@code app} compiling and running (without areas and pictures) until it is merged.
 * TODO(after the geometry merge): replace the reflection with direct calls; the contract is
 * {@code LayerGeometry toGeometry(Image)} with {@code darkArea()}, {@code areaMm2()},
 * {@code boundsMm()}, {@code objectCount()}.
 */
public final class GeometryBridge {
    static final String IMAGE_GEOMETRY = "com.fabwright.geometry.ImageGeometry";

    private static final GeometryBridge INSTANCE = bind();

    private final Constructor<?> constructor;
    private final Method toGeometry;

    private GeometryBridge(Constructor<?> constructor, Method toGeometry) {
        this.constructor = constructor;
        this.toGeometry = toGeometry;
    }

    /** The bridge, or empty when the geometry engine is not part of this build yet. */
    public static Optional<GeometryBridge> available() {
        return Optional.ofNullable(INSTANCE);
    }

    private static GeometryBridge bind() {
        try {
            Class<?> c = Class.forName(IMAGE_GEOMETRY);
            return new GeometryBridge(c.getConstructor(), c.getMethod("toGeometry", Image.class));
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    /** The layer's final image as geometry. A new engine per call: no shared mutable state. */
    public LayerShapes toShapes(Image image) {
        try {
            Object layer = toGeometry.invoke(constructor.newInstance(), image);
            Class<?> lc = layer.getClass();
            Geometry dark = (Geometry) call(lc, layer, "darkArea");
            double area = ((Number) call(lc, layer, "areaMm2")).doubleValue();
            Envelope bounds = (Envelope) call(lc, layer, "boundsMm");
            long objects = ((Number) call(lc, layer, "objectCount")).longValue();
            return new LayerShapes(dark, area, bounds, objects);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("geometry engine does not match the expected API: " + e, e);
        }
    }

    private static Object call(Class<?> type, Object target, String method) throws ReflectiveOperationException {
        Method m = type.getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }
}
