package com.fabwright.dfm.report;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.geometry.Units;
import com.fabwright.render.LayerRasterizer;
import com.fabwright.render.RenderLayer;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The pictures of the HTML report, drawn with {@link LayerRasterizer}: the whole board with a
 * marker per finding, and a zoomed view of each finding (its layer's copper, the holes, the edge,
 * and the finding's geometry highlighted), as PNG data URIs.
 */
final class Pictures {
    static final Color BOARD = new Color(20, 60, 30);
    static final Color COPPER = new Color(200, 150, 60);
    static final Color COPPER_BACK = new Color(90, 120, 200, 150);
    static final Color HOLE = Color.BLACK;
    static final Color EDGE = new Color(230, 230, 120);
    static final Color MARK = new Color(255, 0, 200);

    private final DfmInput input;

    Pictures(DfmInput input) {
        this.input = input;
    }

    /** The board with markers, at most {@code maxPx} wide or high. */
    String overview(List<Violation> violations, int maxPx) {
        Envelope win = window();
        if (win == null) {
            return null;
        }
        double dpi = Math.min(600, maxPx / (Math.max(win.getWidth(), win.getHeight()) / 25.4));
        BufferedImage img = LayerRasterizer.render(layers(win, null), win, dpi, BOARD, true);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setStroke(new BasicStroke(2f));
        double px = dpi / 25.4;
        for (Violation v : violations) {
            g.setColor(v.severity() == Severity.ERROR ? Color.RED : v.severity() == Severity.WARNING ? Color.YELLOW : Color.CYAN);
            int x = (int) Math.round((v.xMm() - win.getMinX()) * px);
            int y = (int) Math.round((win.getMaxY() - v.yMm()) * px);
            g.drawOval(x - 6, y - 6, 12, 12);
        }
        g.dispose();
        return png(img);
    }

    /** A zoomed view of one finding: a window of {@code sizeMm} around it. */
    String zoom(Violation v, double sizeMm, int px) {
        Envelope win = new Envelope(v.xMm() - sizeMm / 2, v.xMm() + sizeMm / 2, v.yMm() - sizeMm / 2, v.yMm() + sizeMm / 2);
        if (v.location() != null) {
            Envelope e = v.location().getEnvelopeInternal();
            if (e.getWidth() < 4 * sizeMm && e.getHeight() < 4 * sizeMm) {
                win.expandToInclude(e);
                win.expandBy(0.2);
            }
        }
        double dpi = px / (Math.max(win.getWidth(), win.getHeight()) / 25.4);
        List<RenderLayer> layers = layers(win, v.layers().isEmpty() ? null : v.layers().get(0));
        if (v.location() != null) {
            double w = Math.max(0.01, 2.5 / (dpi / 25.4));
            Geometry mark = v.location().getDimension() == 2 ? v.location().getBoundary().buffer(w) : v.location().buffer(w);
            layers.add(new RenderLayer(mark, MARK));
        }
        BufferedImage img = LayerRasterizer.render(layers, win, dpi, BOARD, true);
        Graphics2D g = img.createGraphics();
        g.setColor(MARK);
        g.setStroke(new BasicStroke(1.5f));
        int x = (int) Math.round((v.xMm() - win.getMinX()) * dpi / 25.4);
        int y = (int) Math.round((win.getMaxY() - v.yMm()) * dpi / 25.4);
        g.drawLine(x - 8, y, x + 8, y);
        g.drawLine(x, y - 8, x, y + 8);
        g.dispose();
        return png(img);
    }

    private Envelope window() {
        Envelope e = input.board().outline().outerEdge();
        if (e.isNull()) {
            e = new Envelope();
            for (var l : input.copper()) {
                for (var f : l.features()) {
                    e.expandToInclude(f.envelope());
                }
            }
        }
        if (e.isNull() || e.getWidth() <= 0 || e.getHeight() <= 0) {
            return null;
        }
        e.expandBy(1);
        return e;
    }

    /** Copper (the named layer in front, else top over bottom), holes and edge, clipped to the window. */
    private List<RenderLayer> layers(Envelope win, String front) {
        List<RenderLayer> out = new ArrayList<>();
        var copper = input.copper();
        if (!copper.isEmpty()) {
            String frontId = front != null && copper.stream().anyMatch(c -> c.layerId().equals(front)) ? front
                    : copper.get(0).layerId();
            String backId = copper.size() > 1 ? (frontId.equals(copper.get(copper.size() - 1).layerId())
                    ? copper.get(0).layerId() : copper.get(copper.size() - 1).layerId()) : null;
            if (backId != null) {
                clip(input.geometry(backId), win).ifPresent(g -> out.add(new RenderLayer(g, COPPER_BACK)));
            }
            clip(input.geometry(frontId), win).ifPresent(g -> out.add(new RenderLayer(g, COPPER)));
        }
        List<Geometry> holes = new ArrayList<>();
        for (DrillHole h : input.holes()) {
            if (win.intersects(h.measured().getEnvelopeInternal())) {
                holes.add(h.circle(0.01));
            }
        }
        if (!holes.isEmpty()) {
            out.add(new RenderLayer(Units.FACTORY.buildGeometry(holes), HOLE));
        }
        double w = Math.max(0.05, Math.max(win.getWidth(), win.getHeight()) / 400);
        List<Geometry> edges = new ArrayList<>();
        for (Geometry e : input.edgeElements()) {
            if (win.intersects(e.getEnvelopeInternal())) {
                edges.add(e.buffer(w / 2, 2));
            }
        }
        if (!edges.isEmpty()) {
            out.add(new RenderLayer(Units.FACTORY.buildGeometry(edges), EDGE));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Geometry> clip(Optional<LayerGeometry> g, Envelope win) {
        return g.map(lg -> {
            List<Polygon> ps = (List<Polygon>) lg.polygonIndex().query(win);
            return Units.FACTORY.createMultiPolygon(ps.toArray(new Polygon[0]));
        });
    }

    static String png(BufferedImage img) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, "png", out);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
