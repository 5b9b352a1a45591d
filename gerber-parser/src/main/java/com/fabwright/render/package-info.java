/**
 * Raster rendering of layer geometry with plain {@code java.awt} (no JavaFX, so the command line
 * and the rules can use it): stacked layers in translucent colours, y axis up as in Gerber,
 * written as PNG.
 */
package com.fabwright.render;
