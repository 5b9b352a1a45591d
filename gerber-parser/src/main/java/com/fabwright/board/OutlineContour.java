package com.fabwright.board;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * One chain of an outline layer's draws and arcs, followed along their centre lines: a closed
 * contour (the board edge, a cut-out) or an open chain (an unfinished edge, a stray line).
 *
 * @param points      the centre line in millimetres, arcs linearised within 1 µm; a closed contour
 *                    repeats its first point at the end
 * @param closed      whether the chain returns to its start (within the gap tolerance)
 * @param bounds      exact bounds of the centre line in millimetres (arc extremes included)
 * @param lineWidthMm the widest round aperture the chain was drawn with, 0 for region contours
 * @param areaMm2     the enclosed area for closed contours, 0 for open chains
 * @param segments    how many draws and arcs make the chain
 */
public record OutlineContour(List<Coordinate> points, boolean closed, Envelope bounds, double lineWidthMm,
                             double areaMm2, int segments) {
    public OutlineContour {
        points = List.copyOf(points);
        bounds = new Envelope(bounds);
    }

    /** Bounds of the drawn line's outer edge: the centre line widened by half the line width. */
    public Envelope outerBounds() {
        Envelope e = new Envelope(bounds);
        e.expandBy(lineWidthMm / 2);
        return e;
    }

    /** Length of the centre line in millimetres. */
    public double lengthMm() {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            sum += points.get(i - 1).distance(points.get(i));
        }
        return sum;
    }
}
