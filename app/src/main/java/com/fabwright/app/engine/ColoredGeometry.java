package com.fabwright.app.engine;

import java.awt.Color;
import org.locationtech.jts.geom.Geometry;

/** One layer to paint: its geometry in millimetres and its colour (alpha allowed). */
public record ColoredGeometry(Geometry geometry, Color color) {
}
