package com.fabwright.app.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fabwright.app.job.Job;
import com.fabwright.assembly.AssemblyData;
import com.fabwright.dfm.Violation;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.board.Board;
import com.fabwright.board.HoleTable;
import com.fabwright.board.Outline;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.image.Image;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The {@code info --json} document (CLI.md, "info --json"). Records serialise in component order;
 * absent values are written as {@code null} so every promised field is always there. Fields beyond
 * the contract (extensions): {@code candidates}, {@code x2FileFunction} per file; {@code finish},
 * {@code copperEvidence}, {@code outline*} and {@code centreLine*} in {@code board}; {@code vias},
 * {@code platedSlots}, {@code nonPlatedSlots}, {@code unknownPlating}, {@code total} and
 * {@code files} in {@code drills}; job-level {@code diagnostics}; {@code components} and {@code bom}
 * (present when the job has placements or a BOM, see {@link AssemblyInfo}) and the BOM/CPL/board
 * cross-check findings {@code assemblyFindings}.
 */
public record InfoReport(String job, List<FileInfo> files, BoardInfo board, DrillsInfo drills,
                         List<DiagnosticInfo> diagnostics,
                         @JsonInclude(JsonInclude.Include.NON_NULL) AssemblyInfo.ComponentsInfo components,
                         @JsonInclude(JsonInclude.Include.NON_NULL) AssemblyInfo.BomInfo bom,
                         @JsonInclude(JsonInclude.Include.NON_NULL) List<AssemblyInfo.FindingInfo> assemblyFindings) {

    /** One file of the job. */
    public record FileInfo(String path, String kind, LayerInfo layer, double confidence, String evidence,
                           List<String> candidates, String x2FileFunction, Long objects, Double darkAreaMm2,
                           double[] bboxMm, List<DiagnosticInfo> diagnostics) {
    }

    /** Layer identification. */
    public record LayerInfo(String id, String function, String side, Integer copperIndex) {
    }

    /** A diagnostic; {@code line}/{@code column} are null when it is about the whole file. */
    public record DiagnosticInfo(String severity, String code, String file, Integer line, Integer column, String message) {
    }

    /**
     * Board-level figures. Width and height are the outline's outer edge (what KiCad reports); the
     * centre line's are beside them.
     */
    public record BoardInfo(Double widthMm, Double heightMm, int copperLayers, Boolean outlineClosed,
                            Double thicknessMm, String finish, String copperEvidence, String outline,
                            String outlineEvidence, Double centreLineWidthMm, Double centreLineHeightMm) {
    }

    /** The hole table. */
    public record DrillsInfo(int holes, int slots, int platedHoles, int nonPlatedHoles, List<ToolInfo> tools,
                             int vias, int platedSlots, int nonPlatedSlots, int unknownPlating, int total,
                             List<DrillFileInfo> files) {
    }

    /** One row of the hole table; {@code plated} is null when nothing says. */
    public record ToolInfo(double diameterMm, Boolean plated, int holes, int slots) {
    }

    /** A drill layer and whether it was counted. */
    public record DrillFileInfo(String path, long holes, long slots, String duplicateOf) {
    }

    public static InfoReport of(Job job) {
        return of(job, AssemblyData.none(), List.of());
    }

    /** The report with the job's assembly data and the cross-check findings. */
    public static InfoReport of(Job job, AssemblyData assembly, List<Violation> findings) {
        return of(job, assembly, findings, java.util.Map.of());
    }

    /** As {@link #of(Job, AssemblyData, List)}; {@code mappingSources}: BOM source to where its column corrections came from. */
    public static InfoReport of(Job job, AssemblyData assembly, List<Violation> findings,
                                java.util.Map<String, MappingOrigin> mappingSources) {
        Board board = job.board();
        java.util.Map<String, List<Diagnostic>> extra = new java.util.HashMap<>();
        assembly.placementFiles().forEach(p -> extra.computeIfAbsent(p.source(), k -> new ArrayList<>()).addAll(p.diagnostics()));
        assembly.boms().forEach(b -> extra.computeIfAbsent(b.source(), k -> new ArrayList<>()).addAll(b.diagnostics()));
        List<FileInfo> files = job.files().stream().map(f -> file(f, board, extra.getOrDefault(f.displayPath(), List.of()))).toList();
        Set<String> paths = job.files().stream().map(LoadedFile::displayPath).collect(Collectors.toSet());
        List<DiagnosticInfo> jobLevel = new ArrayList<>();
        job.jobDiagnostics().forEach(d -> jobLevel.add(diagnostic(d)));
        board.diagnostics().stream().filter(d -> !paths.contains(d.file())).forEach(d -> jobLevel.add(diagnostic(d)));
        return new InfoReport(job.name(), files, board(board), drills(board), jobLevel, AssemblyInfo.components(assembly),
                AssemblyInfo.bom(assembly, mappingSources), assembly.isEmpty() ? null : AssemblyInfo.findings(findings));
    }

    private static BoardInfo board(Board b) {
        Outline o = b.outline();
        Envelope centre = o.centreLine();
        return new BoardInfo(round(b.widthMm(), 4), round(b.heightMm(), 4), b.copperLayers(), b.outlineClosed(),
                b.thicknessMm(), b.finish(), b.copperEvidence(), o.source(), o.evidence(),
                centre.isNull() ? null : round(centre.getWidth(), 4), centre.isNull() ? null : round(centre.getHeight(), 4));
    }

    private static DrillsInfo drills(Board b) {
        HoleTable t = b.holeTable();
        List<ToolInfo> tools = t.tools().stream().map(r -> new ToolInfo(r.diameterMm(), r.plated(), r.holes(), r.slots())).toList();
        List<DrillFileInfo> files = b.drills().stream()
                .map(d -> new DrillFileInfo(d.path(), d.hitCount(), d.slotCount(), d.duplicateOf())).toList();
        return new DrillsInfo(t.holes(), t.slots(), t.platedHoles(), t.nonPlatedHoles(), tools, t.vias(), t.platedSlots(),
                t.nonPlatedSlots(), t.unknownPlating(), t.total(), files);
    }

    private static FileInfo file(LoadedFile f, Board board, List<Diagnostic> extra) {
        var id = f.layer();
        LayerInfo layer = new LayerInfo(id.id(), id.function().label(), id.side().label(), id.copperIndex());
        Double area = f.shapes() == null ? null : round(f.shapes().areaMm2(), 4);
        double[] bbox = null;
        if (f.shapes() != null && f.shapes().boundsMm() != null && !f.shapes().boundsMm().isNull()) {
            Envelope e = f.shapes().boundsMm();
            bbox = new double[] {round(e.getMinX(), 6), round(e.getMinY(), 6), round(e.getMaxX(), 6), round(e.getMaxY(), 6)};
        }
        List<DiagnosticInfo> diags = new ArrayList<>();
        f.diagnostics().forEach(d -> diags.add(diagnostic(d)));
        extra.forEach(d -> diags.add(diagnostic(d)));
        board.diagnostics().stream().filter(d -> d.file().equals(f.displayPath())).forEach(d -> diags.add(diagnostic(d)));
        return new FileInfo(f.displayPath(), f.kind().label(), layer, id.confidence(), id.evidence(), id.candidates(),
                x2FileFunction(f), f.objects(), area, bbox, diags);
    }

    /** The raw {@code .FileFunction} fields joined by commas (Gerber {@code TF} or KiCad's drill comment), or null. */
    static String x2FileFunction(LoadedFile f) {
        Image image = f.image();
        com.fabwright.image.Attributes attributes = f.source().drill() != null ? f.source().drill().fileAttributes()
                : image == null ? null : image.fileAttributes();
        if (attributes == null || attributes.get(".FileFunction").isEmpty()) {
            return null;
        }
        return String.join(",", attributes.get(".FileFunction"));
    }

    private static DiagnosticInfo diagnostic(Diagnostic d) {
        boolean known = d.position().isKnown();
        return new DiagnosticInfo(d.severity().label(), d.code(), d.file(), known ? d.position().line() : null,
                known ? d.position().column() : null, d.message());
    }

    static Double round(Double v, int decimals) {
        if (v == null) {
            return null;
        }
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
