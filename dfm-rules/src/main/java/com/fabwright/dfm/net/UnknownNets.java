package com.fabwright.dfm.net;

import com.fabwright.dfm.copper.ShapedObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Nets of copper objects without a {@code .N} attribute in a job that uses {@code .N}: their net is
 * unknown, not a different one (a via pad or connector pad a CAD tool wrote without the attribute).
 * Each group of touching objects without {@code .N} takes the net of the named copper it touches on
 * its layer when that is exactly one net; a group touching two nets (a real short) or none keeps no
 * net. Objects with {@code .N} (also {@code N/C}) keep theirs.
 */
final class UnknownNets {
    private UnknownNets() {
    }

    /**
     * Fills in the nets of the objects without {@code .N} in place.
     *
     * @param objects the shaped objects of one copper layer
     * @param nets    their nets from {@code .N} ({@code ""} for none), same order; changed in place
     * @return how many objects took a net
     */
    static int inherit(List<ShapedObject> objects, List<String> nets) {
        List<Integer> unknown = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            if (!objects.get(i).object().attributes().has(".N")) {
                unknown.add(i);
            }
        }
        if (unknown.isEmpty() || unknown.size() == objects.size()) {
            return 0;
        }
        STRtree tree = new STRtree();
        for (int i = 0; i < objects.size(); i++) {
            tree.insert(objects.get(i).shape().getEnvelopeInternal(), i);
        }
        int[] slot = new int[objects.size()];
        java.util.Arrays.fill(slot, -1);
        for (int k = 0; k < unknown.size(); k++) {
            slot[unknown.get(k)] = k;
        }
        UnionFind groups = new UnionFind(unknown.size());
        List<Set<String>> touched = new ArrayList<>();
        for (int k = 0; k < unknown.size(); k++) {
            touched.add(new HashSet<>());
        }
        for (int k = 0; k < unknown.size(); k++) {
            var shape = objects.get(unknown.get(k)).shape();
            for (Object o : tree.query(shape.getEnvelopeInternal())) {
                int j = (Integer) o;
                if (j == unknown.get(k) || !objects.get(j).shape().intersects(shape)) {
                    continue;
                }
                if (slot[j] >= 0) {
                    groups.union(k, slot[j]);
                } else if (!nets.get(j).isEmpty()) {
                    touched.get(k).add(nets.get(j));
                }
            }
        }
        List<Set<String>> byRoot = new ArrayList<>();
        for (int k = 0; k < unknown.size(); k++) {
            byRoot.add(new HashSet<>());
        }
        for (int k = 0; k < unknown.size(); k++) {
            byRoot.get(groups.find(k)).addAll(touched.get(k));
        }
        int changed = 0;
        for (int k = 0; k < unknown.size(); k++) {
            Set<String> n = byRoot.get(groups.find(k));
            if (n.size() == 1) {
                nets.set(unknown.get(k), n.iterator().next());
                changed++;
            }
        }
        return changed;
    }
}
