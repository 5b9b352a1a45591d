package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.dfm.Violation;
import com.fabwright.panel.PanelBoard;
import com.fabwright.panel.PanelOutput;
import com.fabwright.panel.PanelPresets;
import com.fabwright.panel.PanelRefusedException;
import com.fabwright.panel.PanelSpec;
import com.fabwright.panel.PanelStudy;
import com.fabwright.panel.drawing.DrawingPainters;
import com.fabwright.panel.drawing.PanelDrawing;
import com.fabwright.panel.production.ProductionPanelFit;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The panel pane's state: a preset and the array options typed over it (rows, columns, spacing,
 * rails, separation), the array planned again in the background on each change and drawn as a
 * preview picture (the panel drawing), its best production-panel fit with the utilisation, the
 * panel DFM findings, and writing the panel files into a folder.
 */
public final class PanelViewModel {
    private final Consumer<Task<?>> runner;
    private final ObservableList<String> presets = FXCollections.observableArrayList(PanelPresets.NAMES);
    private final StringProperty preset = new SimpleStringProperty(PanelPresets.NAMES.get(0));
    private final StringProperty rows = new SimpleStringProperty("");
    private final StringProperty cols = new SimpleStringProperty("");
    private final StringProperty spacing = new SimpleStringProperty("");
    private final StringProperty rails = new SimpleStringProperty("");
    private final StringProperty separation = new SimpleStringProperty("");
    private final ObjectProperty<BufferedImage> preview = new SimpleObjectProperty<>();
    private final ObjectProperty<PanelStudy> study = new SimpleObjectProperty<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty fit = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("open a job with a board outline");
    private final ObservableList<Violation> findings = FXCollections.observableArrayList();
    private PanelBoard board;
    private int generation;
    private boolean filling;

    public PanelViewModel(Consumer<Task<?>> runner) {
        this.runner = runner;
        preset.addListener((o, a, b) -> presetChosen());
        for (StringProperty p : List.of(rows, cols, spacing, rails, separation)) {
            p.addListener((o, a, b) -> {
                if (!filling) {
                    replan();
                }
            });
        }
        presetChosen();
    }

    /** A job was opened: it becomes the panel's board (none when it has no outline). */
    public void jobChanged(Job job) {
        board = null;
        message.set("");
        if (job.source() != null && job.board() != null) {
            try {
                board = PanelBoard.of(job.name(), job.source(), List.of());
            } catch (IllegalArgumentException e) {
                message.set(e.getMessage());
            }
        }
        replan();
    }

    private void presetChosen() {
        PanelSpec p = PanelPresets.load(preset.get());
        filling = true;
        rows.set(String.valueOf(p.rows()));
        cols.set(String.valueOf(p.cols()));
        spacing.set(num(p.spacingMm()));
        rails.set(num(p.rails().widthMm()));
        separation.set(p.separation());
        filling = false;
        replan();
    }

    private static String num(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    /** The spec: the preset with the options typed over it; IllegalArgumentException naming the field that does not parse. */
    PanelSpec spec() {
        PanelSpec p = PanelPresets.load(preset.get());
        int r = intField("rows", rows.get());
        int c = intField("columns", cols.get());
        double gap = lengthField("spacing", spacing.get());
        p = p.withArray(r, c, gap);
        double w = lengthField("rails", rails.get());
        String sides = w == 0 ? "none" : p.rails().sides().equals("none") ? "top-bottom" : p.rails().sides();
        p = p.withRails(new PanelSpec.Rails(sides, w));
        String sep = separation.get().trim().toLowerCase(Locale.ROOT);
        if (!sep.equals("vscore") && !sep.equals("mousebites")) {
            throw new IllegalArgumentException("separation: vscore or mousebites, not '" + separation.get() + "'");
        }
        return p.withSeparation(sep).withText(p.text().replace("{name}", board == null ? "" : board.name()));
    }

    private static int intField(String name, String t) {
        try {
            int n = Integer.parseInt(t.trim());
            if (n < 1 || n > 50) {
                throw new IllegalArgumentException(name + ": 1 to 50, not " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number: '" + t + "'");
        }
    }

    private static double lengthField(String name, String t) {
        try {
            double v = t.trim().equals("0") ? 0 : com.fabwright.quote.InputSheet.length(t);
            return v;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + ": not a length: '" + t + "'");
        }
    }

    /** Plans the array again in the background; the newest plan wins. */
    public void replan() {
        int g = ++generation;
        if (board == null) {
            study.set(null);
            preview.set(null);
            findings.clear();
            summary.set("");
            fit.set("");
            return;
        }
        PanelSpec spec;
        try {
            spec = spec();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        PanelBoard b = board;
        Task<Object[]> task = new Task<>() {
            @Override
            protected Object[] call() {
                updateTitle("Panel preview");
                updateMessage("planning the array");
                try {
                    PanelStudy s = PanelStudy.of(spec, List.of(b), PanelPresets.production().panels());
                    BufferedImage img = DrawingPainters.png(new PanelDrawing(s.layout()), 6);
                    updateMessage("array planned");
                    return new Object[] {s, img};
                } catch (PanelRefusedException | IllegalArgumentException e) {
                    return new Object[] {e.getMessage()}; // an array that cannot be made is an answer, not a failure
                }
            }
        };
        task.setOnSucceeded(e -> {
            if (g == generation && task.getValue()[0] instanceof PanelStudy st) {
                show(st, (BufferedImage) task.getValue()[1]);
            } else if (g == generation) {
                message.set("refused: " + task.getValue()[0]);
            }
        });
        task.setOnFailed(e -> {
            if (g == generation) {
                message.set("refused: " + task.getException().getMessage());
            }
        });
        runner.accept(task);
    }

    private void show(PanelStudy s, BufferedImage img) {
        study.set(s);
        preview.set(img);
        var l = s.layout();
        summary.set(String.format(Locale.ROOT, "Array %d x %d = %d board(s), %.2f x %.2f mm, %s", l.spec().rows(), l.spec().cols(),
                l.instances().size(), l.widthMm(), l.heightMm(), l.spec().vscored() ? l.vscores().size() + " V-score line(s)"
                        : l.tabs().size() + " tab(s), " + l.mouseBiteHoles() + " mouse-bite hole(s)"));
        ProductionPanelFit f = s.fit();
        fit.set(f == null ? "does not fit any production panel" : String.format(Locale.ROOT,
                "Production panel %s: %d x %d array(s)%s = %d board(s), utilisation %.1f %%", f.panel().name(), f.across(),
                f.down(), f.rotated() ? " (turned)" : "", f.boardsPerPanel(), 100 * f.utilization()));
        findings.setAll(s.violations());
        message.set(String.join("; ", l.warnings()));
    }

    /** Writes the panel files of the array shown into {@code dir} in the background; the task says what it wrote. */
    public Task<List<String>> writeFiles(Path dir) {
        PanelStudy s = study.get();
        if (s == null) {
            throw new IllegalStateException("no array to write: " + message.get());
        }
        Task<List<String>> task = new Task<>() {
            @Override
            protected List<String> call() throws Exception {
                updateTitle("Write panel files");
                updateMessage("writing the panel files into " + dir);
                return new PanelOutput().write(s.layout(), dir);
            }
        };
        task.setOnSucceeded(e -> message.set("wrote " + task.getValue().size() + " file(s) into " + dir));
        runner.accept(task);
        return task;
    }

    public ObservableList<String> presets() {
        return presets;
    }

    public StringProperty presetProperty() {
        return preset;
    }

    public StringProperty rowsProperty() {
        return rows;
    }

    public StringProperty colsProperty() {
        return cols;
    }

    public StringProperty spacingProperty() {
        return spacing;
    }

    public StringProperty railsProperty() {
        return rails;
    }

    public StringProperty separationProperty() {
        return separation;
    }

    /** The drawing of the array planned last. */
    public ObjectProperty<BufferedImage> previewProperty() {
        return preview;
    }

    public ObjectProperty<PanelStudy> studyProperty() {
        return study;
    }

    public StringProperty summaryProperty() {
        return summary;
    }

    /** The production-panel fit and utilisation in words. */
    public StringProperty fitProperty() {
        return fit;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public ObservableList<Violation> findings() {
        return findings;
    }
}
