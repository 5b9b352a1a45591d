package com.fabwright.quote;

import java.util.Set;

/**
 * The bare board as the fab block prices it, each figure with its origin (measured from the job or
 * entered). Lengths in millimetres; {@code null} values are unknown and leave their option out.
 *
 * @param widthMm      board width
 * @param heightMm     board height
 * @param layers       copper layers
 * @param thicknessMm  finished thickness
 * @param finish       surface finish ({@code HASL}, {@code ENIG}, {@code OSP}, {@code ImmAg}...)
 * @param copperOz     outer copper weight in oz
 * @param material     base material ({@code FR4}, {@code TG150}, {@code TG170}...)
 * @param minTrackMm   smallest track width (DFM BoardMetrics, or entered)
 * @param minGapMm     smallest copper gap
 * @param minHoleMm    smallest drilled hole
 * @param holes        drilled holes per board
 * @param impedance    impedance control asked for
 * @param specials     special processes ({@code castellated}, {@code edge-plating}, {@code gold-fingers},
 *                     {@code hdi-1n1}, {@code hdi-2n2}, {@code no-xout})
 */
public record BoardSpec(Input<Double> widthMm, Input<Double> heightMm, Input<Integer> layers,
                        Input<Double> thicknessMm, Input<String> finish, Input<Double> copperOz,
                        Input<String> material, Input<Double> minTrackMm, Input<Double> minGapMm,
                        Input<Double> minHoleMm, Input<Integer> holes, Input<Boolean> impedance,
                        Set<String> specials) {
    public BoardSpec {
        specials = Set.copyOf(specials);
    }

    /** Board area in m². */
    public double areaM2() {
        return widthMm.value() * heightMm.value() / 1e6;
    }

    /** Board area in cm². */
    public double areaCm2() {
        return widthMm.value() * heightMm.value() / 100;
    }

    /** The smaller of track and gap, the figure fine-line adders look at; {@code null} when neither is known. */
    public Double minFeatureMm() {
        Double t = minTrackMm.value();
        Double g = minGapMm.value();
        if (t == null) {
            return g;
        }
        return g == null ? t : Math.min(t, g);
    }
}
