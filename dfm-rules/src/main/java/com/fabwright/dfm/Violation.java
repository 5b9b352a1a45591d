package com.fabwright.dfm;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * One finding of an analysis (DESIGN.md "Conventions"; CLI.md {@code dfm --json}): which rule found
 * it, how serious it is, where it is and what was measured against which limit. DFM rules, DFA rules
 * and the BOM / placement cross-check all report {@code Violation}s, so one report, one viewer and one
 * deviation list serve them all.
 *
 * @param rule       the stable rule id ({@code copper.clearance}, {@code assembly.centroid-off-pad}...)
 * @param severity   how serious it is
 * @param layers     canonical layer ids involved ({@code top-copper}...), possibly empty
 * @param xMm        x of a point on the finding, in the job's own coordinates (mm); for a gap the
 *                   midpoint of the shortest segment across it
 * @param yMm        y of that point (mm)
 * @param location   a drawable geometry of the finding in mm (the gap segment, the offending shape),
 *                   or {@code null} when only the point is known
 * @param measuredMm the measured value in mm (or the rule's own unit, said in the message), or
 *                   {@code null} when nothing is measured (a missing opening)
 * @param limitMm    the profile's limit it was measured against, or {@code null}
 * @param message    what is wrong and how to fix it, in one or two sentences
 * @param nets       net names involved (empty when unknown)
 * @param refs       feature references: refdes, file:line of the objects, tool numbers
 */
public record Violation(String rule, Severity severity, List<String> layers, double xMm, double yMm,
                        Geometry location, Double measuredMm, Double limitMm, String message,
                        List<String> nets, List<String> refs) {

    public Violation {
        layers = List.copyOf(layers);
        nets = List.copyOf(nets);
        refs = List.copyOf(refs);
    }
}
