package com.fabwright.dfm.net;

import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.copper.ShapedObject;
import com.fabwright.geometry.LayerGeometry;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.function.Supplier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Decides the net of every copper object, from the best source the job has (issue 4, "Nets"):
 * X2 {@code .N} attributes when any copper object carries one; else the copper islands of each
 * layer (the merged final image), joined through plated holes across layers, named by an
 * IPC-D-356 netlist's test points when the job has one ({@link NetSource#IPC_D_356}), else named
 * {@code N$1, N$2...} ({@link NetSource#CONNECTIVITY}; {@link NetSource#ISLANDS} when there are no
 * plated holes to join layers).
 */
public final class NetResolver {
    private NetResolver() {
    }

    /**
     * @param layers     shaped objects per copper layer, top first
     * @param merged     the merged final image of each copper layer (only built when needed)
     * @param holes      the board's holes
     * @param testPoints IPC-D-356 test points, or {@code null} when the job has no netlist
     * @param forced     a source to use even when a better one exists (tests), or {@code null}
     */
    public static NetAssignment resolve(List<List<ShapedObject>> layers, Supplier<List<LayerGeometry>> merged,
                                        List<DrillHole> holes, List<Ipc356Reader.TestPoint> testPoints,
                                        NetSource forced) {
        long total = 0;
        long named = 0;
        for (List<ShapedObject> l : layers) {
            for (ShapedObject o : l) {
                total++;
                if (o.object().attributes().has(".N")) {
                    named++;
                }
            }
        }
        if (named > 0 && (forced == null || forced == NetSource.X2)) {
            List<List<String>> nets = new ArrayList<>();
            int inherited = 0;
            for (List<ShapedObject> l : layers) {
                List<String> layerNets = new ArrayList<>(l.stream().map(o -> {
                    String n = o.object().attributes().first(".N");
                    return n == null || n.equals("N/C") ? "" : n;
                }).toList());
                inherited += UnknownNets.inherit(l, layerNets);
                nets.add(List.copyOf(layerNets));
            }
            return new NetAssignment(NetSource.X2, "X2 .N attributes on " + named + " of " + total + " copper objects"
                    + (inherited > 0 ? ", " + inherited + " without .N on the net of the copper they touch" : ""), nets);
        }
        return islands(layers, merged.get(), holes, forced == NetSource.X2 ? null : testPoints, forced);
    }

    private static NetAssignment islands(List<List<ShapedObject>> layers, List<LayerGeometry> merged,
                                         List<DrillHole> holes, List<Ipc356Reader.TestPoint> testPoints,
                                         NetSource forced) {
        int[] offset = new int[merged.size() + 1];
        for (int i = 0; i < merged.size(); i++) {
            offset[i + 1] = offset[i] + merged.get(i).polygons().size();
        }
        UnionFind uf = new UnionFind(offset[merged.size()]);
        List<List<PreparedGeometry>> prepared = new ArrayList<>();
        List<Map<Polygon, Integer>> positions = new ArrayList<>();
        for (LayerGeometry g : merged) {
            prepared.add(g.polygons().stream().map(p -> (PreparedGeometry) PreparedGeometryFactory.prepare(p)).toList());
            Map<Polygon, Integer> pos = new IdentityHashMap<>();
            for (int i = 0; i < g.polygons().size(); i++) {
                pos.put(g.polygons().get(i), i);
            }
            positions.add(pos);
        }
        int joins = 0;
        for (DrillHole h : holes) {
            if (!h.plated()) {
                continue;
            }
            int first = -1;
            for (int l = 0; l < merged.size(); l++) {
                int island = islandAt(merged.get(l), prepared.get(l), positions.get(l), h.centrePoint(), h.radiusMm() + 1e-3);
                if (island >= 0) {
                    int id = offset[l] + island;
                    if (first >= 0) {
                        uf.union(first, id);
                    } else {
                        first = id;
                    }
                }
            }
            joins++;
        }
        String[] names = new String[uf.size()];
        NetSource source = joins > 0 ? NetSource.CONNECTIVITY : NetSource.ISLANDS;
        if (forced == NetSource.ISLANDS) {
            uf = new UnionFind(offset[merged.size()]);
            source = NetSource.ISLANDS;
        }
        int namedPoints = 0;
        if (testPoints != null && !testPoints.isEmpty() && forced != NetSource.CONNECTIVITY && forced != NetSource.ISLANDS) {
            for (Ipc356Reader.TestPoint tp : testPoints) {
                Geometry pt = com.fabwright.geometry.Units.FACTORY.createPoint(new Coordinate(tp.xMm(), tp.yMm()));
                for (int l = 0; l < merged.size(); l++) {
                    int island = islandAt(merged.get(l), prepared.get(l), positions.get(l), pt, 0);
                    if (island >= 0) {
                        int root = uf.find(offset[l] + island);
                        if (names[root] == null && !tp.net().isEmpty()) {
                            names[root] = tp.net();
                            namedPoints++;
                        }
                    }
                }
            }
            source = NetSource.IPC_D_356;
        }
        List<List<String>> nets = new ArrayList<>();
        for (int l = 0; l < layers.size(); l++) {
            List<String> layerNets = new ArrayList<>();
            for (ShapedObject o : layers.get(l)) {
                int island = l < merged.size() ? islandOf(merged.get(l), prepared.get(l), positions.get(l), o.shape()) : -1;
                if (island < 0) {
                    layerNets.add("");
                    continue;
                }
                int root = uf.find(offset[l] + island);
                layerNets.add(names[root] != null ? names[root] : "N$" + (root + 1));
            }
            nets.add(layerNets);
        }
        String evidence = switch (source) {
            case IPC_D_356 -> "IPC-D-356 netlist: " + testPoints.size() + " test points named " + namedPoints
                    + " connected copper pieces (joined through " + joins + " plated holes)";
            case CONNECTIVITY -> "no net attributes or netlist: connectivity of copper islands joined through "
                    + joins + " plated holes";
            default -> "no net attributes, netlist or plated holes: every copper island counts as its own net";
            };
        return new NetAssignment(source, evidence, nets);
    }

    /** The island (polygon index) that contains {@code pt} or comes within {@code tolerance} of it. */
    private static int islandAt(LayerGeometry g, List<PreparedGeometry> prepared, Map<Polygon, Integer> pos, Geometry pt, double tolerance) {
        Envelope e = pt.getEnvelopeInternal();
        e.expandBy(Math.max(tolerance, 1e-6));
        for (Object o : g.polygonIndex().query(e)) {
            int i = pos.get((Polygon) o);
            if (prepared.get(i).intersects(pt) || tolerance > 0 && prepared.get(i).getGeometry().isWithinDistance(pt, tolerance)) {
                return i;
            }
        }
        return -1;
    }

    /** The island an object's shape belongs to: the one holding its interior point, else any it touches. */
    private static int islandOf(LayerGeometry g, List<PreparedGeometry> prepared, Map<Polygon, Integer> pos, Geometry shape) {
        Geometry inside = shape.getInteriorPoint();
        int i = islandAt(g, prepared, pos, inside, 0);
        if (i >= 0) {
            return i;
        }
        for (Object o : g.polygonIndex().query(shape.getEnvelopeInternal())) {
            int j = pos.get((Polygon) o);
            if (prepared.get(j).intersects(shape)) {
                return j;
            }
        }
        return -1;
    }
}
