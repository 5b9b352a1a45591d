package com.fabwright.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The human form of {@code info}: one row per file, then the board line. */
final class InfoTable {
    private InfoTable() {
    }

    static void print(InfoReport report, PrintWriter out) {
        int pathWidth = Math.max(4, report.files().stream().mapToInt(f -> f.path().length()).max().orElse(4));
        pathWidth = Math.min(pathWidth, 60);
        String fmt = "%-" + pathWidth + "s  %-6s  %-15s  %8s  %10s  %-27s  %s%n";
        out.printf(Locale.ROOT, "Job %s: %d file(s)%n%n", report.job(), report.files().size());
        out.printf(Locale.ROOT, fmt, "FILE", "KIND", "LAYER", "OBJECTS", "AREA mm2", "BBOX mm (x0,y0 x1,y1)", "DIAGNOSTICS");
        for (InfoReport.FileInfo f : report.files()) {
            long errors = f.diagnostics().stream().filter(d -> d.severity().equals("error")).count();
            long warnings = f.diagnostics().stream().filter(d -> d.severity().equals("warning")).count();
            String diag = errors + " error(s), " + warnings + " warning(s)";
            out.printf(Locale.ROOT, fmt, shorten(f.path(), pathWidth), f.kind(), f.layer().id(),
                    f.objects() == null ? "-" : f.objects().toString(),
                    f.darkAreaMm2() == null ? "-" : String.format(Locale.ROOT, "%.2f", f.darkAreaMm2()),
                    bbox(f.bboxMm()), diag);
        }
        InfoReport.BoardInfo b = report.board();
        out.println();
        String size = b.widthMm() == null ? "size unknown"
                : String.format(Locale.ROOT, "%.2f x %.2f mm", b.widthMm(), b.heightMm());
        String outline = b.outlineClosed() == null ? "no outline geometry"
                : b.outlineClosed() ? "outline closed" : "outline OPEN";
        out.printf(Locale.ROOT, "Board: %s, %d copper layer(s), %s%n", size, b.copperLayers(), outline);
    }

    private static String bbox(double[] b) {
        return b == null ? "-" : String.format(Locale.ROOT, "%.2f,%.2f %.2f,%.2f", b[0], b[1], b[2], b[3]);
    }

    private static String shorten(String s, int width) {
        return s.length() <= width ? s : "..." + s.substring(s.length() - width + 3);
    }
}
