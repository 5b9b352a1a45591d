package com.fabwright.panel;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What a delivery array should look like: the preset or command-line choice, as data (the JSON
 * form of a preset, see {@code presets/*.json}). Lengths in millimetres. Defaults come from
 * {@code ../shared/reference/dfm-checks-and-layer-names.md} §4 rows 20-23 (rails 5 mm, mouse bites
 * Ø0.5-0.6 mm about 0.8 mm apart, V-cut copper clearance 0.4 mm, panels at least 70 x 70 mm).
 *
 * @param name        preset name
 * @param version     preset version
 * @param source      where the numbers come from
 * @param rows        board rows (y)
 * @param cols        board columns (x)
 * @param rotationDeg board rotation, a multiple of 90 degrees counter-clockwise
 * @param spacingMm   gap between boards (0 for V-score; the router gap for mouse bites)
 * @param rails       rails or frame
 * @param separation  {@code vscore} or {@code mousebites}
 * @param mouseBites  tab and hole parameters (mouse bites)
 * @param vscore      V-score parameters
 * @param fiducials   global fiducials on the rails
 * @param tooling     tooling holes on the rails
 * @param text        text on the top silkscreen of a rail ({@code {name}} is replaced by the job name), or empty
 * @param xOut        X-out policy, carried into the output as data
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PanelSpec(String name, String version, String source, int rows, int cols, int rotationDeg,
                        double spacingMm, Rails rails, String separation, MouseBites mouseBites, VScore vscore,
                        Fiducials fiducials, Tooling tooling, String text, XOut xOut) {

    public PanelSpec {
        if (rows < 1 || cols < 1 || rows * (long) cols > 10_000) {
            throw new IllegalArgumentException("rows and cols must be at least 1 (and at most 10,000 boards), got "
                    + rows + " x " + cols);
        }
        if (rotationDeg % 90 != 0) {
            throw new IllegalArgumentException("rotation must be a multiple of 90 degrees, got " + rotationDeg);
        }
        rotationDeg = ((rotationDeg % 360) + 360) % 360;
        if (spacingMm < 0) {
            throw new IllegalArgumentException("spacing must not be negative, got " + spacingMm);
        }
        rails = rails == null ? new Rails("top-bottom", 5) : rails;
        separation = separation == null ? "mousebites" : separation;
        if (!separation.equals("vscore") && !separation.equals("mousebites")) {
            throw new IllegalArgumentException("separation must be vscore or mousebites, got " + separation);
        }
        mouseBites = mouseBites == null ? new MouseBites(0.5, 0.8, 5, 3.0, 50, 2, 0.5, null) : mouseBites;
        vscore = vscore == null ? new VScore(0.4, 70, 0.5, 30) : vscore;
        fiducials = fiducials == null ? new Fiducials(3, 1.0, 2.0, 10) : fiducials;
        tooling = tooling == null ? new Tooling(4, 2.0, 3.5) : tooling;
        text = text == null ? "" : text;
        xOut = xOut == null ? new XOut(0, "reject the panel") : xOut;
    }

    /** Whether boards are separated by V-score. */
    public boolean vscored() {
        return separation.equals("vscore");
    }

    /** This spec with another shape (the command line's {@code --rows/--cols/--spacing}). */
    public PanelSpec withArray(int newRows, int newCols, double newSpacing) {
        return new PanelSpec(name, version, source, newRows, newCols, rotationDeg, newSpacing, rails, separation,
                mouseBites, vscore, fiducials, tooling, text, xOut);
    }

    public PanelSpec withRotation(int deg) {
        return new PanelSpec(name, version, source, rows, cols, deg, spacingMm, rails, separation, mouseBites, vscore,
                fiducials, tooling, text, xOut);
    }

    public PanelSpec withRails(Rails r) {
        return new PanelSpec(name, version, source, rows, cols, rotationDeg, spacingMm, r, separation, mouseBites, vscore,
                fiducials, tooling, text, xOut);
    }

    public PanelSpec withSeparation(String s) {
        return new PanelSpec(name, version, source, rows, cols, rotationDeg, spacingMm, rails, s, mouseBites, vscore,
                fiducials, tooling, text, xOut);
    }

    public PanelSpec withText(String t) {
        return new PanelSpec(name, version, source, rows, cols, rotationDeg, spacingMm, rails, separation, mouseBites,
                vscore, fiducials, tooling, t, xOut);
    }

    public PanelSpec withMouseBites(MouseBites m) {
        return new PanelSpec(name, version, source, rows, cols, rotationDeg, spacingMm, rails, separation, m, vscore,
                fiducials, tooling, text, xOut);
    }

    /**
     * Rails: {@code sides} is {@code none}, {@code top-bottom} (two rails along x, the usual
     * conveyor edges), {@code left-right}, {@code all} (four rails) or {@code frame} (four rails
     * joined at the corners, the same shape, named for the drawing).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rails(String sides, double widthMm) {
        public Rails {
            sides = sides == null ? "top-bottom" : sides;
            if (!java.util.List.of("none", "top-bottom", "left-right", "all", "frame").contains(sides)) {
                throw new IllegalArgumentException("rails must be none, top-bottom, left-right, all or frame, got " + sides);
            }
            if (widthMm < 0) {
                throw new IllegalArgumentException("rail width must not be negative");
            }
        }

        boolean bottomTop() {
            return !sides.equals("none") && !sides.equals("left-right");
        }

        boolean leftRight() {
            return sides.equals("left-right") || sides.equals("all") || sides.equals("frame");
        }
    }

    /**
     * Mouse-bite tabs: holes of {@code holeDiameterMm} at {@code pitchMm} centre to centre,
     * {@code holesPerTab} per tab side, tabs {@code tabWidthMm} wide, at most {@code maxTabSpacingMm}
     * apart along an edge and at least {@code minTabsPerEdge} per edge; tabs keep {@code clearanceMm}
     * from copper and part centroids; {@code positions} (fractions 0..1 along every edge) overrides the
     * automatic choice.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record MouseBites(double holeDiameterMm, double pitchMm, int holesPerTab, double tabWidthMm,
                             double maxTabSpacingMm, int minTabsPerEdge, double clearanceMm,
                             java.util.List<Double> positions) {
        public MouseBites {
            if (holeDiameterMm <= 0 || pitchMm < holeDiameterMm || holesPerTab < 1 || tabWidthMm <= 0) {
                throw new IllegalArgumentException("mouse bites need a hole > 0, pitch >= hole, 1+ holes and a tab width");
            }
            positions = positions == null ? null : java.util.List.copyOf(positions);
        }
    }

    /** V-score: copper keeps {@code copperClearanceMm} from the line; panels below {@code minPanelMm} are warned. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VScore(double copperClearanceMm, double minPanelMm, double lineWidthMm, double angleDeg) {
    }

    /** Global fiducials: {@code count} (3 in an L), copper Ø, mask opening Ø, distance from the panel's short edge. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fiducials(int count, double diameterMm, double maskDiameterMm, double insetMm) {
    }

    /** Tooling holes (non-plated): {@code count} (0, 2 or 4), Ø, distance from the panel's short edge. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Tooling(int count, double diameterMm, double insetMm) {
    }

    /** X-out policy: how many bad boards an array may carry and how they are marked; written to the output. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record XOut(int maxBadBoards, String marking) {
    }
}
