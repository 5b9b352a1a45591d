package com.fabwright.gerber.interpret;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the contours of a region statement (Gerber spec 4.10): {@code D01} adds a segment,
 * {@code D02} closes the current contour and starts a new one. Each closed contour becomes one
 * region object. An open contour is closed with a straight segment and a warning; a contour with
 * no area-bearing segments is dropped.
 */
final class RegionBuilder {
    private final DiagnosticSink sink;
    private final List<Contour> contours = new ArrayList<>();
    private List<Contour.Segment> segments = new ArrayList<>();
    private Point start;
    private Point last;
    private SourcePosition contourPosition;
    private boolean active;

    RegionBuilder(DiagnosticSink sink) {
        this.sink = sink;
    }

    boolean active() {
        return active;
    }

    void start(Point current) {
        active = true;
        contours.clear();
        segments = new ArrayList<>();
        start = current;
        last = current;
    }

    void moveTo(Point p, SourcePosition pos) {
        closeContour(pos);
        start = p;
        last = p;
    }

    void lineTo(Point p, SourcePosition pos) {
        if (segments.isEmpty()) {
            contourPosition = pos;
        }
        if (!p.equals(last)) {
            segments.add(new Contour.Line(p));
        }
        last = p;
    }

    void arcTo(Point p, Point center, boolean clockwise, boolean zeroSweep, SourcePosition pos) {
        if (segments.isEmpty()) {
            contourPosition = pos;
        }
        if (zeroSweep) {
            return;
        }
        segments.add(new Contour.Arc(p, center, clockwise));
        last = p;
    }

    /** Ends the statement: returns one region per contour. */
    List<GraphicObject.Region> finish(Polarity polarity, Attributes attributes, SourcePosition pos) {
        closeContour(pos);
        active = false;
        List<GraphicObject.Region> regions = new ArrayList<>(contours.size());
        for (Contour c : contours) {
            regions.add(new GraphicObject.Region(List.of(c), polarity, attributes));
        }
        contours.clear();
        return regions;
    }

    private void closeContour(SourcePosition pos) {
        if (segments.isEmpty()) {
            return;
        }
        if (!last.equals(start)) {
            sink.warning("GBR-W004", contourPosition == null ? pos : contourPosition, String.format(java.util.Locale.ROOT,
                    "region contour is not closed (ends %.4f mm from its start); closed with a straight segment",
                    ArcResolver.dist(last, start) / 1e6));
            segments.add(new Contour.Line(start));
        }
        boolean hasArc = segments.stream().anyMatch(s -> s instanceof Contour.Arc);
        if (hasArc || segments.size() >= 3) {
            contours.add(new Contour(start, segments));
        }
        segments = new ArrayList<>();
    }
}
