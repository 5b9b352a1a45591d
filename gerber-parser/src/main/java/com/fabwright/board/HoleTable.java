package com.fabwright.board;

import com.fabwright.excellon.Plating;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The board's hole table, as a fab reads it: one row per finished diameter and plating with its
 * holes and slots, and the totals. Built from the drill layers that are not duplicates of another
 * ({@link DrillLayer#duplicateOf()}). Diameters are grouped to the micrometre.
 *
 * <p>{@code holes} counts drilled hits and {@code slots} slots; the CAD tools' reports count both
 * as holes, so their total is {@link #total()}. {@code platedHoles}/{@code nonPlatedHoles} split
 * the hits, {@code platedSlots}/{@code nonPlatedSlots} the slots; holes whose plating nothing in
 * the job states are in {@code unknownPlating} and in neither split. {@code vias} are the holes
 * the CAD tool marked {@code .AperFunction,ViaDrill} (KiCad, Gerber X2).
 *
 * @param tools          rows by diameter, plated first
 * @param holes          drilled hits
 * @param slots          slots
 * @param platedHoles    plated hits
 * @param nonPlatedHoles non-plated hits
 * @param platedSlots    plated slots
 * @param nonPlatedSlots non-plated slots
 * @param unknownPlating hits and slots of unknown plating
 * @param vias           hits and slots marked as vias
 */
public record HoleTable(List<Row> tools, int holes, int slots, int platedHoles, int nonPlatedHoles, int platedSlots,
                        int nonPlatedSlots, int unknownPlating, int vias) {

    public HoleTable {
        tools = List.copyOf(tools);
    }

    /**
     * One row: a diameter and plating.
     *
     * @param diameterMm finished diameter in mm
     * @param plating    plating of the row
     * @param holes      drilled hits
     * @param slots      slots
     * @param vias       of which marked as vias
     */
    public record Row(double diameterMm, Plating plating, int holes, int slots, int vias) {
        /** {@code true} plated, {@code false} not, {@code null} unknown (the JSON {@code plated} field). */
        public Boolean plated() {
            return plating == Plating.PLATED ? Boolean.TRUE : plating == Plating.NON_PLATED ? Boolean.FALSE : null;
        }
    }

    /** Hits and slots together: the number the CAD tools' drill reports give. */
    public int total() {
        return holes + slots;
    }

    /** The table of the layers that are not duplicates. */
    public static HoleTable of(List<DrillLayer> layers) {
        Map<String, int[]> rows = new LinkedHashMap<>();
        Map<String, Row> keys = new LinkedHashMap<>();
        int hits = 0;
        int slots = 0;
        int ph = 0;
        int nh = 0;
        int ps = 0;
        int ns = 0;
        int unknown = 0;
        int vias = 0;
        for (DrillLayer layer : layers) {
            if (layer.duplicateOf() != null) {
                continue;
            }
            for (Hole h : layer.holes()) {
                long um = Math.round(h.diameterMm() * 1000);
                String key = um + "/" + h.plating();
                keys.putIfAbsent(key, new Row(um / 1000.0, h.plating(), 0, 0, 0));
                int[] c = rows.computeIfAbsent(key, k -> new int[3]);
                c[h.slot() ? 1 : 0]++;
                c[2] += h.via() ? 1 : 0;
                vias += h.via() ? 1 : 0;
                if (h.slot()) {
                    slots++;
                } else {
                    hits++;
                }
                switch (h.plating()) {
                    case PLATED -> {
                        if (h.slot()) {
                            ps++;
                        } else {
                            ph++;
                        }
                    }
                    case NON_PLATED -> {
                        if (h.slot()) {
                            ns++;
                        } else {
                            nh++;
                        }
                    }
                    default -> unknown++;
                }
            }
        }
        List<Row> out = new ArrayList<>();
        for (Map.Entry<String, Row> e : keys.entrySet()) {
            int[] c = rows.get(e.getKey());
            out.add(new Row(e.getValue().diameterMm(), e.getValue().plating(), c[0], c[1], c[2]));
        }
        out.sort(Comparator.comparingDouble(Row::diameterMm).thenComparing(Row::plating));
        return new HoleTable(out, hits, slots, ph, nh, ps, ns, unknown, vias);
    }
}
