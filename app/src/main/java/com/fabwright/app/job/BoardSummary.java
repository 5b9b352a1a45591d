package com.fabwright.app.job;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Board-level figures derived from the layers: size from the outline's centre line (or from all
 * layers when there is no closed outline), copper layer count, whether the outline is closed. A
 * closed outline drawn with a line aperture leaves a ring, i.e. a polygon with a hole; an open one does not.
 *
 * @param widthMm       board width, null when no geometry is available
 * @param heightMm      board height, null when no geometry is available
 * @param copperLayers  number of copper layers identified
 * @param outlineClosed null when there is no outline layer with geometry
 * @param thicknessMm   from a job file (.gbrjob), not read yet: null
 */
public record BoardSummary(Double widthMm, Double heightMm, int copperLayers, Boolean outlineClosed,
                           Double thicknessMm) {

    public static BoardSummary of(Job job) {
        int copper = (int) job.files().stream().filter(f -> f.layer().function() == LayerFunction.COPPER).count();
        Boolean closed = null;
        Envelope centreLine = new Envelope();
        for (LoadedFile f : job.files()) {
            if (f.layer().function() != LayerFunction.OUTLINE || f.shapes() == null) {
                continue;
            }
            Envelope ring = centreLineOfRing(f.shapes().darkArea());
            closed = (closed != null && closed) || ring != null;
            if (ring != null) {
                centreLine.expandToInclude(ring);
            }
        }
        Envelope size = centreLine.isNull() ? extent(job) : centreLine;
        if (size.isNull()) {
            return new BoardSummary(null, null, copper, closed, null);
        }
        return new BoardSummary(size.getWidth(), size.getHeight(), copper, closed, null);
    }

    /**
     * The board edge is the centre line of the drawn outline, not its outer edge: a 50 mm board
     * drawn with a 0.1 mm line has a dark ring from -0.05 to 50.05. For each ring polygon, the
     * mean of its outer and largest inner envelope is that centre line; null when there is no ring.
     */
    static Envelope centreLineOfRing(Geometry g) {
        Envelope result = null;
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getNumInteriorRing() > 0) {
                Envelope outer = p.getExteriorRing().getEnvelopeInternal();
                Envelope inner = new Envelope();
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    Envelope e = p.getInteriorRingN(h).getEnvelopeInternal();
                    if (inner.isNull() || e.getArea() > inner.getArea()) {
                        inner = e;
                    }
                }
                Envelope mid = new Envelope((outer.getMinX() + inner.getMinX()) / 2, (outer.getMaxX() + inner.getMaxX()) / 2,
                        (outer.getMinY() + inner.getMinY()) / 2, (outer.getMaxY() + inner.getMaxY()) / 2);
                if (result == null || mid.getArea() > result.getArea()) {
                    result = mid;
                }
            }
        }
        return result;
    }

    /** Bounds used as the board's extent: the outline's, else every layer's; null envelope when none. */
    public static Envelope extent(Job job) {
        Envelope outline = new Envelope();
        Envelope all = new Envelope();
        for (LoadedFile f : job.files()) {
            if (f.shapes() == null || f.shapes().boundsMm() == null) {
                continue;
            }
            all.expandToInclude(f.shapes().boundsMm());
            if (f.layer().function() == LayerFunction.OUTLINE) {
                outline.expandToInclude(f.shapes().boundsMm());
            }
        }
        return outline.isNull() ? all : outline;
    }

}
