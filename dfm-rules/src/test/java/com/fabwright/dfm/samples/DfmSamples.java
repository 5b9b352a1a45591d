package com.fabwright.dfm.samples;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generated sample boards: a clean board with no finding under {@code generic-class2}, and one
 * board per rule with exactly one known problem, its expected measured value and place (mm).
 */
final class DfmSamples {
    /** One sample: the board, its placements, and the finding it must give (rule null for the clean board). */
    record Sample(String name, SampleBoard board, List<Placement> placements, String rule, Double measured,
                  double x, double y) {
    }

    private DfmSamples() {
    }

    static SampleBoard clean() {
        return new SampleBoard().outline(30, 20, false)
                .pad("F_Cu", 5, 10, 1.0, "A", false)
                .track("F_Cu", 5, 10, 12, 10, 0.25, "A")
                .via(12, 10, 0.8, 0.4, "A")
                .track("B_Cu", 12, 10, 20, 10, 0.25, "A")
                .pad("F_Cu", 5, 13, 1.0, "B", false)
                .track("F_Cu", 5, 13, 12, 13, 0.25, "B")
                .silk(3, 16, 12, 16, 0.2);
    }

    static Map<String, Sample> all() {
        Map<String, Sample> m = new LinkedHashMap<>();
        add(m, "clean", clean(), null, null, 0, 0);
        add(m, "copper-min-width", clean().track("F_Cu", 20, 15, 24, 15, 0.1, "W"), "copper.min-width", 0.1, 22, 15);
        add(m, "copper-clearance", clean().track("F_Cu", 20, 5, 24, 5, 0.2, "C").pad("F_Cu", 22, 5.5, 0.6, "D", false),
                "copper.clearance", 0.1, 22, 5.15);
        add(m, "copper-annular-ring", clean().via(22, 12, 0.6, 0.9, 0.45, "R"), "copper.annular-ring", 0.075, 22, 12);
        add(m, "copper-drill-clearance", clean().hole(25, 12, 1.0, false).track("F_Cu", 23, 12.75, 27, 12.75, 0.2, "E"),
                "copper.drill-clearance", 0.15, 25, 12.575);
        add(m, "copper-edge-clearance", clean().pad("F_Cu", 0.7, 5, 1.0, "F", false), "copper.edge-clearance", 0.2, 0.1, 5);
        add(m, "drill-min-diameter", clean().hole(22, 3, 0.4, false), "drill.min-diameter", 0.4, 22, 3);
        add(m, "drill-max-diameter", clean().hole(24, 10, 7.0, false), "drill.max-diameter", 7.0, 24, 10);
        add(m, "drill-hole-to-hole", clean().hole(22, 3, 1.0, false).hole(23.2, 3, 1.0, false), "drill.hole-to-hole", 0.2,
                22.6, 3);
        add(m, "drill-aspect-ratio", clean().thickness(4.4), "drill.aspect-ratio", 11.0, 12, 10);
        add(m, "drill-to-edge", clean().hole(0.8, 15, 1.0, false), "drill.to-edge", 0.3, 0.15, 15);
        add(m, "drill-slot-min-width", clean().slot(20, 17, 23, 17, 0.8, false), "drill.slot-min-width", 0.8, 21.5, 17);
        add(m, "outline-closed", new SampleBoard().outline(30, 20, true).pad("F_Cu", 15, 10, 1.0, "A", false),
                "outline.closed", null, 0, 20);
        add(m, "board-size", new SampleBoard().outline(4, 20, false), "board.size", 4.1, 2, 10);
        add(m, "silk-min-width", clean().silk(20, 18, 24, 18, 0.08), "silk.min-width", 0.08, 20, 18);
        add(m, "silk-to-edge", clean().silk(20, 0.2, 24, 1.2, 0.2), "silk.to-edge", 0.1, 20, 0.05);
        add(m, "mask-missing-opening", clean().pad("F_Cu", 22, 8, 1.0, "M", true), "mask.missing-opening", null, 22, 8);
        add(m, "silk-over-pad", clean().silk(4, 13, 6, 13, 0.15), "silk.over-pad", 0.0, 5, 13);
        add(m, "mask-expansion", clean().padMask("F_Cu", 22, 8, 1.0, 0.9, "X"), "mask.expansion", -0.05, Double.NaN, 0);
        add(m, "mask-dam", clean().pad("F_Cu", 22, 8, 0.8, "P", false).pad("F_Cu", 22.95, 8, 0.8, "Q", false), "mask.dam", 0.05,
                22.475, 8);
        // two 1 mm squares joined by a 0.05 x 0.4 mm neck of copper
        add(m, "copper-sliver", clean().region("F_Cu", "S", 20, 15, 21, 15, 21, 15.475, 21.4, 15.475, 21.4, 15, 22.4, 15, 22.4, 16,
                21.4, 16, 21.4, 15.525, 21, 15.525, 21, 16, 20, 16), "copper.sliver", 0.05, 21.2, 15.5);
        add(m, "copper-acid-trap", clean().track("F_Cu", 20, 5, 24, 5, 0.25, "T").track("F_Cu", 20, 5, 24, 7, 0.25, "T"),
                "copper.acid-trap", Math.toDegrees(Math.atan2(2, 4)), 20, 5);
        // a plated pad in a 6 x 6 mm pour of its net (four bars round a 3 x 3 mm gap) with a single 0.5 mm spoke
        add(m, "copper-starved-thermal", clean().pad("F_Cu", 24, 10, 1.6, "G", false).pad("B_Cu", 24, 10, 1.6, "G", false)
                .hole(24, 10, 0.8, true).region("F_Cu", "G", 21, 7, 27, 7, 27, 8.5, 21, 8.5)
                .region("F_Cu", "G", 21, 11.5, 27, 11.5, 27, 13, 21, 13).region("F_Cu", "G", 21, 8.5, 22.5, 8.5, 22.5, 11.5, 21, 11.5)
                .region("F_Cu", "G", 25.5, 8.5, 27, 8.5, 27, 11.5, 25.5, 11.5)
                .region("F_Cu", "G", 23.75, 10, 24.25, 10, 24.25, 11.6, 23.75, 11.6), "copper.starved-thermal", 1.0, 24, 10);
        add(m, "paste-missing", clean().paste(5, 10, 0.9), "paste.missing", null, 5, 13);
        add(m, "paste-stray", clean().paste(5, 10, 0.9).paste(5, 13, 0.9).paste(22, 15, 0.5), "paste.stray", null, 22, 15);
        m.put("assembly-fiducials", new Sample("assembly-fiducials", clean().paste(5, 10, 0.9).paste(5, 13, 0.9),
                List.of(new Placement("U2", 5, 11.5, 0, Side.TOP, "SOT-23", "LDO", MountType.SMT, "sample-pos.csv", 2)),
                "assembly.fiducials", 0.0, 15, 10));
        m.put("assembly-centroid-off-pad", new Sample("assembly-centroid-off-pad", clean(),
                List.of(new Placement("U3", 20, 10, 0, Side.TOP, "SOIC-8", "MCU", MountType.SMT, "sample-pos.csv", 2)),
                "assembly.centroid-off-pad", 14.5, 20, 10));
        m.put("assembly-component-to-edge", new Sample("assembly-component-to-edge", clean(),
                List.of(new Placement("U1", 1.0, 10, 0, Side.TOP, "SOIC-8", "MCU", MountType.SMT, "sample-pos.csv", 2)),
                "assembly.component-to-edge", 1.0, 1.0, 10));
        return m;
    }

    private static void add(Map<String, Sample> m, String name, SampleBoard b, String rule, Double measured, double x, double y) {
        m.put(name, new Sample(name, b, List.of(), rule, measured, x, y));
    }
}
