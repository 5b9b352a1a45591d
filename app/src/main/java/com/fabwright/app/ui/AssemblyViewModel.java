package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.app.view.BoardMarker;
import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomField;
import com.fabwright.assembly.bom.BomLine;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.dfa.AssemblyCrossCheck;
import com.fabwright.dfa.CrossCheckInput;
import com.fabwright.dfm.Violation;
import com.fabwright.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * State of the assembly pane for the opened job ({@link JobAssembly}): the BOM lines, the
 * placements used, how each file's columns were understood (field, column, confidence; the unit of
 * placement files), the BOM ↔ placements ↔ board cross-check findings (a selected one is shown on
 * the board) and the placements drawn over the board as markers (when {@code showPlacements}).
 */
public final class AssemblyViewModel {
    /** One line of the column-mapping table: which column of which file was read as which field, and how sure. */
    public record MappingRow(String file, String field, String column, String confidence) {
    }

    /** Assembly data and findings computed in the background. */
    record Read(AssemblyData data, List<Violation> findings) {
    }

    private static final Pattern CONFIDENCE = Pattern.compile("mapping confidence ([0-9.]+): ?(.*)");

    private final WorkbenchContext context;
    private final ObservableList<BomLine> bom = FXCollections.observableArrayList();
    private final ObservableList<Placement> placements = FXCollections.observableArrayList();
    private final ObservableList<MappingRow> mapping = FXCollections.observableArrayList();
    private final ObservableList<Violation> findings = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "No job");
    private final BooleanProperty showPlacements = new SimpleBooleanProperty(this, "showPlacements", true);
    private Task<Read> reading;

    public AssemblyViewModel(WorkbenchContext context) {
        this.context = context;
        showPlacements.addListener((o, a, b) -> pushMarkers());
    }

    /** A new job: its BOM and placement files are read and cross-checked in the background. */
    public Task<Read> jobChanged(Job job) {
        if (reading != null) {
            reading.cancel();
        }
        clear();
        if (job.source() == null) {
            summary.set("No job");
            return null;
        }
        summary.set("Reading BOM and placements…");
        Task<Read> task = new Task<>() {
            @Override
            protected Read call() {
                updateTitle("Assembly");
                updateMessage("Assembly: reading BOM and placement files");
                AssemblyData data = JobAssembly.of(job.source(), List.of(), List.of());
                updateMessage("Assembly: cross-checking");
                List<Violation> found = data.isEmpty() ? List.of()
                        : AssemblyCrossCheck.run(CrossCheckInput.of(job.files().stream().map(com.fabwright.app.job.LoadedFile::source).toList(), job.board(), data));
                updateMessage("Assembly: " + data.placements().size() + " placement(s), " + found.size() + " cross-check finding(s)");
                return new Read(data, found);
            }
        };
        task.setOnSucceeded(e -> {
            if (reading == task) {
                show(task.getValue());
            }
        });
        task.setOnFailed(e -> summary.set("Cannot read the assembly data: " + task.getException().getMessage()));
        reading = task;
        context.run(task);
        return task;
    }

    private void clear() {
        bom.clear();
        placements.clear();
        mapping.clear();
        findings.clear();
        context.showMarkers(List.of());
    }

    /** Shows read assembly data (on the FX thread). */
    void show(Read read) {
        AssemblyData d = read.data();
        Bom b = d.bom();
        bom.setAll(b == null ? List.of() : b.lines());
        placements.setAll(d.placements());
        mapping.setAll(mappingRows(d));
        findings.setAll(read.findings());
        pushMarkers();
        if (d.isEmpty()) {
            summary.set("No BOM or placement file in this job");
            return;
        }
        AssemblyStatistics s = d.statistics();
        long errors = read.findings().stream().filter(v -> v.severity() == com.fabwright.dfm.Severity.ERROR).count();
        summary.set(String.format(Locale.ROOT, "BOM: %s; placements: %s; %d cross-check finding(s), %d error(s)",
                b == null ? "none" : b.lines().size() + " lines, " + b.placements() + " parts, " + b.dnp() + " DNP",
                d.placements().isEmpty() ? "none" : s == null ? d.placements().size() + ""
                        : s.placementsTop() + " top, " + s.placementsBottom() + " bottom (" + d.placementSource() + ")",
                read.findings().size(), errors));
    }

    /** The BOM's fields with their column and confidence, then each placement file's dialect, unit and mapping. */
    static List<MappingRow> mappingRows(AssemblyData d) {
        List<MappingRow> rows = new ArrayList<>();
        for (Bom b : d.boms()) {
            String file = JobAssembly.fileName(b.source());
            if (b.mapping() == null) {
                rows.add(new MappingRow(file, "(no header row)", "", "0.00"));
                continue;
            }
            rows.add(new MappingRow(file, "BOM, header row " + b.mapping().headerLine(), "",
                    String.format(Locale.ROOT, "%.2f", b.mapping().overall())));
            for (BomField f : BomField.values()) {
                if (b.mapping().has(f)) {
                    Double c = b.mapping().confidence().get(f);
                    rows.add(new MappingRow(file, f.name().toLowerCase(Locale.ROOT), b.mapping().headerOf(f),
                            c == null ? "" : String.format(Locale.ROOT, "%.2f", c)));
                }
            }
        }
        for (PlacementFile p : d.placementFiles()) {
            String file = JobAssembly.fileName(p.source());
            String unit = p.unit() == null ? "" : p.unit().label() + " (" + p.unitEvidence() + ")";
            String columns = "";
            String confidence = p.format().equals("gerber-x3") ? "1.00" : "";
            for (Diagnostic diag : p.diagnostics()) {
                Matcher m = CONFIDENCE.matcher(diag.message());
                if ("CPL-I001".equals(diag.code()) && m.find()) {
                    confidence = m.group(1);
                    columns = m.group(2);
                }
            }
            rows.add(new MappingRow(file, p.format() + " placements, unit " + unit, columns, confidence));
        }
        return rows;
    }

    private void pushMarkers() {
        if (!showPlacements.get()) {
            context.showMarkers(List.of());
            return;
        }
        context.showMarkers(placements.stream().map(p -> new BoardMarker(p.xMm(), p.yMm(), p.side(), p.refdes())).toList());
    }

    /** Zooms the board to a cross-check finding and highlights it. */
    public void select(Violation v) {
        context.showOnBoard(v == null ? null : DfmViewModel.window(v));
    }

    /** Zooms the board to a placement's centroid. */
    public void select(Placement p) {
        if (p != null) {
            org.locationtech.jts.geom.Envelope e = new org.locationtech.jts.geom.Envelope(p.xMm(), p.xMm(), p.yMm(), p.yMm());
            e.expandBy(3);
            context.showOnBoard(e);
        }
    }

    public ObservableList<BomLine> bom() {
        return bom;
    }

    public ObservableList<Placement> placements() {
        return placements;
    }

    public ObservableList<MappingRow> mapping() {
        return mapping;
    }

    public ObservableList<Violation> findings() {
        return findings;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public BooleanProperty showPlacementsProperty() {
        return showPlacements;
    }
}
