package com.fabwright.app.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** The human form of the {@code components}, {@code bom} and cross-check parts of {@code info}. */
final class AssemblyTable {
    private AssemblyTable() {
    }

    static void print(InfoReport report, PrintWriter out) {
        AssemblyInfo.ComponentsInfo c = report.components();
        if (c != null) {
            out.printf(Locale.ROOT, "Components: %d top, %d bottom, %d SMT, %d THT, %d line(s), %d SMT joint(s), %d THT pin(s),"
                            + " %d fine-pitch, %d BGA (from %s)%n", c.top(), c.bottom(), c.smt(), c.tht(), c.uniqueLines(),
                    c.smtJoints(), c.thtPins(), c.finePitch(), c.bga(), c.source());
            out.printf(Locale.ROOT, "  packages: %s%n", c.packageClasses());
            for (AssemblyInfo.PlacementFileInfo f : c.files()) {
                out.printf(Locale.ROOT, "  %s: %s, %d placement(s), unit %s (%s)%n", f.path(), f.format(), f.placements(),
                        f.unit(), f.unitEvidence());
            }
        }
        AssemblyInfo.BomInfo b = report.bom();
        if (b != null) {
            out.printf(Locale.ROOT, "BOM: %d line(s), %d placement(s), %d DNP (from %s, header row %s, mapping %.2f)%n",
                    b.lines(), b.placements(), b.dnp(), b.source(), b.headerRow(),
                    b.mappingConfidence() == null ? 0.0 : b.mappingConfidence());
            b.mapping().forEach((field, m) -> out.printf(Locale.ROOT, "  %-12s <- %-24s %.2f %s%n", field, m.column(),
                    m.confidence(), m.source()));
        }
        if (report.assemblyFindings() != null) {
            java.util.Map<String, Long> byRule = new java.util.TreeMap<>();
            report.assemblyFindings().forEach(f -> byRule.merge(f.severity() + " " + f.rule(), 1L, Long::sum));
            out.printf(Locale.ROOT, "Cross-check: %d finding(s) %s%n", report.assemblyFindings().size(), byRule);
            report.assemblyFindings().stream().limit(50).forEach(f -> out.printf(Locale.ROOT, "  %-7s %-28s %s%n",
                    f.severity(), f.rule(), f.message()));
        }
    }
}
