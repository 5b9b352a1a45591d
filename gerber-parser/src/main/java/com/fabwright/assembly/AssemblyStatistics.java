package com.fabwright.assembly;

import java.util.Map;

/**
 * The assembly figures a quote needs (reference/quote-model.md, assembly block), computed from the
 * BOM and placements: how many parts on which side, how they are soldered, how many distinct lines
 * the line must be set up for, and the package classes that price differently.
 *
 * @param placementsTop     placed parts on the top side (DNP excluded)
 * @param placementsBottom  placed parts on the bottom side (DNP excluded)
 * @param smt               surface-mount placements
 * @param tht               through-hole placements
 * @param uniqueLines       distinct BOM lines fitted (feeder setups)
 * @param smtJoints         SMT solder joints (pads of SMT parts)
 * @param thtPins           through-hole pins to solder
 * @param finePitch         placements with a pitch of 0.5 mm or less
 * @param bga               BGA placements
 * @param packageClasses    placements per package class ({@code 0402}, {@code SOIC}, {@code QFN},
 *                          {@code BGA}...)
 * @param doubleSided       whether both sides carry parts
 * @param source            where the figures come from (file names)
 */
public record AssemblyStatistics(int placementsTop, int placementsBottom, int smt, int tht, int uniqueLines,
                                 int smtJoints, int thtPins, int finePitch, int bga,
                                 Map<String, Integer> packageClasses, boolean doubleSided, String source) {

    public AssemblyStatistics {
        packageClasses = Map.copyOf(packageClasses);
    }

    /** All placements, both sides. */
    public int placements() {
        return placementsTop + placementsBottom;
    }
}
