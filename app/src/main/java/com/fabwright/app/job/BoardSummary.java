package com.fabwright.app.job;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Board-level figures derived from the layers: size from the outline (or from all layers when
 * there is no outline), copper layer count, whether the outline is closed. A closed outline drawn
 * with a line aperture leaves a ring, i.e. a polygon with a hole; an open one does not.
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
        Envelope outline = new Envelope();
        Envelope all = new Envelope();
        Boolean closed = null;
        for (LoadedFile f : job.files()) {
            if (f.shapes() == null || f.shapes().boundsMm() == null || f.shapes().boundsMm().isNull()) {
                continue;
            }
            all.expandToInclude(f.shapes().boundsMm());
            if (f.layer().function() == LayerFunction.OUTLINE) {
                outline.expandToInclude(f.shapes().boundsMm());
                boolean ring = hasHole(f.shapes().darkArea());
                closed = closed == null ? ring : closed || ring;
            }
        }
        Envelope size = outline.isNull() ? all : outline;
        if (size.isNull()) {
            return new BoardSummary(null, null, copper, closed, null);
        }
        return new BoardSummary(size.getWidth(), size.getHeight(), copper, closed, null);
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

    private static boolean hasHole(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && p.getNumInteriorRing() > 0) {
                return true;
            }
        }
        return false;
    }
}
