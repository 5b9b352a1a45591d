/**
 * The application's seam to the geometry engine of {@code gerber-parser}: turning an
 * {@link com.fabwright.image.Image} into JTS geometry ({@code com.fabwright.geometry.ImageGeometry})
 * and geometry into pixels ({@code com.fabwright.render.LayerRasterizer}), plus the standard
 * colours of the stacked board view. No JavaFX here: the command line uses it too.
 */
package com.fabwright.app.engine;
