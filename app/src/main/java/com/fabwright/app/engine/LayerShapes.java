package com.fabwright.app.engine;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * The final image of one layer as geometry: what {@code com.fabwright.geometry.LayerGeometry}
 * provides, copied into an application record so the rest of the app does not care where it came from.
 *
 * @param darkArea    every dark object minus later clear ones, in millimetres (JTS, never mutated)
 * @param areaMm2     area of {@code darkArea}
 * @param boundsMm    bounds of {@code darkArea}; null envelope when the layer is empty
 * @param objectCount graphical objects after expansion
 */
public record LayerShapes(Geometry darkArea, double areaMm2, Envelope boundsMm, long objectCount) {
}
