package com.fabwright.app.cli;

import com.fabwright.app.job.BoardSummary;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.diagnostics.Diagnostic;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * The {@code info --json} document (CLI.md, "info --json"). Records serialise in component order;
 * absent values are written as {@code null} so every promised field is always there.
 * {@code drills}, {@code components} and {@code bom} arrive with the Excellon/BOM/CPL readers.
 */
public record InfoReport(String job, List<FileInfo> files, BoardInfo board) {

    /** One file of the job. */
    public record FileInfo(String path, String kind, LayerInfo layer, double confidence, String evidence,
                           String x2FileFunction, Long objects, Double darkAreaMm2, double[] bboxMm,
                           List<DiagnosticInfo> diagnostics) {
    }

    /** Layer identification. */
    public record LayerInfo(String id, String function, String side, Integer copperIndex) {
    }

    /** A diagnostic; {@code line}/{@code column} are null when it is about the whole file. */
    public record DiagnosticInfo(String severity, String code, Integer line, Integer column, String message) {
    }

    /** Board-level figures. */
    public record BoardInfo(Double widthMm, Double heightMm, int copperLayers, Boolean outlineClosed,
                            Double thicknessMm) {
    }

    public static InfoReport of(Job job) {
        List<FileInfo> files = job.files().stream().map(InfoReport::file).toList();
        BoardSummary b = BoardSummary.of(job);
        return new InfoReport(job.name(), files, new BoardInfo(round(b.widthMm(), 4), round(b.heightMm(), 4),
                b.copperLayers(), b.outlineClosed(), b.thicknessMm()));
    }

    private static FileInfo file(LoadedFile f) {
        var id = f.layer();
        LayerInfo layer = new LayerInfo(id.id(), id.function().label(), id.side().label(), id.copperIndex());
        Double area = f.shapes() == null ? null : round(f.shapes().areaMm2(), 4);
        double[] bbox = null;
        if (f.shapes() != null && f.shapes().boundsMm() != null && !f.shapes().boundsMm().isNull()) {
            Envelope e = f.shapes().boundsMm();
            bbox = new double[] {round(e.getMinX(), 6), round(e.getMinY(), 6), round(e.getMaxX(), 6), round(e.getMaxY(), 6)};
        }
        return new FileInfo(f.displayPath(), f.kind().label(), layer, id.confidence(), id.evidence(),
                id.x2FileFunction(), f.objects(), area, bbox, f.diagnostics().stream().map(InfoReport::diagnostic).toList());
    }

    private static DiagnosticInfo diagnostic(Diagnostic d) {
        boolean known = d.position().isKnown();
        return new DiagnosticInfo(d.severity().label(), d.code(), known ? d.position().line() : null,
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
