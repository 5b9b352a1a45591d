package com.fabwright.render;

import java.awt.Color;
import java.util.Objects;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer to draw: polygonal geometry in millimetres (typically
 * {@code LayerGeometry.darkArea()}) and the colour to fill it with. The colour may be translucent,
 * so layers stacked in order show through one another.
 */
public record RenderLayer(Geometry geometry, Color color) {
    public RenderLayer {
        Objects.requireNonNull(geometry, "geometry");
        Objects.requireNonNull(color, "color");
    }
}
