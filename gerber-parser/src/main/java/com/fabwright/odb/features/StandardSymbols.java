package com.fabwright.odb.features;

import com.fabwright.image.Aperture;
import com.fabwright.image.Hole;
import com.fabwright.image.MacroPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The standard symbols of the ODB++ specification (v8.1, "Standard symbols") as apertures. A
 * symbol's name carries its dimensions, in mils when the features file is in inches and in
 * microns when it is in millimetres; {@code unitMm} converts them. Shapes that are not a Gerber
 * standard aperture become macros built from outline, circle and centre-line primitives, where a
 * later primitive with exposure off cuts the earlier ones (holes of donuts, gaps of thermals).
 * Curved outlines (ellipse, rounded corners, half ovals) are polygons with a vertex every 5
 * degrees or less.
 *
 * <p>Families: {@code r} round, {@code s} square, {@code rect} (with {@code xr}/{@code xc}
 * rounded/chamfered corners and an optional corner list), {@code oval}, {@code di} diamond,
 * {@code oct} octagon, {@code donut_r}, {@code donut_s}, {@code donut_sr}, {@code donut_rc},
 * {@code donut_o}, {@code hex_l}, {@code hex_s}, {@code bfr}, {@code bfs} butterflies,
 * {@code tri}, {@code oval_h} half oval, thermals {@code thr}, {@code ths}, {@code s_ths},
 * {@code s_tho}, {@code s_thr}, {@code sr_ths}, {@code rc_ths}, {@code rc_tho}, {@code o_ths},
 * {@code oblong_ths}, {@code el} ellipse, {@code moire}, {@code hole} and {@code null}.
 */
public final class StandardSymbols {
    private static final Pattern NAME = Pattern.compile(
            "(oblong_ths|donut_rc|donut_sr|donut_r|donut_s|donut_o|s_ths|s_tho|s_thr|sr_ths|rc_ths|rc_tho|o_ths"
                    + "|oval_h|hex_l|hex_s|moire|rect|oval|hole|null|thr|ths|bfr|bfs|tri|oct|di|el|r|s)"
                    + "([0-9.]+(?:x[0-9.]+)*)(?:x([rc])([0-9.]+)(?:x([1-4]+))?)?");
    private static final int ARC_STEPS = 72;

    private StandardSymbols() {
    }

    /** The aperture of a standard symbol, or empty when the name is not one. */
    public static Optional<Aperture> parse(String symbolName, double unitMm) {
        Matcher m = NAME.matcher(symbolName.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        String family = m.group(1);
        String[] parts = m.group(2).split("x");
        double[] raw = new double[parts.length];
        double[] d = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                raw[i] = Double.parseDouble(parts[i]);
                d[i] = raw[i] * unitMm;
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        double corner = m.group(4) == null ? 0 : Double.parseDouble(m.group(4)) * unitMm;
        String corners = m.group(5) == null ? "1234" : m.group(5);
        try {
            return Optional.ofNullable(build(family, d, raw, m.group(3), corner, corners, symbolName));
        } catch (ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static Aperture build(String f, double[] d, double[] raw, String cornerKind, double corner, String corners, String name) {
        if (cornerKind != null && !f.equals("rect")) {
            return null;
        }
        return switch (f) {
            case "r" -> circle(d[0]);
            case "s" -> new Aperture.Rectangle(d[0], d[0], Hole.NONE);
            case "rect" -> cornerKind == null ? new Aperture.Rectangle(d[0], d[1], Hole.NONE)
                    : macro(name, on(cornered(d[0], d[1], corner, corners, cornerKind.equals("r"))));
            case "oval" -> new Aperture.Obround(d[0], d[1], Hole.NONE);
            case "di" -> macro(name, on(List.of(p(0, d[1] / 2), p(-d[0] / 2, 0), p(0, -d[1] / 2), p(d[0] / 2, 0))));
            case "oct" -> macro(name, on(cornered(d[0], d[1], d[2], "1234", false)));
            case "donut_r" -> macro(name, new MacroPrimitive.Circle(true, d[0], 0, 0, 0),
                    new MacroPrimitive.Circle(false, d[1], 0, 0, 0));
            case "donut_s" -> macro(name, box(true, d[0], d[0]), box(false, d[1], d[1]));
            case "donut_sr" -> macro(name, box(true, d[0], d[0]), new MacroPrimitive.Circle(false, d[1], 0, 0, 0));
            case "donut_rc" -> macro(name, box(true, d[0], d[1]), box(false, d[0] - 2 * d[2], d[1] - 2 * d[2]));
            case "donut_o" -> macro(name, on(oval(d[0], d[1])), off(oval(d[0] - 2 * d[2], d[1] - 2 * d[2])));
            case "hex_l" -> macro(name, on(List.of(p(-d[0] / 2, 0), p(-d[0] / 2 + d[2], -d[1] / 2), p(d[0] / 2 - d[2], -d[1] / 2),
                    p(d[0] / 2, 0), p(d[0] / 2 - d[2], d[1] / 2), p(-d[0] / 2 + d[2], d[1] / 2))));
            case "hex_s" -> macro(name, on(List.of(p(0, -d[1] / 2), p(d[0] / 2, -d[1] / 2 + d[2]), p(d[0] / 2, d[1] / 2 - d[2]),
                    p(0, d[1] / 2), p(-d[0] / 2, d[1] / 2 - d[2]), p(-d[0] / 2, -d[1] / 2 + d[2]))));
            case "bfr" -> macro(name, on(sector(d[0] / 2, 0)), on(sector(d[0] / 2, 180)));
            case "bfs" -> macro(name, new MacroPrimitive.CenterLine(true, d[0] / 2, d[0] / 2, d[0] / 4, d[0] / 4, 0),
                    new MacroPrimitive.CenterLine(true, d[0] / 2, d[0] / 2, -d[0] / 4, -d[0] / 4, 0));
            case "tri" -> macro(name, on(List.of(p(-d[0] / 2, -d[1] / 2), p(d[0] / 2, -d[1] / 2), p(0, d[1] / 2))));
            case "oval_h" -> macro(name, on(halfOval(d[0], d[1])));
            case "el" -> macro(name, on(ellipse(d[0] / 2, d[1] / 2)));
            case "thr", "ths" -> thermal(name, new MacroPrimitive.Circle(true, d[0], 0, 0, 0),
                    new MacroPrimitive.Circle(false, d[1], 0, 0, 0), raw[2], (int) Math.round(raw[3]), d[4], d[0]);
            case "s_ths", "s_tho", "s_thr" -> thermal(name, box(true, d[0], d[0]), box(false, d[1], d[1]), raw[2],
                    (int) Math.round(raw[3]), d[4], d[0]);
            case "sr_ths" -> thermal(name, box(true, d[0], d[0]), new MacroPrimitive.Circle(false, d[1], 0, 0, 0), raw[2],
                    (int) Math.round(raw[3]), d[4], d[0]);
            case "rc_ths", "rc_tho" -> thermal(name, box(true, d[0], d[1]), box(false, d[0] - 2 * d[5], d[1] - 2 * d[5]),
                    raw[2], (int) Math.round(raw[3]), d[4], Math.max(d[0], d[1]));
            case "o_ths", "oblong_ths" -> thermal(name, on(oval(d[0], d[1])), off(oval(d[0] - 2 * d[5], d[1] - 2 * d[5])),
                    raw[2], (int) Math.round(raw[3]), d[4], Math.max(d[0], d[1]));
            case "moire" -> moire(name, d, raw);
            case "hole" -> circle(d[0]);
            case "null" -> circle(0);
            default -> null;
        };
    }

    private static Aperture circle(double diameter) {
        return new Aperture.Circle(diameter, Hole.NONE);
    }

    private static Aperture macro(String name, MacroPrimitive... primitives) {
        return new Aperture.Macro("odb:" + name, List.of(primitives));
    }

    private static MacroPrimitive box(boolean exposure, double w, double h) {
        return new MacroPrimitive.CenterLine(exposure, Math.max(w, 0), Math.max(h, 0), 0, 0, 0);
    }

    private static double[] p(double x, double y) {
        return new double[] {x, y};
    }

    private static MacroPrimitive on(List<double[]> pts) {
        return outline(true, pts);
    }

    private static MacroPrimitive off(List<double[]> pts) {
        return outline(false, pts);
    }

    private static MacroPrimitive outline(boolean exposure, List<double[]> pts) {
        List<double[]> closed = new ArrayList<>(pts);
        if (!closed.isEmpty()) {
            closed.add(closed.get(0));
        }
        return new MacroPrimitive.Outline(exposure, closed, 0);
    }

    /**
     * A w x h rectangle with corners rounded (radius) or chamfered (cut size); {@code corners}
     * lists which: 1 top right, 2 top left, 3 bottom left, 4 bottom right (spec order).
     */
    static List<double[]> cornered(double w, double h, double c, String corners, boolean round) {
        double hw = w / 2;
        double hh = h / 2;
        c = Math.max(0, Math.min(c, Math.min(hw, hh)));
        List<double[]> pts = new ArrayList<>();
        double[][] centres = {{hw, hh}, {-hw, hh}, {-hw, -hh}, {hw, -hh}};
        for (int k = 0; k < 4; k++) {
            double cx = centres[k][0];
            double cy = centres[k][1];
            double sx = Math.signum(cx);
            double sy = Math.signum(cy);
            if (c == 0 || corners.indexOf((char) ('1' + k)) < 0) {
                pts.add(p(cx, cy));
            } else if (round) {
                double start = Math.toRadians(k * 90);
                int steps = ARC_STEPS / 4;
                for (int i = 0; i <= steps; i++) {
                    double a = start + Math.PI / 2 * i / steps;
                    pts.add(p(cx - sx * c + c * Math.cos(a), cy - sy * c + c * Math.sin(a)));
                }
            } else {
                // counter-clockwise: leave the corner along the first edge, join the second
                if (k % 2 == 0) {
                    pts.add(p(cx, cy - sy * c));
                    pts.add(p(cx - sx * c, cy));
                } else {
                    pts.add(p(cx - sx * c, cy));
                    pts.add(p(cx, cy - sy * c));
                }
            }
        }
        return pts;
    }

    static List<double[]> ellipse(double a, double b) {
        List<double[]> pts = new ArrayList<>();
        for (int i = 0; i < ARC_STEPS; i++) {
            double t = 2 * Math.PI * i / ARC_STEPS;
            pts.add(p(a * Math.cos(t), b * Math.sin(t)));
        }
        return pts;
    }

    static List<double[]> oval(double w, double h) {
        if (w <= 0 || h <= 0) {
            return List.of();
        }
        return cornered(w, h, Math.min(w, h) / 2, "1234", true);
    }

    /** Flat on the left, a semicircle of diameter h on the right. */
    static List<double[]> halfOval(double w, double h) {
        double r = Math.min(h / 2, w);
        List<double[]> pts = new ArrayList<>();
        pts.add(p(-w / 2, -h / 2));
        double cx = w / 2 - r;
        int steps = ARC_STEPS / 2;
        for (int i = 0; i <= steps; i++) {
            double a = -Math.PI / 2 + Math.PI * i / steps;
            pts.add(p(cx + r * Math.cos(a), r * Math.sin(a) * (h / 2) / r));
        }
        pts.add(p(-w / 2, h / 2));
        return pts;
    }

    private static List<double[]> sector(double r, double fromDeg) {
        List<double[]> pts = new ArrayList<>();
        pts.add(p(0, 0));
        int steps = ARC_STEPS / 4;
        for (int i = 0; i <= steps; i++) {
            double a = Math.toRadians(fromDeg + 90.0 * i / steps);
            pts.add(p(r * Math.cos(a), r * Math.sin(a)));
        }
        return pts;
    }

    /**
     * A thermal: the outer shape minus the inner, then {@code spokes} gaps of width {@code gap}
     * cut from the centre outwards, the first at {@code angleDeg} (counter-clockwise from +x) and
     * the others evenly spaced.
     */
    private static Aperture thermal(String name, MacroPrimitive outer, MacroPrimitive inner, double angle,
                                    int spokes, double gap, double size) {
        List<MacroPrimitive> ps = new ArrayList<>(List.of(outer, inner));
        for (int i = 0; i < spokes; i++) {
            double a = angle + 360.0 * i / spokes;
            // a gap from the centre to beyond the outer edge, rotated about the origin
            ps.add(new MacroPrimitive.CenterLine(false, size, gap, size / 2, 0, a));
        }
        return new Aperture.Macro("odb:" + name, ps);
    }

    /** moire: ring width, ring gap, ring count, line width, line length, line angle. */
    private static Aperture moire(String name, double[] d, double[] raw) {
        int rings = (int) Math.round(raw[2]);
        double outer = 2 * rings * (d[0] + d[1]) - 2 * d[1];
        return macro(name, new MacroPrimitive.Moire(0, 0, outer, d[0], d[1], rings, d[3], d[4], raw[5]));
    }

}
