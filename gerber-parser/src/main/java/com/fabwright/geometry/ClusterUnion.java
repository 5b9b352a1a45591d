package com.fabwright.geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Unions many shapes without ever unioning them all in one JTS call: shapes that intersect or
 * touch are grouped (an STRtree finds candidate pairs, union-find joins them), and each group is
 * unioned on its own with snap-rounding on the 1 nm grid. Groups never touch one another, so the
 * result polygons are disjoint. On a 100k-object layer this takes seconds where one
 * {@code UnaryUnionOp} took minutes (see DESIGN.md).
 */
final class ClusterUnion {
    /** Geometries with more points than this are prepared before many intersection tests. */
    private static final int PREPARE_ABOVE = 64;

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
            PreparedGeometry prepared = gi.getNumPoints() > PREPARE_ABOVE ? PreparedGeometryFactory.prepare(gi) : null;
            final int self = i;
            tree.query(gi.getEnvelopeInternal(), item -> {
                int j = (Integer) item;
                if (j <= self || find(parent, j) == find(parent, self)) {
                    return;
                }
                Geometry gj = shapes.get(j);
                boolean touches = prepared != null ? prepared.intersects(gj) : gi.intersects(gj);
                if (touches) {
                    parent[find(parent, j)] = find(parent, self);
                }
            });
        }
        Map<Integer, List<Geometry>> clusters = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            clusters.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(shapes.get(i));
        }
        List<Polygon> out = new ArrayList<>();
        for (List<Geometry> cluster : clusters.values()) {
            Shapes.addPolygons(cluster.size() == 1 ? cluster.get(0) : Shapes.union(cluster), out);
        }
        return out;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
