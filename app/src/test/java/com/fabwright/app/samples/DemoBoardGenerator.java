package com.fabwright.app.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Generates {@code samples/demo-board}: a 2-layer 50 x 30 mm board with X2 attributes, made by
 * this project (not copied from anywhere). It has what a viewer and the readers must get right:
 * square, round and rectangular pads, tracks, a circular arc track, a full-circle arc, rounded
 * board corners drawn with arcs, a copper pour (region) with a clear cut-out and a clear keep-out
 * around a mounting hole, an island pad flashed dark inside the cut-out, vias, mask openings,
 * silkscreen on both sides, top paste, the outline ({@code Profile}) and Excellon drill files.
 *
 * <p>Run {@code DemoBoardTest} with {@code -Dfabwright.updateSamples=true} to rewrite the files;
 * otherwise the test checks that the committed files are what this class generates.
 */
public final class DemoBoardGenerator {
    static final String PREFIX = "demo-board";

    // J1: 4-pin 2.54 mm header, THT, pin 1 square.
    static final double J1_X = 6;
    static final double[] J1_Y = {9, 11.54, 14.08, 16.62};
    // U1: SOIC-8 centred at (20, 15).
    static final double[] U1_X = {18.095, 19.365, 20.635, 21.905};
    static final double U1_Y_LOW = 12.3;
    static final double U1_Y_HIGH = 17.7;
    // R1 and C1: 0805.
    static final double[][] R1 = {{27.05, 22}, {28.95, 22}};
    static final double[][] C1 = {{27.05, 8}, {28.95, 8}};
    static final double[][] VIAS = {{12, 22}, {12, 6}, {34, 15}};
    // The nets of the vias: KiCad writes .N on via pads as on every copper object of a net.
    static final String[] VIA_NETS = {"SIG3", "SIG1", "SIG1"};
    static final double[] MOUNTING_HOLE = {44, 24};
    static final double[] TEST_PAD = {38, 26};

    private DemoBoardGenerator() {
    }

    /** File name to content, in a stable order. */
    public static Map<String, String> generate() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(PREFIX + "-F_Cu.gbr", topCopper());
        files.put(PREFIX + "-B_Cu.gbr", bottomCopper());
        files.put(PREFIX + "-F_Mask.gbr", mask(true));
        files.put(PREFIX + "-B_Mask.gbr", mask(false));
        files.put(PREFIX + "-F_Silkscreen.gbr", topSilk());
        files.put(PREFIX + "-B_Silkscreen.gbr", bottomSilk());
        files.put(PREFIX + "-F_Paste.gbr", topPaste());
        files.put(PREFIX + "-Edge_Cuts.gbr", outline());
        files.put(PREFIX + "-PTH.drl", drill(true));
        files.put(PREFIX + "-NPTH.drl", drill(false));
        return files;
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "samples/demo-board");
        write(dir);
    }

    static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : generate().entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.US_ASCII);
        }
    }

    private static void j1Pads(GerberWriter w, double grow) {
        int square = w.aperture("ComponentPad", "R," + GerberWriter.mm(1.7 + grow) + "X" + GerberWriter.mm(1.7 + grow));
        int round = w.aperture("ComponentPad", "C," + GerberWriter.mm(1.7 + grow));
        w.use(square).flash(J1_X, J1_Y[0]);
        w.use(round);
        for (int i = 1; i < J1_Y.length; i++) {
            w.flash(J1_X, J1_Y[i]);
        }
    }

    private static void smdPads(GerberWriter w, double grow, String function) {
        int soic = w.aperture(function, "R," + GerberWriter.mm(0.6 + grow) + "X" + GerberWriter.mm(1.5 + grow));
        int chip = w.aperture(function, "R," + GerberWriter.mm(1.0 + grow) + "X" + GerberWriter.mm(1.3 + grow));
        w.use(soic);
        for (double x : U1_X) {
            w.flash(x, U1_Y_LOW);
        }
        for (double x : U1_X) {
            w.flash(x, U1_Y_HIGH);
        }
        w.use(chip);
        for (double[] p : R1) {
            w.flash(p[0], p[1]);
        }
        for (double[] p : C1) {
            w.flash(p[0], p[1]);
        }
    }

    private static void vias(GerberWriter w) {
        int via = w.aperture("ViaPad", "C,0.6");
        w.use(via);
        for (int i = 0; i < VIAS.length; i++) {
            w.net(VIA_NETS[i]).flash(VIAS[i][0], VIAS[i][1]);
        }
        w.net(null);
    }

    static String topCopper() {
        GerberWriter w = new GerberWriter("Copper,L1,Top", "Positive", "Demo board, top copper");
        int track = w.aperture("Conductor", "C,0.25");
        int wide = w.aperture("Conductor", "C,0.5");
        int pourClear = w.aperture(null, "C,3.2");
        int island = w.aperture("SMDPad,CuDef", "R,3.0X3.0");
        w.comment("GND pour with a clear cut-out, a clear keep-out around the mounting hole, an island pad");
        w.net("GND").rectRegion(31, 3, 47, 27);
        w.clear().rectRegion(36, 10, 42, 20);
        w.use(pourClear).flash(MOUNTING_HOLE[0], MOUNTING_HOLE[1]);
        w.dark().net("TP1").use(island).flash(39, 15);
        w.net(null);
        j1Pads(w, 0);
        smdPads(w, 0, "SMDPad,CuDef");
        vias(w);
        w.comment("Tracks");
        w.use(track).net("SIG1").track(J1_X, J1_Y[0], 9, 9, 12, 6);
        w.net("SIG2").track(J1_X, J1_Y[1], 16, 11.54, U1_X[0], U1_Y_LOW);
        w.comment("Track with a counter-clockwise quarter arc, radius 3 mm");
        w.net("SIG3").track(J1_X, J1_Y[2], 10, 14.08);
        w.arcTo(10, 14.08, 13, 17.08, 10, 17.08, false);
        w.lineTo(13, 21).lineTo(12, 22);
        w.net("SIG4").track(J1_X, J1_Y[3], 8, 19, 16.5, 19, U1_X[0], U1_Y_HIGH);
        w.net("VCC").use(wide).track(U1_X[3], U1_Y_HIGH, 24, 20, R1[0][0], R1[0][1]);
        w.net("GND").track(R1[1][0], R1[1][1], 32, 22);
        w.net("VCC").track(U1_X[3], U1_Y_LOW, 24, 10, C1[0][0], C1[0][1]);
        w.net("GND").track(C1[1][0], C1[1][1], 32, 8);
        w.net(null);
        return w.finish();
    }

    static String bottomCopper() {
        GerberWriter w = new GerberWriter("Copper,L2,Bot", "Positive", "Demo board, bottom copper");
        int track = w.aperture("Conductor", "C,0.25");
        int test = w.aperture("TestPad", "C,2.0");
        j1Pads(w, 0);
        vias(w);
        w.use(test).net("SIG3").flash(TEST_PAD[0], TEST_PAD[1]);
        w.use(track).track(12, 22, 16, 26, TEST_PAD[0], TEST_PAD[1]);
        w.net("SIG1").track(12, 6, 16, 3.5, 30, 3.5, 34, 7.5, 34, 15);
        w.net(null);
        return w.finish();
    }

    static String mask(boolean top) {
        GerberWriter w = new GerberWriter("Soldermask," + (top ? "Top" : "Bot"), "Negative",
                "Demo board, " + (top ? "top" : "bottom") + " solder mask openings");
        j1Pads(w, 0.1);
        if (top) {
            smdPads(w, 0.1, "SMDPad,CuDef");
            int island = w.aperture("SMDPad,CuDef", "R,3.1X3.1");
            w.use(island).flash(39, 15);
        } else {
            int test = w.aperture("TestPad", "C,2.1");
            w.use(test).flash(TEST_PAD[0], TEST_PAD[1]);
        }
        return w.finish();
    }

    static String topSilk() {
        GerberWriter w = new GerberWriter("Legend,Top", "Positive", "Demo board, top silkscreen");
        int line = w.aperture("Other,Legend", "C,0.15");
        int dot = w.aperture("Other,Legend", "C,0.5");
        w.use(line);
        w.track(17.2, 13.4, 22.8, 13.4, 22.8, 16.6, 17.2, 16.6, 17.2, 13.4);
        w.track(4.7, 7.7, 7.3, 7.7, 7.3, 17.9, 4.7, 17.9, 4.7, 7.7);
        w.track(26.0, 23.2, 30.0, 23.2);
        w.track(26.0, 20.8, 30.0, 20.8);
        w.track(26.0, 9.2, 30.0, 9.2);
        w.track(26.0, 6.8, 30.0, 6.8);
        w.comment("FW logo");
        w.track(3, 24, 3, 28, 5.2, 28);
        w.track(3, 26, 4.6, 26);
        w.track(6, 28, 6.7, 24, 7.4, 26.5, 8.1, 24, 8.8, 28);
        w.comment("Full circle around the mounting hole");
        w.moveTo(MOUNTING_HOLE[0] + 2.2, MOUNTING_HOLE[1]);
        w.arcTo(MOUNTING_HOLE[0] + 2.2, MOUNTING_HOLE[1], MOUNTING_HOLE[0] + 2.2, MOUNTING_HOLE[1],
                MOUNTING_HOLE[0], MOUNTING_HOLE[1], false);
        w.use(dot).flash(17.0, 11.3);
        return w.finish();
    }

    static String bottomSilk() {
        GerberWriter w = new GerberWriter("Legend,Bot", "Positive", "Demo board, bottom silkscreen");
        int line = w.aperture("Other,Legend", "C,0.15");
        w.use(line);
        w.track(35.8, 24.2, 40.2, 24.2, 40.2, 27.8, 35.8, 27.8, 35.8, 24.2);
        w.comment("TP, mirrored: bottom-side text reads correctly from below");
        double m = 86.3; // mirror x about 43.15
        w.track(m - 41, 28, m - 43, 28);
        w.track(m - 42, 28, m - 42, 24.5);
        w.track(m - 43.8, 24.5, m - 43.8, 28, m - 45.3, 28, m - 45.3, 26.3, m - 43.8, 26.3);
        return w.finish();
    }

    static String topPaste() {
        GerberWriter w = new GerberWriter("Paste,Top", "Positive", "Demo board, top paste");
        smdPads(w, 0, "SMDPad,CuDef");
        return w.finish();
    }

    static String outline() {
        GerberWriter w = new GerberWriter("Profile,NP", "Positive", "Demo board, outline with 2 mm corner radius");
        int edge = w.aperture("Profile", "C,0.1");
        w.use(edge).moveTo(2, 0).lineTo(48, 0);
        w.arcTo(48, 0, 50, 2, 48, 2, false);
        w.lineTo(50, 28);
        w.arcTo(50, 28, 48, 30, 48, 28, false);
        w.lineTo(2, 30);
        w.arcTo(2, 30, 0, 28, 2, 28, false);
        w.lineTo(0, 2);
        w.arcTo(0, 2, 2, 0, 2, 2, false);
        return w.finish();
    }

    static String drill(boolean plated) {
        StringBuilder sb = new StringBuilder();
        sb.append("M48\n");
        sb.append("; DRILL file generated by Fabwright DemoBoardGenerator; do not edit, regenerate\n");
        sb.append("; #@! TF.FileFunction,").append(plated ? "Plated,1,2,PTH" : "NonPlated,1,2,NPTH").append('\n');
        sb.append("FMAT,2\nMETRIC,TZ\n");
        if (plated) {
            sb.append("T1C0.300\nT2C1.000\n%\nG90\nG05\nT1\n");
            for (double[] v : VIAS) {
                sb.append(xy(v[0], v[1]));
            }
            sb.append("T2\n");
            for (double y : J1_Y) {
                sb.append(xy(J1_X, y));
            }
        } else {
            sb.append("T1C2.200\n%\nG90\nG05\nT1\n");
            sb.append(xy(MOUNTING_HOLE[0], MOUNTING_HOLE[1]));
        }
        sb.append("M30\n");
        return sb.toString();
    }

    private static String xy(double x, double y) {
        return String.format(Locale.ROOT, "X%.3fY%.3f%n", x, y).replace("\r", "");
    }
}
