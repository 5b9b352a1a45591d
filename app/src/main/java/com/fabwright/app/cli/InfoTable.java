package com.fabwright.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The human form of {@code info}: one row per file with its identification, then the board and its hole table. */
final class InfoTable {
    private static final int EVIDENCE_WIDTH = 70;

    private InfoTable() {
    }

    static void print(InfoReport report, PrintWriter out) {
        int pathWidth = Math.max(4, report.files().stream().mapToInt(f -> f.path().length()).max().orElse(4));
        pathWidth = Math.min(pathWidth, 60);
        String fmt = "%-" + pathWidth + "s  %-8s  %-15s  %4s  %8s  %10s  %-27s  %-26s  %s%n";
        out.printf(Locale.ROOT, "Job %s: %d file(s)%n%n", report.job(), report.files().size());
        out.printf(Locale.ROOT, fmt, "FILE", "KIND", "LAYER", "CONF", "OBJECTS", "AREA mm2", "BBOX mm (x0,y0 x1,y1)",
                "DIAGNOSTICS", "EVIDENCE");
        for (InfoReport.FileInfo f : report.files()) {
            long errors = f.diagnostics().stream().filter(d -> d.severity().equals("error")).count();
            long warnings = f.diagnostics().stream().filter(d -> d.severity().equals("warning")).count();
            String diag = errors + " error(s), " + warnings + " warning(s)";
            String layer = f.layer().id() + (f.candidates().isEmpty() ? "" : "?");
            out.printf(Locale.ROOT, fmt, shorten(f.path(), pathWidth), f.kind(), layer,
                    String.format(Locale.ROOT, "%.2f", f.confidence()),
                    f.objects() == null ? "-" : f.objects().toString(),
                    f.darkAreaMm2() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.darkAreaMm2()),
                    bbox(f.bboxMm()), diag, cut(f.evidence() + (f.candidates().isEmpty() ? "" : " candidates " + f.candidates())));
        }
        InfoReport.BoardInfo b = report.board();
        out.println();
        String size = b.widthMm() == null ? "size unknown"
                : String.format(Locale.ROOT, "%.2f x %.2f mm", b.widthMm(), b.heightMm());
        String outline = b.outlineClosed() == null ? "no outline geometry"
                : b.outlineClosed() ? "outline closed" : "outline OPEN";
        out.printf(Locale.ROOT, "Board: %s, %d copper layer(s), %s%s%s%n", size, b.copperLayers(), outline,
                b.thicknessMm() == null ? "" : String.format(Locale.ROOT, ", %.2f mm thick", b.thicknessMm()),
                b.finish() == null ? "" : ", finish " + b.finish());
        out.printf(Locale.ROOT, "  outline: %s%n", b.outlineEvidence());
        InfoReport.DrillsInfo d = report.drills();
        out.printf(Locale.ROOT, "Drills: %d hole(s) + %d slot(s) = %d; plated %d + %d slot(s), non-plated %d + %d slot(s)%s, %d via(s)%n",
                d.holes(), d.slots(), d.total(), d.platedHoles(), d.platedSlots(), d.nonPlatedHoles(), d.nonPlatedSlots(),
                d.unknownPlating() == 0 ? "" : ", plating unknown " + d.unknownPlating(), d.vias());
        for (InfoReport.ToolInfo t : d.tools()) {
            out.printf(Locale.ROOT, "  %8.3f mm  %-11s %6d hole(s) %4d slot(s)%n", t.diameterMm(),
                    t.plated() == null ? "plating ?" : t.plated() ? "plated" : "non-plated", t.holes(), t.slots());
        }
        for (InfoReport.DrillFileInfo f : d.files()) {
            if (f.duplicateOf() != null) {
                out.printf(Locale.ROOT, "  %s: same holes as %s, not counted%n", f.path(), f.duplicateOf());
            }
        }
        AssemblyTable.print(report, out);
    }

    private static String cut(String s) {
        return s.length() <= EVIDENCE_WIDTH ? s : s.substring(0, EVIDENCE_WIDTH - 3) + "...";
    }

    private static String bbox(double[] b) {
        return b == null ? "-" : String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f", b[0], b[1], b[2], b[3]);
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : "..." + s.substring(s.length() - width + 3);
    }
}
