package com.fabwright.dfm.report;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRules;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.metrics.BoardMetrics;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The self-contained HTML report (issue 4, "Reports"): one file with no external resources. Summary
 * by category in red (errors), yellow (warnings only) or green; the board drawn with a marker per
 * finding; board metrics; then every finding grouped by rule with a zoomed picture, measured value
 * against the limit, and the fix hint; stamped with the profile's name and version and the input
 * files' SHA-256. At most {@link #MAX_PICTURES} findings get a picture (the rest are listed).
 */
public final class HtmlReport {
    /** Findings drawn with their own picture; a report of 5,000 gaps stays a few MB. */
    public static final int MAX_PICTURES = 300;

    private HtmlReport() {
    }

    public static void write(DfmReport r, DfmInput input, PrintWriter out) {
        Pictures pictures = new Pictures(input);
        List<Violation> vs = r.result().violations();
        out.println("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>DFM report: " + esc(r.title())
                + "</title><style>body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}"
                + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:left;vertical-align:top}.error{background:#f8d0d0}"
                + ".warning{background:#fff3c0}.ok{background:#d4f0d4}.num{text-align:right;font-variant-numeric:tabular-nums}"
                + "img{image-rendering:auto}.finding{display:flex;gap:1em;margin:0.6em 0;padding:0.5em;border:1px solid #ddd}"
                + "</style></head><body>");
        out.println("<h1>DFM report: " + esc(r.title()) + "</h1>");
        out.println("<p>Profile <b>" + esc(r.profile().name()) + "</b> version " + esc(r.profile().version()) + " ("
                + esc(String.join(" &rarr; ", r.profile().chain())) + "). " + r.result().rulesRun().size() + " rules in "
                + String.format(Locale.ROOT, "%.2f", r.result().seconds()) + " s. Nets: " + esc(r.result().netSource().label())
                + " &mdash; " + esc(r.result().netEvidence()) + ".</p>");
        out.println("<p><small>Sources of the limits: " + esc(r.profile().source()) + "</small></p>");
        summary(r, out);
        String overview = pictures.overview(vs, 1000);
        if (overview != null) {
            out.println("<h2>Board</h2><img alt=\"board with findings\" src=\"" + overview + "\">");
        }
        metrics(r.metrics(), out);
        out.println("<h2>Findings</h2>");
        Map<String, List<Violation>> byRule = new TreeMap<>();
        vs.forEach(v -> byRule.computeIfAbsent(v.rule(), k -> new java.util.ArrayList<>()).add(v));
        int drawn = 0;
        for (var e : byRule.entrySet()) {
            out.println("<h3 id=\"" + esc(e.getKey()) + "\">" + esc(e.getKey()) + " (" + e.getValue().size() + ")</h3>");
            DfmRules.byId(e.getKey()).ifPresent(rule -> out.println("<p>" + esc(rule.description()) + "</p>"));
            for (Violation v : e.getValue()) {
                out.print("<div class=\"finding " + v.severity().label() + "\">");
                if (drawn < MAX_PICTURES) {
                    out.print("<img alt=\"finding\" width=\"220\" height=\"220\" src=\"" + pictures.zoom(v, 2.0, 220) + "\">");
                    drawn++;
                }
                out.print("<div><b>" + v.severity().label() + "</b> " + esc(String.join(", ", v.layers()))
                        + String.format(Locale.ROOT, " at (%.4f, %.4f) mm", v.xMm(), v.yMm()));
                if (v.measuredMm() != null) {
                    out.print(String.format(Locale.ROOT, "<br>measured <b>%.4f</b>", v.measuredMm())
                            + (v.limitMm() != null ? String.format(Locale.ROOT, ", limit %.4f", v.limitMm()) : ""));
                }
                out.print("<br>" + esc(v.message()));
                if (!v.nets().isEmpty()) {
                    out.print("<br>nets: " + esc(String.join(", ", v.nets())));
                }
                if (!v.refs().isEmpty()) {
                    out.print("<br><small>" + esc(String.join("; ", v.refs())) + "</small>");
                }
                out.println("</div></div>");
            }
        }
        if (drawn < vs.size()) {
            out.println("<p>" + (vs.size() - drawn) + " findings without a picture (only the first " + MAX_PICTURES
                    + " are drawn).</p>");
        }
        out.println("<h2>Input files</h2><table><tr><th>file</th><th>SHA-256</th></tr>");
        r.inputs().forEach(f -> out.println("<tr><td>" + esc(f.path()) + "</td><td><code>" + f.sha256() + "</code></td></tr>"));
        out.println("</table></body></html>");
        out.flush();
    }

    private static void summary(DfmReport r, PrintWriter out) {
        Map<String, long[]> cat = new LinkedHashMap<>();
        for (String id : r.result().rulesRun()) {
            cat.computeIfAbsent(id.substring(0, Math.max(0, id.indexOf('.'))), k -> new long[2]);
        }
        for (Violation v : r.result().violations()) {
            long[] c = cat.computeIfAbsent(v.rule().substring(0, Math.max(0, v.rule().indexOf('.'))), k -> new long[2]);
            if (v.severity() == Severity.ERROR) {
                c[0]++;
            } else if (v.severity() == Severity.WARNING) {
                c[1]++;
            }
        }
        out.println("<h2>Summary</h2><table><tr><th>category</th><th>errors</th><th>warnings</th></tr>");
        cat.forEach((k, c) -> out.println("<tr class=\"" + (c[0] > 0 ? "error" : c[1] > 0 ? "warning" : "ok") + "\"><td>"
                + esc(k) + "</td><td class=\"num\">" + c[0] + "</td><td class=\"num\">" + c[1] + "</td></tr>"));
        out.println("</table>");
    }

    private static void metrics(BoardMetrics m, PrintWriter out) {
        out.println("<h2>Board metrics</h2><table>");
        row(out, "size", m.widthMm() == null ? "no outline" : String.format(Locale.ROOT, "%.3f x %.3f mm", m.widthMm(), m.heightMm()));
        row(out, "copper layers", String.valueOf(m.copperLayers()));
        row(out, "thickness", String.format(Locale.ROOT, "%.2f mm", m.thicknessMm()));
        row(out, "smallest track", mm(m.minTrackWidthMm()));
        row(out, "smallest gap between nets", mm(m.minGapMm()));
        row(out, "smallest hole", mm(m.minHoleMm()));
        row(out, "holes", m.holes() + " " + m.holesBySizeMm());
        row(out, "copper area", m.copperAreaMm2().entrySet().stream()
                .map(e -> String.format(Locale.ROOT, "%s %.1f mm²", e.getKey(), e.getValue())).toList().toString());
        row(out, "drill density", m.drillHitsPerCm2() == null ? "-" : String.format(Locale.ROOT, "%.2f holes/cm²", m.drillHitsPerCm2()));
        row(out, "rout length", String.format(Locale.ROOT, "%.1f mm", m.routLengthMm()));
        out.println("</table>");
    }

    private static String mm(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.4f mm", v);
    }

    private static void row(PrintWriter out, String k, String v) {
        out.println("<tr><th>" + esc(k) + "</th><td>" + esc(v) + "</td></tr>");
    }

    static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("&amp;rarr;", "&rarr;").replace("&amp;mdash;", "&mdash;");
    }
}
