package com.fabwright.dfm.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A small generator of test boards: copper tracks and round pads with nets, holes, slots, silk
 * strokes, mask openings and an outline, written as KiCad-style Gerber X2 files (4.6 mm, {@code .N}
 * net attributes, {@code .FileFunction}) and Excellon drill files, plus a {@code .gbrjob} with the
 * board thickness. Every coordinate goes through an optional transform (rotate, mirror, offset),
 * which the property test uses. Round shapes and polygon regions only, so any rotation is exact.
 */
final class SampleBoard {
    record Stroke(String layer, double[] a, double[] b, double width, String net, String function) {
    }

    record Flash(String layer, double[] at, double diameter, String net, String function) {
    }

    record Drill(double[] at, double[] to, double diameter, boolean plated) {
    }

    record Region(String layer, double[][] points, String net) {
    }

    private final List<Stroke> strokes = new ArrayList<>();
    private final List<Region> regions = new ArrayList<>();
    private final List<Flash> flashes = new ArrayList<>();
    private final List<Drill> drills = new ArrayList<>();
    private double thickness = 1.6;

    /** A closed rectangular outline (0.1 mm line); {@code open} leaves the last side out. */
    SampleBoard outline(double w, double h, boolean open) {
        double[][] c = {{0, 0}, {w, 0}, {w, h}, {0, h}};
        for (int i = 0; i < (open ? 3 : 4); i++) {
            strokes.add(new Stroke("Edge_Cuts", c[i], c[(i + 1) % 4], 0.1, null, "Profile"));
        }
        return this;
    }

    SampleBoard track(String layer, double x1, double y1, double x2, double y2, double w, String net) {
        strokes.add(new Stroke(layer, new double[] {x1, y1}, new double[] {x2, y2}, w, net, "Conductor"));
        return this;
    }

    /** An SMD-style round pad with its mask opening (0.1 mm larger), unless {@code noMask}. */
    SampleBoard pad(String layer, double x, double y, double d, String net, boolean noMask) {
        flashes.add(new Flash(layer, new double[] {x, y}, d, net, "SMDPad,CuDef"));
        if (!noMask) {
            flashes.add(new Flash(layer.replace("Cu", "Mask"), new double[] {x, y}, d + 0.1, null, null));
        }
        return this;
    }

    /** A pad with a mask opening of the given diameter. */
    SampleBoard padMask(String layer, double x, double y, double d, double mask, String net) {
        flashes.add(new Flash(layer, new double[] {x, y}, d, net, "SMDPad,CuDef"));
        flashes.add(new Flash(layer.replace("Cu", "Mask"), new double[] {x, y}, mask, null, null));
        return this;
    }

    /** A round paste aperture on the top side. */
    SampleBoard paste(double x, double y, double d) {
        flashes.add(new Flash("F_Paste", new double[] {x, y}, d, null, null));
        return this;
    }

    /** A through via: pads on both copper layers (tented) and a plated hole. */
    SampleBoard via(double x, double y, double pad, double drill, String net) {
        flashes.add(new Flash("F_Cu", new double[] {x, y}, pad, net, "ViaPad"));
        flashes.add(new Flash("B_Cu", new double[] {x, y}, pad, net, "ViaPad"));
        drills.add(new Drill(new double[] {x, y}, null, drill, true));
        return this;
    }

    /** A through via with different pads on top and bottom. */
    SampleBoard via(double x, double y, double top, double bottom, double drill, String net) {
        flashes.add(new Flash("F_Cu", new double[] {x, y}, top, net, "ViaPad"));
        flashes.add(new Flash("B_Cu", new double[] {x, y}, bottom, net, "ViaPad"));
        drills.add(new Drill(new double[] {x, y}, null, drill, true));
        return this;
    }

    /** A copper region (G36/G37) through the given corners; exact under any transform. */
    SampleBoard region(String layer, String net, double... xy) {
        double[][] pts = new double[xy.length / 2][];
        for (int i = 0; i < pts.length; i++) {
            pts[i] = new double[] {xy[2 * i], xy[2 * i + 1]};
        }
        regions.add(new Region(layer, pts, net));
        return this;
    }

    SampleBoard hole(double x, double y, double d, boolean plated) {
        drills.add(new Drill(new double[] {x, y}, null, d, plated));
        return this;
    }

    SampleBoard slot(double x1, double y1, double x2, double y2, double w, boolean plated) {
        drills.add(new Drill(new double[] {x1, y1}, new double[] {x2, y2}, w, plated));
        return this;
    }

    SampleBoard silk(double x1, double y1, double x2, double y2, double w) {
        strokes.add(new Stroke("F_Silkscreen", new double[] {x1, y1}, new double[] {x2, y2}, w, null, null));
        return this;
    }

    SampleBoard thickness(double mm) {
        thickness = mm;
        return this;
    }

    private static final Map<String, String> FUNCTION = new LinkedHashMap<>();

    static {
        FUNCTION.put("F_Cu", "Copper,L1,Top");
        FUNCTION.put("B_Cu", "Copper,L2,Bot");
        FUNCTION.put("F_Mask", "Soldermask,Top");
        FUNCTION.put("B_Mask", "Soldermask,Bot");
        FUNCTION.put("F_Silkscreen", "Legend,Top");
        FUNCTION.put("F_Paste", "Paste,Top");
        FUNCTION.put("Edge_Cuts", "Profile,NP");
    }

    /** Writes the board into {@code dir} as {@code name-*.gbr}, {@code name-PTH.drl}, {@code name-NPTH.drl}. */
    void write(Path dir, String name, UnaryOperator<double[]> t) throws IOException {
        Files.createDirectories(dir);
        for (String layer : FUNCTION.keySet()) {
            Files.writeString(dir.resolve(name + "-" + layer + ".gbr"), gerber(layer, t), StandardCharsets.US_ASCII);
        }
        Files.writeString(dir.resolve(name + "-PTH.drl"), excellon(true, t), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(name + "-NPTH.drl"), excellon(false, t), StandardCharsets.US_ASCII);
        Files.writeString(dir.resolve(name + "-job.gbrjob"), "{ \"Header\": { \"GenerationSoftware\": { \"Application\": "
                + "\"fabwright-samples\" } }, \"GeneralSpecs\": { \"LayerNumber\": 2, \"BoardThickness\": "
                + String.format(Locale.ROOT, "%.3f", thickness) + " } }\n", StandardCharsets.US_ASCII);
    }

    private String gerber(String layer, UnaryOperator<double[]> t) {
        StringBuilder head = new StringBuilder();
        StringBuilder body = new StringBuilder();
        head.append("%TF.GenerationSoftware,Fabwright,SampleBoard,1*%\n%TF.FileFunction,").append(FUNCTION.get(layer))
                .append("*%\n%TF.FilePolarity,Positive*%\n%FSLAX46Y46*%\n%MOMM*%\n%LPD*%\nG01*\n");
        Map<String, Integer> apertures = new LinkedHashMap<>();
        for (Flash f : flashes) {
            if (f.layer().equals(layer)) {
                int d = aperture(apertures, head, f.diameter(), f.function());
                net(body, f.net(), layer);
                body.append("D").append(d).append("*\n").append(xy(t.apply(f.at()))).append("D03*\n");
            }
        }
        for (Stroke s : strokes) {
            if (s.layer().equals(layer)) {
                int d = aperture(apertures, head, s.width(), s.function());
                net(body, s.net(), layer);
                body.append("D").append(d).append("*\n").append(xy(t.apply(s.a()))).append("D02*\n")
                        .append(xy(t.apply(s.b()))).append("D01*\n");
            }
        }
        for (Region r : regions) {
            if (r.layer().equals(layer)) {
                net(body, r.net(), layer);
                body.append("G36*\n").append(xy(t.apply(r.points()[0]))).append("D02*\n");
                for (int i = 1; i <= r.points().length; i++) {
                    body.append(xy(t.apply(r.points()[i % r.points().length]))).append("D01*\n");
                }
                body.append("G37*\n");
            }
        }
        return head.append(body).append("%TD*%\nM02*\n").toString();
    }

    private static void net(StringBuilder body, String net, String layer) {
        if (layer.endsWith("Cu")) {
            body.append("%TO.N,").append(net == null ? "" : net).append("*%\n");
        }
    }

    private static int aperture(Map<String, Integer> apertures, StringBuilder head, double d, String function) {
        String key = d + "/" + function;
        Integer n = apertures.get(key);
        if (n == null) {
            n = 10 + apertures.size();
            apertures.put(key, n);
            if (function != null) {
                head.append("%TA.AperFunction,").append(function).append("*%\n");
            }
            head.append(String.format(Locale.ROOT, "%%ADD%dC,%.6f*%%%n", n, d));
            if (function != null) {
                head.append("%TD*%\n");
            }
        }
        return n;
    }

    private static String xy(double[] p) {
        return "X" + Math.round(p[0] * 1e6) + "Y" + Math.round(p[1] * 1e6);
    }

    private String excellon(boolean plated, UnaryOperator<double[]> t) {
        StringBuilder s = new StringBuilder("M48\n; #@! TF.FileFunction," + (plated ? "Plated,1,2,PTH" : "NonPlated,1,2,NPTH")
                + "\nFMAT,2\nMETRIC\n");
        Map<Double, Integer> tools = new LinkedHashMap<>();
        for (Drill d : drills) {
            if (d.plated() == plated) {
                tools.computeIfAbsent(d.diameter(), k -> tools.size() + 1);
            }
        }
        tools.forEach((dia, n) -> s.append(String.format(Locale.ROOT, "T%dC%.3f%n", n, dia)));
        s.append("%\nG90\nG05\n");
        tools.forEach((dia, n) -> {
            s.append("T").append(n).append('\n');
            for (Drill d : drills) {
                if (d.plated() == plated && d.diameter() == dia) {
                    if (d.to() == null) {
                        s.append(dxy(t.apply(d.at()))).append('\n');
                    } else {
                        s.append(dxy(t.apply(d.at()))).append("G85").append(dxy(t.apply(d.to()))).append('\n');
                    }
                }
            }
        });
        return s.append("T0\nM30\n").toString();
    }

    private static String dxy(double[] p) {
        return String.format(Locale.ROOT, "X%.6fY%.6f", p[0], p[1]);
    }
}
