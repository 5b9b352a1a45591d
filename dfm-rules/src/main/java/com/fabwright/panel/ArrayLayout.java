package com.fabwright.panel;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A planned delivery array: where every board goes, the rails, the global fiducials and tooling
 * holes, the text, and the separation (V-score lines or tabs with mouse bites). Millimetres, panel
 * lower-left at the origin.
 *
 * @param spec       what was asked for
 * @param designs    the board designs (several for a multi-design array)
 * @param instances  the boards placed, numbered from 1 row by row from the bottom left
 * @param panel      the panel's outline (0, 0, width, height)
 * @param rails      rail rectangles
 * @param fiducials  global fiducial centres
 * @param tooling    tooling hole centres
 * @param text       the text on the top silkscreen ({@code null} when none) and where it goes
 * @param vscores    V-score lines (empty for mouse bites)
 * @param tabs       tabs (empty for V-score)
 * @param warnings   findings that do not stop the panel (a V-score panel under the minimum size...)
 */
public record ArrayLayout(PanelSpec spec, List<PanelBoard> designs, List<Instance> instances, Envelope panel,
                          List<Envelope> rails, List<double[]> fiducials, List<double[]> tooling, Text text,
                          List<VScoreLine> vscores, List<Tab> tabs, List<String> warnings) {

    public ArrayLayout {
        designs = List.copyOf(designs);
        instances = List.copyOf(instances);
        rails = List.copyOf(rails);
        fiducials = List.copyOf(fiducials);
        tooling = List.copyOf(tooling);
        vscores = List.copyOf(vscores);
        tabs = List.copyOf(tabs);
        warnings = List.copyOf(warnings);
    }

    /** One board of the array. */
    public record Instance(int number, int design, int row, int col, RigidTransform transform, Envelope edge) {
    }

    /** Panel text: its string, centre and cap height. */
    public record Text(String value, double xMm, double yMm, double heightMm) {
    }

    /** A V-score line across the whole panel: vertical at x ({@code vertical}) or horizontal at y. */
    public record VScoreLine(boolean vertical, double atMm) {
    }

    /**
     * A tab across a router gap: its centre on the gap's mid line, whether the gap runs along x
     * ({@code alongX}: the tab bridges in y), its width along the gap, the mouse-bite hole centres,
     * the boards it joins and the clearance found to copper and parts.
     */
    public record Tab(double xMm, double yMm, boolean alongX, double widthMm, List<double[]> holes,
                      List<Integer> boards, double clearanceMm) {
        public Tab {
            holes = List.copyOf(holes);
            boards = List.copyOf(boards);
        }
    }

    public double widthMm() {
        return panel.getWidth();
    }

    public double heightMm() {
        return panel.getHeight();
    }

    /** Number of mouse-bite holes. */
    public int mouseBiteHoles() {
        return tabs.stream().mapToInt(t -> t.holes().size()).sum();
    }
}
