package com.fabwright.app.view;

import com.fabwright.assembly.Side;

/**
 * A mark drawn over the board at a point (a placement's centroid): where it is in board
 * millimetres, which side it belongs to (the board view draws the side facing the viewer in full
 * and the other side faint) and a short label (the designator).
 *
 * @param xMm   x in board millimetres
 * @param yMm   y in board millimetres
 * @param side  the side it is on
 * @param label a short label, possibly empty
 */
public record BoardMarker(double xMm, double yMm, Side side, String label) {
    public BoardMarker {
        label = label == null ? "" : label;
    }
}
