package com.fabwright.board;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.ArcLinearizer;
import com.fabwright.geometry.Units;
import com.fabwright.image.Aperture;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * Finds the board edge in a layer: chains the dark draws and arcs (their centre lines, Gerber spec
 * 4.7 and 4.8) end to end into contours, closing gaps up to a tolerance with a warning
 * ({@code BRD-W001}, naming the gap and where it is), and reports chains that stay open
 * ({@code BRD-W002}). Region contours (spec 4.10) are closed contours as they are. Flashes are not
 * part of an edge. The closed contours not inside another one bound the board.
 *
 * <p>Ends closer than 1 µm are joined silently: that is coordinate rounding (an inch 2.4 file has a
 * 2.54 µm grid), not a gap anybody drew. Chaining follows the nearest free end within the
 * tolerance, so T-junctions and overlapping duplicates give extra open chains rather than a wrong
 * closed one.
 */
public final class OutlineExtractor {
    /** Gaps up to 0.05 mm are closed: well under any routing tool, over any CAD rounding. */
    public static final double DEFAULT_GAP_TOLERANCE_MM = 0.05;
    /** Ends nearer than this (1 µm, in nm) are the same point. */
    static final long SAME_POINT_NM = 1_000;
    private static final double CHORD_ERROR_MM = 0.001;
    private static final int MAX_GAP_WARNINGS = 20;
    private static final int MAX_OPEN_WARNINGS = 20;
    /** More open chains than this in a layer: it also holds text or dimensions. */
    static final int ANNOTATION_CHAINS = 10;
    /** Closed contours smaller than this fraction of the largest do not bound a board (text, marks). */
    private static final double MIN_BOARD_AREA_FRACTION = 0.01;

    private final double gapToleranceMm;
    private final long gapToleranceNm;

    public OutlineExtractor() {
        this(DEFAULT_GAP_TOLERANCE_MM);
    }

    public OutlineExtractor(double gapToleranceMm) {
        if (!(gapToleranceMm >= 0)) {
            throw new IllegalArgumentException("gap tolerance must be >= 0: " + gapToleranceMm);
        }
        this.gapToleranceMm = gapToleranceMm;
        this.gapToleranceNm = Math.max(SAME_POINT_NM, Units.nm(gapToleranceMm));
    }

    /**
     * The outline a layer draws.
     *
     * @param image    the layer
     * @param source   its job path, for diagnostics and evidence
     * @param evidence why this layer is the outline (its identification)
     */
    public Outline extract(Image image, String source, String evidence) {
        return extract(image, source, evidence, Double.POSITIVE_INFINITY);
    }

    /**
     * As {@link #extract(Image, String, String)} using only draws whose round aperture is at most
     * {@code maxLineWidthMm} wide (and regions when it is infinite): thin contours in a copper or
     * mechanical layer, when the job has no outline layer.
     */
    public Outline extract(Image image, String source, String evidence, double maxLineWidthMm) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<OutlineContour> contours = chain(image, source, maxLineWidthMm, diagnostics);
        if (contours.isEmpty()) {
            return new Outline(source, List.of(), List.of(), null, evidence + "; no draws or arcs to chain", diagnostics);
        }
        List<OutlineContour> board = boardContours(contours);
        long closedCount = contours.stream().filter(OutlineContour::closed).count();
        String detail = String.format(Locale.ROOT, "%s; %d closed contour(s), %d open chain(s), %d bounding the board",
                evidence, closedCount, contours.size() - closedCount, board.size());
        return new Outline(source, contours, board, closed(contours, board), detail, diagnostics);
    }

    /**
     * Whether the board edge is closed: some closed contour bounds the board, no open chain spans
     * at least half the board in both directions (an unfinished outer edge), and, in a layer that
     * holds only a few chains (a dedicated edge layer, up to {@value #ANNOTATION_CHAINS} open ones),
     * no open chain lies inside the board either (an unfinished cut-out). Mechanical layers used as
     * the outline (Altium {@code .GM1}) also carry text and dimension lines, open chains that say
     * nothing about the edge; they are still reported ({@code BRD-W002}).
     */
    static boolean closed(List<OutlineContour> contours, List<OutlineContour> board) {
        if (board.isEmpty()) {
            return false;
        }
        Envelope edge = new Envelope();
        board.forEach(c -> edge.expandToInclude(c.bounds()));
        List<OutlineContour> open = contours.stream().filter(c -> !c.closed()).toList();
        for (OutlineContour c : open) {
            if (c.bounds().getWidth() >= edge.getWidth() / 2 && c.bounds().getHeight() >= edge.getHeight() / 2) {
                return false;
            }
            if (open.size() <= ANNOTATION_CHAINS && edge.intersects(c.bounds())) {
                return false;
            }
        }
        return true;
    }

    /** The closed contours not inside another closed contour and not negligibly small, largest first. */
    static List<OutlineContour> boardContours(List<OutlineContour> contours) {
        List<OutlineContour> closed = contours.stream().filter(OutlineContour::closed).filter(c -> c.areaMm2() > 0)
                .sorted(Comparator.comparingDouble(OutlineContour::areaMm2).reversed()).toList();
        if (closed.isEmpty()) {
            return List.of();
        }
        double largest = closed.get(0).areaMm2();
        List<OutlineContour> out = new ArrayList<>();
        for (OutlineContour c : closed) {
            if (c.areaMm2() < largest * MIN_BOARD_AREA_FRACTION) {
                continue;
            }
            boolean inside = false;
            for (OutlineContour other : closed) {
                if (other != c && other.areaMm2() > c.areaMm2() && other.bounds().contains(c.bounds())
                        && PointLocation.isInRing(c.points().get(0), other.points().toArray(new Coordinate[0]))) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(c);
            }
        }
        return out;
    }

    /** One draw or arc, oriented: from {@code a} to {@code b}. */
    private record Edge(Point a, Point b, Point centre, boolean clockwise, double width) {
        Edge reversed() {
            return new Edge(b, a, centre, !clockwise, width);
        }

        boolean fullCircle() {
            return centre != null && a.equals(b);
        }
    }

    /** Chains the layer's draws and arcs; closed contours first (largest first), then open chains (longest first). */
    List<OutlineContour> chain(Image image, String source, double maxLineWidthMm, List<Diagnostic> diagnostics) {
        List<Edge> edges = new ArrayList<>();
        List<OutlineContour> out = new ArrayList<>();
        for (GraphicObject o : image.objects()) {
            if (o.polarity() != Polarity.DARK) {
                continue;
            }
            if (o instanceof GraphicObject.Draw d && !d.from().equals(d.to()) && width(d.aperture()) <= maxLineWidthMm) {
                edges.add(new Edge(d.from(), d.to(), null, false, width(d.aperture())));
            } else if (o instanceof GraphicObject.ArcDraw a && width(a.aperture()) <= maxLineWidthMm) {
                edges.add(new Edge(a.from(), a.to(), a.center(), a.clockwise(), width(a.aperture())));
            } else if (o instanceof GraphicObject.Region r && Double.isInfinite(maxLineWidthMm)) {
                r.contours().forEach(c -> out.add(regionContour(c)));
            }
        }
        int gapWarnings = 0;
        int openWarnings = 0;
        boolean[] used = new boolean[edges.size()];
        EndIndex index = new EndIndex(edges, gapToleranceNm);
        for (int s = 0; s < edges.size(); s++) {
            if (used[s]) {
                continue;
            }
            used[s] = true;
            Deque<Edge> chain = new ArrayDeque<>();
            chain.add(edges.get(s));
            List<long[]> gaps = new ArrayList<>();
            if (!edges.get(s).fullCircle()) {
                extend(chain, index, edges, used, gaps, true);
                extend(chain, index, edges, used, gaps, false);
            }
            Point head = chain.getFirst().a();
            Point tail = chain.getLast().b();
            double closing = distance(head, tail);
            boolean closed = chain.getFirst().fullCircle()
                    || chain.size() > 1 && closing <= gapToleranceNm;
            if (closed && closing >= SAME_POINT_NM) {
                gaps.add(new long[] {tail.x(), tail.y(), head.x(), head.y()});
            }
            for (long[] g : gaps) {
                if (gapWarnings++ < MAX_GAP_WARNINGS) {
                    diagnostics.add(warning("BRD-W001", source, String.format(Locale.ROOT,
                            "outline gap of %.4f mm between (%.4f, %.4f) and (%.4f, %.4f) mm closed (tolerance %.3f mm)",
                            Math.hypot(g[2] - g[0], g[3] - g[1]) / Units.NM_PER_MM, Units.mm(g[0]), Units.mm(g[1]),
                            Units.mm(g[2]), Units.mm(g[3]), gapToleranceMm)));
                }
            }
            OutlineContour c = contour(chain, closed);
            if (!closed && openWarnings++ < MAX_OPEN_WARNINGS) {
                diagnostics.add(warning("BRD-W002", source, String.format(Locale.ROOT,
                        "outline chain of %d segment(s) from (%.4f, %.4f) to (%.4f, %.4f) mm is open: its ends are %.4f mm apart",
                        chain.size(), Units.mm(head.x()), Units.mm(head.y()), Units.mm(tail.x()), Units.mm(tail.y()),
                        closing / Units.NM_PER_MM)));
            }
            out.add(c);
        }
        if (gapWarnings > MAX_GAP_WARNINGS) {
            diagnostics.add(warning("BRD-W001", source, (gapWarnings - MAX_GAP_WARNINGS) + " more outline gap(s) closed"));
        }
        if (openWarnings > MAX_OPEN_WARNINGS) {
            diagnostics.add(warning("BRD-W002", source, (openWarnings - MAX_OPEN_WARNINGS) + " more open chain(s)"));
        }
        out.sort(Comparator.comparing((OutlineContour c) -> !c.closed())
                .thenComparing(Comparator.comparingDouble((OutlineContour c) -> c.closed() ? c.areaMm2() : c.lengthMm()).reversed()));
        return out;
    }

    /** Grows the chain at its tail ({@code atTail}) or head with the nearest free end within the tolerance. */
    private static void extend(Deque<Edge> chain, EndIndex index, List<Edge> edges, boolean[] used, List<long[]> gaps,
                               boolean atTail) {
        while (true) {
            Point p = atTail ? chain.getLast().b() : chain.getFirst().a();
            int end = index.nearest(p, used);
            if (end < 0) {
                return;
            }
            int e = end / 2;
            boolean matchedStart = end % 2 == 0;
            used[e] = true;
            Edge edge = edges.get(e);
            Point matched = matchedStart ? edge.a() : edge.b();
            if (distance(p, matched) >= SAME_POINT_NM) {
                gaps.add(new long[] {p.x(), p.y(), matched.x(), matched.y()});
            }
            if (atTail) {
                chain.addLast(matchedStart ? edge : edge.reversed());
            } else {
                chain.addFirst(matchedStart ? edge.reversed() : edge);
            }
        }
    }

    /** Ends of the edges on a grid of tolerance-sized cells: end {@code 2i} is edge i's start, {@code 2i+1} its end. */
    private static final class EndIndex {
        private final Map<Long, List<Integer>> cells = new HashMap<>();
        private final List<Edge> edges;
        private final long cell;
        private final long tolerance;

        EndIndex(List<Edge> edges, long tolerance) {
            this.edges = edges;
            this.tolerance = tolerance;
            this.cell = Math.max(1, tolerance);
            for (int i = 0; i < edges.size(); i++) {
                if (edges.get(i).fullCircle()) {
                    continue;
                }
                add(edges.get(i).a(), 2 * i);
                add(edges.get(i).b(), 2 * i + 1);
            }
        }

        private void add(Point p, int end) {
            cells.computeIfAbsent(key(Math.floorDiv(p.x(), cell), Math.floorDiv(p.y(), cell)), k -> new ArrayList<>()).add(end);
        }

        private static long key(long cx, long cy) {
            return cx * 0x9E3779B97F4A7C15L ^ cy;
        }

        int nearest(Point p, boolean[] used) {
            long cx = Math.floorDiv(p.x(), cell);
            long cy = Math.floorDiv(p.y(), cell);
            int best = -1;
            double bestD = Double.MAX_VALUE;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    List<Integer> list = cells.get(key(cx + dx, cy + dy));
                    if (list == null) {
                        continue;
                    }
                    for (int end : list) {
                        if (used[end / 2]) {
                            continue;
                        }
                        Edge e = edges.get(end / 2);
                        double d = distance(p, end % 2 == 0 ? e.a() : e.b());
                        if (d <= tolerance && (d < bestD || d == bestD && end < best)) {
                            best = end;
                            bestD = d;
                        }
                    }
                }
            }
            return best;
        }
    }

    private static OutlineContour contour(Deque<Edge> chain, boolean closed) {
        List<Coordinate> pts = new ArrayList<>();
        Envelope bounds = new Envelope();
        double width = 0;
        for (Edge e : chain) {
            width = Math.max(width, e.width());
            List<Coordinate> seg = e.centre() == null ? List.of(coord(e.a()), coord(e.b())) : arc(e.a(), e.b(), e.centre(),
                    e.clockwise(), bounds);
            for (Coordinate c : seg) {
                bounds.expandToInclude(c);
                if (pts.isEmpty() || !pts.get(pts.size() - 1).equals2D(c)) {
                    pts.add(c);
                }
            }
        }
        if (closed && !pts.get(0).equals2D(pts.get(pts.size() - 1))) {
            pts.add(new Coordinate(pts.get(0)));
        }
        double area = closed ? Math.abs(signedArea(pts)) : 0;
        return new OutlineContour(pts, closed, bounds, width, area, chain.size());
    }

    private static OutlineContour regionContour(Contour contour) {
        Deque<Edge> chain = new ArrayDeque<>();
        Point at = contour.start();
        for (Contour.Segment s : contour.segments()) {
            if (s instanceof Contour.Arc a) {
                chain.add(new Edge(at, a.end(), a.center(), a.clockwise(), 0));
                at = a.end();
            } else if (s instanceof Contour.Line l) {
                chain.add(new Edge(at, l.end(), null, false, 0));
                at = l.end();
            }
        }
        if (chain.isEmpty()) {
            chain.add(new Edge(at, at, null, false, 0));
        }
        return contour(chain, true);
    }

    /** Points of an arc within the chord error; its axis extremes go into {@code bounds} exactly. */
    private static List<Coordinate> arc(Point a, Point b, Point c, boolean clockwise, Envelope bounds) {
        List<Coordinate> pts = ArcLinearizer.centreLine(a, b, c, clockwise, CHORD_ERROR_MM);
        double cx = Units.mm(c.x());
        double cy = Units.mm(c.y());
        Coordinate first = pts.get(0);
        Coordinate last = pts.get(pts.size() - 1);
        double r0 = first.distance(new Coordinate(cx, cy));
        double r1 = last.distance(new Coordinate(cx, cy));
        double a0 = Math.atan2(first.y - cy, first.x - cx);
        double sweep = ArcLinearizer.sweep(a0, Math.atan2(last.y - cy, last.x - cx), clockwise, a.equals(b));
        for (int k = -8; k <= 8; k++) { // every axis direction the sweep passes
            double t = (k * Math.PI / 2 - a0) / sweep;
            if (t > 0 && t < 1) {
                double r = r0 + (r1 - r0) * t;
                bounds.expandToInclude(cx + r * Math.cos(k * Math.PI / 2), cy + r * Math.sin(k * Math.PI / 2));
            }
        }
        return pts;
    }

    private static double signedArea(List<Coordinate> ring) {
        double sum = 0;
        for (int i = 1; i < ring.size(); i++) {
            Coordinate p = ring.get(i - 1);
            Coordinate q = ring.get(i);
            sum += p.x * q.y - q.x * p.y;
        }
        return sum / 2;
    }

    private static Coordinate coord(Point p) {
        return new Coordinate(Units.mm(p.x()), Units.mm(p.y()));
    }

    private static double distance(Point p, Point q) {
        return Math.hypot((double) p.x() - q.x(), (double) p.y() - q.y());
    }

    /** Line width of an aperture: a circle's diameter, the smaller side of a rectangle or obround, else 0. */
    static double width(Aperture a) {
        if (a instanceof Aperture.Circle c) {
            return c.diameter();
        }
        if (a instanceof Aperture.Rectangle r) {
            return Math.min(r.width(), r.height());
        }
        if (a instanceof Aperture.Obround o) {
            return Math.min(o.width(), o.height());
        }
        return 0;
    }

    private static Diagnostic warning(String code, String source, String message) {
        return new Diagnostic(Severity.WARNING, code, source, SourcePosition.UNKNOWN, message, "");
    }
}
