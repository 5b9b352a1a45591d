package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Unions many shapes without ever unioning them all in one JTS call: shapes that intersect or
 * touch are grouped (an STRtree finds candidate pairs, {@code RelateNG} confirms them, large
 * shapes such as pours prepared once for all their neighbours, union-find joins them), and each
 * group is unioned on its own, groups in parallel on the common fork-join pool, largest first.
 * Small groups use the classic overlay (faster when it succeeds, checked for validity) with
 * snap-rounding on the 1 nm grid as the fallback; groups of more than
 * {@link #LARGE_CLUSTER_POINTS} vertices are snap-rounded straight away. Groups never touch one
 * another, so the result polygons are disjoint. On a 100k-object layer this takes seconds where
 * one {@code UnaryUnionOp} took minutes (see DESIGN.md).
 */
final class ClusterUnion {
    private ClusterUnion() {
    }

    /** Shapes with more vertices than this are prepared once and reused for every touch test. */
    private static final int PREPARE_ONCE_POINTS = 64;
    /**
     * Clusters with more vertices than this are unioned with snap-rounding (OverlayNG on the 1 nm
     * grid) at once: on a copper plane's cluster of 13k shapes and 430k vertices the classic
     * overlay needed its slow snapping fallback and took 2-3x as long.
     */
    static final int LARGE_CLUSTER_POINTS = 50_000;

    /** The union of {@code shapes} as disjoint polygons, in a deterministic order. */
    static List<Polygon> union(List<Geometry> shapes) {
        int n = shapes.size();
        STRtree tree = new STRtree();
        int[] points = new int[n];
        for (int i = 0; i < n; i++) {
            tree.insert(shapes.get(i).getEnvelopeInternal(), i);
            points[i] = shapes.get(i).getNumPoints();
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        // A pour touches hundreds of pads and tracks: testing each against the pour unprepared
        // walks the pour's whole boundary every time, so large shapes are prepared once.
        RelateNG[] preparedLarge = new RelateNG[n];
        for (int i = 0; i < n; i++) {
            Geometry gi = shapes.get(i);
            final int self = i;
            RelateNG[] prepared = new RelateNG[1];
            tree.query(gi.getEnvelopeInternal(), item -> {
                int j = (Integer) item;
                if (j <= self || find(parent, j) == find(parent, self)) {
                    return;
                }
                boolean hit;
                int big = points[self] >= points[j] ? self : j;
                if (points[big] > PREPARE_ONCE_POINTS) {
                    if (preparedLarge[big] == null) {
                        preparedLarge[big] = RelateNG.prepare(shapes.get(big));
                    }
                    int small = big == self ? j : self;
                    hit = touches(preparedLarge[big], shapes.get(big), shapes.get(small));
                } else {
                    if (prepared[0] == null) {
                        prepared[0] = RelateNG.prepare(gi);
                    }
                    hit = touches(prepared[0], gi, shapes.get(j));
                }
                if (hit) {
                    parent[find(parent, j)] = find(parent, self);
                }
            });
            if (points[i] > PREPARE_ONCE_POINTS) {
                preparedLarge[i] = null; // later shapes only meet it as the larger one when j > i
            }
        }
        Map<Integer, List<Geometry>> clusters = new LinkedHashMap<>();
        Map<Integer, Integer> clusterPoints = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            clusters.computeIfAbsent(root, k -> new ArrayList<>()).add(shapes.get(i));
            clusterPoints.merge(root, points[i], Integer::sum);
        }
        // Clusters are independent: union them in parallel, largest first so that the big copper
        // clusters do not end up queued behind each other; the output keeps the cluster order.
        List<Integer> roots = new ArrayList<>(clusters.keySet());
        Geometry[] unioned = new Geometry[roots.size()];
        List<Integer> bySize = new ArrayList<>(roots.size());
        for (int k = 0; k < roots.size(); k++) {
            bySize.add(k);
        }
        bySize.sort(Comparator.comparingInt((Integer k) -> clusterPoints.get(roots.get(k))).reversed());
        bySize.parallelStream().forEach(k -> {
            List<Geometry> cluster = clusters.get(roots.get(k));
            unioned[k] = cluster.size() == 1 ? cluster.get(0)
                    : clusterPoints.get(roots.get(k)) > LARGE_CLUSTER_POINTS ? Shapes.unionSnapRounded(cluster)
                    : Shapes.union(cluster);
        });
        List<Polygon> out = new ArrayList<>();
        for (Geometry g : unioned) {
            Shapes.addPolygons(g, out);
        }
        return out;
    }

    /**
     * Whether two shapes touch. RelateNG is fast but was seen to fail with a NullPointerException
     * inside its point locator on one Altium silkscreen (LimeSDR GTO); the classic predicate is
     * the fallback, and when both fail the shapes are grouped anyway (a union of non-touching
     * shapes is still right, only slower).
     */
    private static boolean touches(RelateNG prepared, Geometry a, Geometry b) {
        try {
            return prepared.evaluate(b, RelatePredicate.intersects());
        } catch (RuntimeException e) {
            try {
                return a.intersects(b);
            } catch (RuntimeException again) {
                return true;
            }
        }
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
