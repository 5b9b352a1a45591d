package com.fabwright.panel;

import com.fabwright.geometry.Units;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Panel text drawn as Gerber regions: the glyph outlines of the JDK's logical sans-serif font
 * (java.awt, headless), flattened within 0.01 mm, combined even-odd (so counters of O, A, 8 are
 * holes), each letter written as its dark outer contour followed by its counters in clear
 * polarity. Used on the top silkscreen of a rail.
 */
public final class PanelText {
    private static final Logger LOG = LoggerFactory.getLogger(PanelText.class);

    private PanelText() {
    }

    /** The regions of {@code text}, cap height about {@code heightMm}, centred at ({@code xMm}, {@code yMm}). */
    public static List<GraphicObject> regions(ArrayLayout.Text text) {
        List<GraphicObject> out = new ArrayList<>();
        if (text == null || text.value().isBlank()) {
            return out;
        }
        try {
            Font font = new Font(Font.SANS_SERIF, Font.BOLD, 100);
            GlyphVector gv = font.createGlyphVector(new FontRenderContext(null, true, true), text.value());
            var bounds = gv.getVisualBounds();
            double scale = text.heightMm() / 72.0; // cap height of a 100-unit font is about 72 units
            AffineTransform at = new AffineTransform();
            at.translate(text.xMm() - bounds.getCenterX() * scale, text.yMm() + bounds.getCenterY() * scale);
            at.scale(scale, -scale);
            for (int g = 0; g < gv.getNumGlyphs(); g++) {
                Geometry glyph = evenOdd(gv.getGlyphOutline(g), at);
                for (int k = 0; k < glyph.getNumGeometries(); k++) {
                    Polygon p = (Polygon) glyph.getGeometryN(k);
                    out.add(region(p.getExteriorRing().getCoordinates(), Polarity.DARK));
                    for (int h = 0; h < p.getNumInteriorRing(); h++) {
                        out.add(region(p.getInteriorRingN(h).getCoordinates(), Polarity.CLEAR));
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            LOG.warn("panel text left out: no usable font ({})", e.toString());
        }
        return out;
    }

    private static Geometry evenOdd(java.awt.Shape shape, AffineTransform at) {
        PathIterator it = shape.getPathIterator(at, 0.01);
        double[] c = new double[6];
        List<Coordinate> ring = new ArrayList<>();
        Geometry acc = Units.FACTORY.createPolygon();
        while (!it.isDone()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_MOVETO) {
                acc = close(acc, ring);
                ring = new ArrayList<>();
                ring.add(new Coordinate(c[0], c[1]));
            } else if (type == PathIterator.SEG_LINETO) {
                ring.add(new Coordinate(c[0], c[1]));
            } else if (type == PathIterator.SEG_CLOSE) {
                acc = close(acc, ring);
                ring = new ArrayList<>();
            }
            it.next();
        }
        return close(acc, ring);
    }

    private static Geometry close(Geometry acc, List<Coordinate> ring) {
        if (ring.size() < 3) {
            return acc;
        }
        List<Coordinate> pts = new ArrayList<>(ring);
        pts.add(new Coordinate(pts.get(0)));
        LinearRing lr = Units.FACTORY.createLinearRing(pts.stream()
                .map(p -> new Coordinate(Units.mm(Units.nm(p.x)), Units.mm(Units.nm(p.y)))).toArray(Coordinate[]::new));
        Geometry poly = Units.FACTORY.createPolygon(lr).buffer(0);
        return acc.symDifference(poly);
    }

    private static GraphicObject region(Coordinate[] ring, Polarity polarity) {
        Point start = new Point(Units.nm(ring[0].x), Units.nm(ring[0].y));
        List<Contour.Segment> segs = new ArrayList<>();
        for (int i = 1; i < ring.length; i++) {
            segs.add(new Contour.Line(new Point(Units.nm(ring[i].x), Units.nm(ring[i].y))));
        }
        return new GraphicObject.Region(List.of(new Contour(start, segs)), polarity, Attributes.EMPTY);
    }
}
