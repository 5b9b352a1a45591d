package com.fabwright.dfm.metrics;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.dfm.copper.Distances;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * The figures of a board a fab quotes from (issue 4, "Board metrics"): size, layer count, the finest
 * feature sizes found (smallest track, smallest gap between nets, smallest hole), holes per size,
 * copper area per layer (for plating and etching), drill density and rout length. A plain record:
 * the quote engine reads it, reports print it.
 *
 * @param widthMm          outer-edge width, or {@code null} without an outline
 * @param heightMm         outer-edge height, or {@code null}
 * @param copperLayers     copper layer count
 * @param thicknessMm      board thickness (job file, else 1.6)
 * @param minTrackWidthMm  narrowest track, or {@code null} without tracks
 * @param minGapMm         smallest gap between copper of different nets (searched up to 0.5 mm; {@code null} when every gap is wider), or {@code null}
 * @param minHoleMm        smallest drilled hole, or {@code null} without holes
 * @param holesBySizeMm    drilled hits and slots per diameter (mm), smallest first
 * @param holes            all holes and slots
 * @param copperAreaMm2    copper area per copper layer id, top first
 * @param drillHitsPerCm2  holes per cm² of board (over the outline's bounding box)
 * @param routLengthMm     outline length plus slot paths (what the router cuts)
 * @param netSource        where the nets used for {@code minGapMm} come from
 */
public record BoardMetrics(Double widthMm, Double heightMm, int copperLayers, double thicknessMm, Double minTrackWidthMm,
                           Double minGapMm, Double minHoleMm, Map<Double, Integer> holesBySizeMm, int holes,
                           Map<String, Double> copperAreaMm2, Double drillHitsPerCm2, double routLengthMm,
                           String netSource) {

    /** How far the smallest-gap search looks; gaps wider than this are not interesting for quoting. */
    static final double GAP_SEARCH_MM = 0.5;

    public BoardMetrics {
        holesBySizeMm = java.util.Collections.unmodifiableMap(new TreeMap<>(holesBySizeMm));
        copperAreaMm2 = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(copperAreaMm2));
    }

    /** Measures the board of a DFM input (reusing its copper features and holes). */
    public static BoardMetrics of(DfmInput in) {
        Double minTrack = null;
        Double minGap = null;
        Map<String, Double> area = new LinkedHashMap<>();
        for (CopperLayer l : in.copper()) {
            for (CopperFeature f : l.features()) {
                if (f.kind() == CopperFeature.Kind.TRACK && f.round() && f.radius() > 0) {
                    minTrack = minTrack == null ? 2 * f.radius() : Math.min(minTrack, 2 * f.radius());
                }
            }
            Double g = minGap(l);
            if (g != null) {
                minGap = minGap == null ? g : Math.min(minGap, g);
            }
            area.put(l.layerId(), in.geometry(l.layerId()).map(x -> x.areaMm2()).orElse(0.0));
        }
        Map<Double, Integer> bySize = new TreeMap<>();
        Double minHole = null;
        double rout = in.edges().getLength();
        for (DrillHole h : in.holes()) {
            double d = Math.round(h.diameterMm() * 1e4) / 1e4;
            bySize.merge(d, 1, Integer::sum);
            if (d > 0) {
                minHole = minHole == null ? d : Math.min(minHole, d);
            }
            if (h.axis() != null) {
                rout += h.axis().getLength();
            }
        }
        Double w = in.board().widthMm();
        Double h = in.board().heightMm();
        Double density = w == null || h == null || w * h <= 0 ? null : in.holes().size() / (w * h / 100.0);
        return new BoardMetrics(w, h, in.board().copperLayers(), in.thicknessMm(), minTrack, minGap, minHole, bySize,
                in.holes().size(), area, density, rout, in.nets().source().label());
    }

    private static Double minGap(CopperLayer l) {
        List<CopperFeature> fs = l.features();
        double best = IntStream.range(0, fs.size()).parallel().mapToDouble(i -> {
            CopperFeature f = fs.get(i);
            double m = Double.MAX_VALUE;
            for (CopperFeature g : l.near(f.envelope(), GAP_SEARCH_MM)) {
                if (g.index() > f.index() && !f.net().equals(g.net())) {
                    m = Math.min(m, Distances.between(f, g).distanceMm());
                }
            }
            return m;
        }).min().orElse(Double.MAX_VALUE);
        return best == Double.MAX_VALUE ? null : best;
    }
}
