package com.fabwright.app.engine;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.image.Image;

/**
 * Turns an image into the application's {@link LayerShapes} through
 * {@link ImageGeometry#toGeometry(Image)} (arcs linearised within its default chord error, polarity
 * resolved, blocks and step-and-repeat expanded).
 */
public final class GeometryBridge {
    private GeometryBridge() {
    }

    /** The layer's final image as geometry. A new engine per call: no shared mutable state. */
    public static LayerShapes toShapes(Image image) {
        LayerGeometry layer = new ImageGeometry().toGeometry(image);
        return new LayerShapes(layer.darkArea(), layer.areaMm2(), layer.boundsMm(), layer.objectCount());
    }
}
