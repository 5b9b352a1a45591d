package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.relateng.RelateNG;
import org.locationtech.jts.operation.relateng.RelatePredicate;

/**
 * Unions many shapes without ever unioning them all in one JTS call: shapes that intersect or
 * touch are grouped (an STRtree finds candidate pairs, {@code RelateNG} confirms them, union-find joins them), and each group is
 * unioned on its own with snap-rounding on the 1 nm grid, groups in parallel on the common
 * fork-join pool. Groups never touch one another, so the result polygons are disjoint. On a 100k-object layer this takes seconds where one
 * {@code UnaryUnionOp} took minutes (see DESIGN.md).
 */
final class ClusterUnion {
    private ClusterUnion() {
    }

    /** The union of {@code shapes} as disjoint polygons, in a deterministic order. */
    static List<Polygon> union(List<Geometry> shapes) {
        int n = shapes.size();
        STRtree tree = new STRtree();
        for (int i = 0; i < n; i++) {
            tree.insert(shapes.get(i).getEnvelopeInternal(), i);
        }
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            Geometry gi = shapes.get(i);
            final int self = i;
            RelateNG[] prepared = new RelateNG[1];
            tree.query(gi.getEnvelopeInternal(), item -> {
                int j = (Integer) item;
                if (j <= self || find(parent, j) == find(parent, self)) {
                    return;
                }
                if (prepared[0] == null) {
                    prepared[0] = RelateNG.prepare(gi);
                }
                if (touches(prepared[0], gi, shapes.get(j))) {
                    parent[find(parent, j)] = find(parent, self);
                }
            });
        }
        Map<Integer, List<Geometry>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(shapes.get(i));
        }
        // Clusters are independent: union them in parallel; the list order keeps the output stable.
        List<Geometry> unioned = new ArrayList<>(clusters.values()).parallelStream()
                .map(cluster -> cluster.size() == 1 ? cluster.get(0) : Shapes.union(cluster))
                .collect(Collectors.toList());
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
