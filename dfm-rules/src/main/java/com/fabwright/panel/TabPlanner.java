package com.fabwright.panel;

import com.fabwright.assembly.Placement;
import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Tabs with mouse bites across the router gaps (reference §4 row 23: 5-8 holes of Ø0.5-0.6 mm about
 * 0.8 mm apart, a set every 50-60 mm, at least two per edge). Each gap between two boards, or
 * between a board and a rail, gets {@code max(minTabsPerEdge, ceil(length / maxTabSpacing))} tabs.
 * Each tab starts at its even share of the edge and moves, in 0.25 mm steps within that share, to
 * the nearest place whose mouse-bite band keeps {@code clearanceMm} from copper (every copper layer)
 * and part centroids; where none does, the clearest place is kept and panel DFM reports it
 * ({@code panel.tab-copper}). Fixed {@code positions} (fractions along each edge) skip the search.
 */
public final class TabPlanner {
    private static final double STEP_MM = 0.25;
    private static final double SEARCH_MM = 5.0;

    /** Obstacles near the board edges, in panel coordinates. */
    static final class Obstacles {
        final STRtree index = new STRtree();

        Obstacles(ArrayLayout layout) {
            Map<Integer, List<Polygon>> copper = new HashMap<>();
            for (ArrayLayout.Instance i : layout.instances()) {
                PanelBoard d = layout.designs().get(i.design());
                List<Polygon> polys = copper.computeIfAbsent(i.design(), k -> nearEdge(d));
                for (Polygon p : polys) {
                    Geometry g = i.transform().apply(p);
                    index.insert(g.getEnvelopeInternal(), g);
                }
                for (Placement pl : d.placements()) {
                    double[] c = i.transform().applyMm(pl.xMm(), pl.yMm());
                    Geometry g = Units.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(c[0], c[1]));
                    index.insert(g.getEnvelopeInternal(), g);
                }
            }
        }

        private static List<Polygon> nearEdge(PanelBoard d) {
            Envelope inner = new Envelope(d.edge());
            inner.expandBy(-SEARCH_MM);
            List<Polygon> kept = new ArrayList<>();
            for (Polygon p : d.copperPolygons()) {
                if (inner.isNull() || !inner.contains(p.getEnvelopeInternal())) {
                    kept.add(p);
                }
            }
            return kept;
        }

        /** Distance (mm) from {@code g} to the nearest obstacle, capped at {@link #SEARCH_MM}. */
        double clearance(Geometry g) {
            Envelope q = new Envelope(g.getEnvelopeInternal());
            q.expandBy(SEARCH_MM);
            double best = SEARCH_MM;
            for (Object o : index.query(q)) {
                best = Math.min(best, ((Geometry) o).distance(g));
            }
            return best;
        }
    }

    /** A gap side to bridge: the board edge(s) at {@code edges} across the axis, from {@code lo} to {@code hi} along it. */
    private record Gap(boolean vertical, double mid, double[] edges, double lo, double hi, List<Integer> boards) {
    }

    public List<ArrayLayout.Tab> plan(ArrayLayout layout) {
        Obstacles obstacles = new Obstacles(layout);
        List<ArrayLayout.Tab> tabs = new ArrayList<>();
        for (Gap g : gaps(layout)) {
            tabs.addAll(tabsOf(layout.spec().mouseBites(), g, obstacles));
        }
        return tabs;
    }

    private static List<Gap> gaps(ArrayLayout layout) {
        PanelSpec spec = layout.spec();
        int rows = spec.rows();
        int cols = spec.cols();
        Map<Long, ArrayLayout.Instance> at = new HashMap<>();
        layout.instances().forEach(i -> at.put((long) i.row() * cols + i.col(), i));
        boolean bt = spec.rails().bottomTop() && spec.rails().widthMm() > 0;
        boolean lr = spec.rails().leftRight() && spec.rails().widthMm() > 0;
        double rw = spec.rails().widthMm();
        Envelope p = layout.panel();
        List<Gap> gaps = new ArrayList<>();
        for (ArrayLayout.Instance i : layout.instances()) {
            Envelope e = i.edge();
            ArrayLayout.Instance right = i.col() + 1 < cols ? at.get((long) i.row() * cols + i.col() + 1) : null;
            ArrayLayout.Instance up = i.row() + 1 < rows ? at.get((long) (i.row() + 1) * cols + i.col()) : null;
            if (right != null) {
                Envelope f = right.edge();
                gaps.add(new Gap(true, (e.getMaxX() + f.getMinX()) / 2, new double[] {e.getMaxX(), f.getMinX()},
                        Math.max(e.getMinY(), f.getMinY()), Math.min(e.getMaxY(), f.getMaxY()),
                        List.of(i.number(), right.number())));
            }
            if (up != null) {
                Envelope f = up.edge();
                gaps.add(new Gap(false, (e.getMaxY() + f.getMinY()) / 2, new double[] {e.getMaxY(), f.getMinY()},
                        Math.max(e.getMinX(), f.getMinX()), Math.min(e.getMaxX(), f.getMaxX()),
                        List.of(i.number(), up.number())));
            }
            if (lr && i.col() == 0) {
                gaps.add(new Gap(true, (rw + e.getMinX()) / 2, new double[] {e.getMinX()}, e.getMinY(), e.getMaxY(),
                        List.of(i.number())));
            }
            if (lr && i.col() == cols - 1) {
                gaps.add(new Gap(true, (e.getMaxX() + p.getMaxX() - rw) / 2, new double[] {e.getMaxX()}, e.getMinY(),
                        e.getMaxY(), List.of(i.number())));
            }
            if (bt && i.row() == 0) {
                gaps.add(new Gap(false, (rw + e.getMinY()) / 2, new double[] {e.getMinY()}, e.getMinX(), e.getMaxX(),
                        List.of(i.number())));
            }
            if (bt && i.row() == rows - 1) {
                gaps.add(new Gap(false, (e.getMaxY() + p.getMaxY() - rw) / 2, new double[] {e.getMaxY()}, e.getMinX(),
                        e.getMaxX(), List.of(i.number())));
            }
        }
        return gaps;
    }

    private static List<ArrayLayout.Tab> tabsOf(PanelSpec.MouseBites mb, Gap g, Obstacles obstacles) {
        double length = g.hi() - g.lo();
        double w = mb.tabWidthMm();
        List<ArrayLayout.Tab> tabs = new ArrayList<>();
        if (length < w) {
            return tabs;
        }
        int n = Math.max(mb.minTabsPerEdge(), (int) Math.ceil(length / mb.maxTabSpacingMm()));
        n = Math.max(1, Math.min(n, (int) Math.floor(length / (2 * w))));
        double share = length / n;
        for (int k = 0; k < n; k++) {
            double ideal = g.lo() + (k + 0.5) * share;
            if (mb.positions() != null && !mb.positions().isEmpty()) {
                if (k >= mb.positions().size()) {
                    break;
                }
                ideal = g.lo() + mb.positions().get(k) * length;
                tabs.add(tab(mb, g, ideal, clearance(mb, g, ideal, obstacles)));
                continue;
            }
            double reach = Math.max(0, share / 2 - w / 2 - 0.5);
            double best = ideal;
            double bestClear = clearance(mb, g, ideal, obstacles);
            for (double d = STEP_MM; d <= reach && bestClear < mb.clearanceMm(); d += STEP_MM) {
                for (double s : new double[] {ideal - d, ideal + d}) {
                    double c = clearance(mb, g, s, obstacles);
                    if (c > bestClear + 1e-9) {
                        best = s;
                        bestClear = c;
                    }
                }
            }
            tabs.add(tab(mb, g, best, bestClear));
        }
        return tabs;
    }

    /** The mouse-bite band of a tab centred at {@code s}: along the tab width, one hole radius either side of each edge. */
    static List<Envelope> bands(PanelSpec.MouseBites mb, double[] edges, boolean vertical, double s) {
        double half = Math.max(mb.tabWidthMm(), (mb.holesPerTab() - 1) * mb.pitchMm() + mb.holeDiameterMm()) / 2;
        double r = mb.holeDiameterMm() / 2;
        List<Envelope> out = new ArrayList<>();
        for (double e : edges) {
            out.add(vertical ? new Envelope(e - r, e + r, s - half, s + half) : new Envelope(s - half, s + half, e - r, e + r));
        }
        return out;
    }

    private static double clearance(PanelSpec.MouseBites mb, Gap g, double s, Obstacles obstacles) {
        double c = Double.MAX_VALUE;
        for (Envelope band : bands(mb, g.edges(), g.vertical(), s)) {
            c = Math.min(c, obstacles.clearance(Units.FACTORY.toGeometry(band)));
        }
        return c;
    }

    private static ArrayLayout.Tab tab(PanelSpec.MouseBites mb, Gap g, double s, double clearance) {
        List<double[]> holes = new ArrayList<>();
        int k = mb.holesPerTab();
        for (double e : g.edges()) {
            for (int j = 0; j < k; j++) {
                double along = s + (j - (k - 1) / 2.0) * mb.pitchMm();
                holes.add(g.vertical() ? new double[] {e, along} : new double[] {along, e});
            }
        }
        double x = g.vertical() ? g.mid() : s;
        double y = g.vertical() ? s : g.mid();
        return new ArrayLayout.Tab(x, y, !g.vertical(), mb.tabWidthMm(), holes, g.boards(), clearance);
    }
}
