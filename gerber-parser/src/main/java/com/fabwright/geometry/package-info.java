/**
 * Exact geometry of Gerber images: the one adapter ({@link com.fabwright.geometry.ImageGeometry})
 * that turns an {@link com.fabwright.image.Image} into JTS polygons in millimetres on the fixed
 * 1 nm grid of {@link com.fabwright.geometry.Units}, with arcs linearised within a stated chord
 * error and dark/clear polarity resolved in file order (Gerber Layer Format Specification,
 * Ucamco 2024.05, chapters 2 and 4). Whole layers are never unioned in one JTS call: touching
 * shapes are clustered first (STRtree + union-find) and clear objects are subtracted only from
 * the pieces they touch.
 */
package com.fabwright.geometry;
