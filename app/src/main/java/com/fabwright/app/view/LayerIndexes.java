package com.fabwright.app.view;

import com.fabwright.app.engine.LayerShapes;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * One {@link LayerIndex} per layer geometry, built on first use and kept: a correction of a
 * file's identification keeps its geometry, so it keeps its index too. Keyed by identity (a JTS
 * geometry's {@code equals} compares every vertex).
 */
public final class LayerIndexes {
    private final Map<LayerShapes, LayerIndex> byShapes = new IdentityHashMap<>();

    /** The index of a layer's geometry, building it when new (may take a moment on big layers: call off the UI thread). */
    public LayerIndex of(LayerShapes shapes) {
        synchronized (byShapes) {
            LayerIndex known = byShapes.get(shapes);
            if (known != null) {
                return known;
            }
        }
        LayerIndex built = LayerIndex.of(shapes.darkArea());
        synchronized (byShapes) {
            return byShapes.computeIfAbsent(shapes, s -> built);
        }
    }

    /** Whether the index of {@code shapes} exists already. */
    public boolean has(LayerShapes shapes) {
        synchronized (byShapes) {
            return byShapes.containsKey(shapes);
        }
    }

    public void clear() {
        synchronized (byShapes) {
            byShapes.clear();
        }
    }
}
