package com.fabwright.app.cli;

import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomField;
import com.fabwright.dfm.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code components} and {@code bom} blocks of {@code info --json} (CLI.md), and the cross-check
 * findings as an extension. Contract fields first; the rest are extensions.
 */
final class AssemblyInfo {
    private AssemblyInfo() {
    }

    /**
     * Placements per side and mount (contract: {@code top}, {@code bottom}, {@code smt}, {@code tht},
     * {@code source}); extensions: the rest of {@link AssemblyStatistics} and the unit and dialect of
     * each placement file.
     */
    record ComponentsInfo(int top, int bottom, int smt, int tht, String source, int uniqueLines, int smtJoints,
                          int thtPins, int finePitch, int bga, Map<String, Integer> packageClasses, boolean doubleSided,
                          List<PlacementFileInfo> files) {
    }

    /** One placement source read. */
    record PlacementFileInfo(String path, String format, String unit, String unitEvidence, int placements) {
    }

    /**
     * The BOM (contract: {@code lines}, {@code placements}, {@code dnp}, {@code source}); extensions: the
     * fitted lines, the header row and columns used with the mapping confidence.
     */
    record BomInfo(int lines, int placements, int dnp, String source, int fittedLines, Integer headerRow,
                   Double mappingConfidence, Map<String, String> columns, Map<String, MappedColumn> mapping) {
    }

    /**
     * One field of the BOM column mapping (extension {@code bom.mapping}): the header text of its column,
     * the match confidence, and where the mapping came from: {@code detected} (synonyms),
     * {@code entered} ({@code --map}) or {@code remembered} (saved for the customer).
     */
    record MappedColumn(String column, double confidence, String source) {
    }

    /** A cross-check finding. */
    record FindingInfo(String rule, String severity, double xMm, double yMm, String message, List<String> refs) {
    }

    static ComponentsInfo components(AssemblyData d) {
        AssemblyStatistics s = d.statistics();
        if (d.placements().isEmpty() || s == null) {
            return null;
        }
        List<PlacementFileInfo> files = d.placementFiles().stream().map(p -> new PlacementFileInfo(p.source(), p.format(),
                p.unit() == null ? null : p.unit().label(), p.unitEvidence(), p.placements().size())).toList();
        return new ComponentsInfo(s.placementsTop(), s.placementsBottom(), s.smt(), s.tht(), s.source(), s.uniqueLines(),
                s.smtJoints(), s.thtPins(), s.finePitch(), s.bga(), s.packageClasses(), s.doubleSided(), files);
    }

    static BomInfo bom(AssemblyData d, Map<String, MappingOrigin> mappingSources) {
        Bom b = d.bom();
        if (b == null) {
            return null;
        }
        Map<String, String> columns = new LinkedHashMap<>();
        Map<String, MappedColumn> mapping = new LinkedHashMap<>();
        MappingOrigin origin = mappingSources.getOrDefault(b.source(), MappingOrigin.DETECTED);
        if (b.mapping() != null) {
            for (BomField f : BomField.values()) {
                if (b.mapping().has(f)) {
                    String name = f.name().toLowerCase(Locale.ROOT);
                    columns.put(name, b.mapping().headerOf(f));
                    double conf = b.mapping().confidence().getOrDefault(f, 0.0);
                    mapping.put(name, new MappedColumn(b.mapping().headerOf(f), InfoReport.round(conf, 3),
                            origin.of(f.name())));
                }
            }
        }
        return new BomInfo(b.lines().size(), b.placements(), b.dnp(), com.fabwright.assembly.JobAssembly.fileName(b.source()), b.fittedLines(),
                b.mapping() == null ? null : b.mapping().headerLine(),
                b.mapping() == null ? null : InfoReport.round(b.mapping().overall(), 3), columns,
                mapping);
    }

    static List<FindingInfo> findings(List<Violation> v) {
        return v.stream().map(x -> new FindingInfo(x.rule(), x.severity().label(), InfoReport.round(x.xMm(), 4),
                InfoReport.round(x.yMm(), 4), x.message(), x.refs())).toList();
    }
}
