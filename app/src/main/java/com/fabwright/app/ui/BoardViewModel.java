package com.fabwright.app.ui;

import com.fabwright.app.engine.ColoredGeometry;
import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.engine.StackRasterizer;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.board.Board;
import com.fabwright.board.HoleTable;
import com.fabwright.diagnostics.Severity;
import com.fabwright.job.identify.LayerIds;
import com.fabwright.job.identify.LayerIdentity;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the board window: the job, its layers (the stack drawn, drills included), its files with
 * their identification (the table, where the user corrects a layer), the board summary, the
 * viewport, the last rendered frame, progress and status texts. Loading and rendering run on background executors; results come back through
 * the {@code fx} executor ({@code Platform::runLater} in the app, a direct call in tests), so the
 * view model is tested without a window. Only {@code javafx.beans}/{@code javafx.collections} here.
 */
public final class BoardViewModel {
    private static final Logger LOG = LoggerFactory.getLogger(BoardViewModel.class);
    static final String TITLE_PREFIX = "Fabwright — ";
    private static final double FIT_MARGIN_PX = 16;

    /** Loads a job; {@code JobLoader::load} in the app. */
    @FunctionalInterface
    public interface Loader {
        Job load(List<Path> paths, ProgressListener progress) throws JobInputException;
    }

    /** A rendered picture and the viewport and canvas size it was made for. */
    public record Frame(BufferedImage image, Viewport viewport, double width, double height) {
    }

    private final Loader loader;
    private final Executor background;
    private final Executor renderer;
    private final Executor fx;

    private final StringProperty title = new SimpleStringProperty(this, "title", TITLE_PREFIX + "no job");
    private final ObservableList<LayerItem> layers = FXCollections.observableArrayList();
    private final ObservableList<FileRow> files = FXCollections.observableArrayList();
    private final ObservableList<String> layerChoices = FXCollections.observableArrayList();
    private final StringProperty board = new SimpleStringProperty(this, "board", "");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final StringProperty status = new SimpleStringProperty(this, "status", "Open a folder, files or a zip");
    private final StringProperty cursor = new SimpleStringProperty(this, "cursor", "");
    private final StringProperty diagnostics = new SimpleStringProperty(this, "diagnostics", "");
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.DEFAULT);
    private final ObjectProperty<Frame> frame = new SimpleObjectProperty<>(this, "frame");
    private final AtomicLong renderGeneration = new AtomicLong();

    private Job job = Job.empty();
    private double width;
    private double height;

    public BoardViewModel(Loader loader, Executor background, Executor renderer, Executor fx) {
        this.loader = loader;
        this.background = background;
        this.renderer = renderer;
        this.fx = fx;
    }

    /** Starts loading a job in the background; the current job stays until the new one is read. */
    public void load(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        busy.set(true);
        progress.set(-1);
        status.set("Loading " + paths.get(0).getFileName() + (paths.size() > 1 ? " +" + (paths.size() - 1) : "") + "…");
        background.execute(() -> {
            try {
                Job loaded = loader.load(paths, (done, total, file) -> fx.execute(() -> {
                    progress.set(done / (double) total);
                    status.set("Read " + file + " (" + done + "/" + total + ")");
                }));
                fx.execute(() -> apply(loaded));
            } catch (JobInputException | RuntimeException e) {
                LOG.warn("cannot load {}", paths, e);
                fx.execute(() -> {
                    busy.set(false);
                    progress.set(0);
                    status.set("Cannot load " + e.getMessage());
                });
            }
        });
    }

    /** Shows a loaded job (called on the FX thread). */
    void apply(Job loaded) {
        job.close();
        job = loaded;
        title.set(TITLE_PREFIX + loaded.name());
        showJob(Map.of());
        long errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        diagnostics.set(errors + " error(s), " + warnings + " warning(s)");
        int others = loaded.files().size() - layers.size();
        status.set(String.format(Locale.ROOT, "%d layer(s)%s", layers.size(),
                others > 0 ? ", " + others + " other file(s)" : ""));
        busy.set(false);
        progress.set(0);
        fit();
    }

    /** Fills the layer stack, the file table and the board summary from {@link #job}, keeping visibility by path. */
    private void showJob(Map<String, Boolean> visibility) {
        List<LayerItem> items = new ArrayList<>();
        job.files().stream().filter(f -> f.shapes() != null)
                .sorted(Comparator.comparing(LoadedFile::layer, LayerColors.STACK_ORDER).reversed())
                .forEach(f -> {
                    LayerItem item = new LayerItem(f, LayerColors.colorOf(f.layer()));
                    item.setVisible(visibility.getOrDefault(f.displayPath(), true));
                    item.visibleProperty().addListener((obs, was, is) -> requestRender());
                    items.add(item);
                });
        layers.setAll(items);
        List<FileRow> rows = new ArrayList<>();
        job.files().forEach(f -> rows.add(new FileRow(f)));
        files.setAll(rows);
        layerChoices.setAll(LayerIds.choices(job.board().copperLayers()));
        board.set(summary(job.board()));
    }

    /** One line about the board: size, copper, outline, holes. */
    static String summary(Board b) {
        String size = b.widthMm() == null ? "size unknown" : String.format(Locale.ROOT, "%.2f x %.2f mm", b.widthMm(), b.heightMm());
        String outline = b.outlineClosed() == null ? "no outline" : b.outlineClosed() ? "outline closed" : "outline OPEN";
        HoleTable t = b.holeTable();
        return String.format(Locale.ROOT, "Board %s, %d copper layer(s), %s; %d hole(s) + %d slot(s), %d via(s)%s", size,
                b.copperLayers(), outline, t.holes(), t.slots(), t.vias(),
                b.thicknessMm() == null ? "" : String.format(Locale.ROOT, ", %.2f mm thick", b.thicknessMm()));
    }

    /**
     * The user says file {@code path} is layer {@code layerId}: the identification changes (confidence
     * 1, the evidence says who decided and what it was), the stack is re-coloured and re-ordered,
     * the board (outline, copper, drills) is rebuilt and the picture drawn again.
     *
     * @return whether anything changed (false for an unknown id or file, or a file that is not a layer)
     */
    public boolean setLayer(String path, String layerId) {
        Optional<LoadedFile> file = job.files().stream().filter(f -> f.displayPath().equals(path)).findFirst();
        if (file.isEmpty() || !file.get().isLayer() || file.get().layer().id().equals(layerId)) {
            return false;
        }
        LayerIdentity was = file.get().layer();
        String evidence = String.format(Locale.ROOT, "set by the user (was %s, %.2f: %s)", was.id(), was.confidence(), was.evidence());
        Optional<LayerIdentity> chosen = LayerIds.identity(layerId, job.board().copperLayers(), 1.0, evidence);
        if (chosen.isEmpty()) {
            return false;
        }
        Map<String, Boolean> visibility = new HashMap<>();
        layers.forEach(l -> visibility.put(l.file().displayPath(), l.isVisible()));
        job = job.withLayer(path, chosen.get());
        showJob(visibility);
        status.set(path + " is now " + layerId);
        requestRender();
        return true;
    }

    /**
     * Files or folders dropped on the window: a zip or a folder (or several files) is a job; what
     * does not exist is ignored. Returns whether a load started.
     */
    public boolean drop(List<Path> dropped) {
        List<Path> usable = dropped.stream().filter(Files::exists).map(Path::toAbsolutePath).toList();
        if (usable.isEmpty()) {
            status.set("Nothing to open in what was dropped");
            return false;
        }
        load(usable);
        return true;
    }

    /** The canvas was resized. */
    public void setCanvasSize(double w, double h) {
        boolean first = width <= 0 || height <= 0;
        width = w;
        height = h;
        if (first) {
            fit();
        } else {
            requestRender();
        }
    }

    public void fit() {
        viewport.set(Viewport.fit(job.extent(), width, height, FIT_MARGIN_PX));
        requestRender();
    }

    public void zoomAt(double px, double py, double factor) {
        viewport.set(viewport.get().zoomAbout(px, py, factor));
        requestRender();
    }

    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
        requestRender();
    }

    /** The pointer moved over the canvas: show where it is on the board. */
    public void pointerAt(double px, double py) {
        double[] mm = viewport.get().toMm(px, py);
        cursor.set(String.format(Locale.ROOT, "X %.3f  Y %.3f mm", mm[0], mm[1]));
    }

    public void pointerExited() {
        cursor.set("");
    }

    /** Renders the visible layers for the current viewport off the FX thread; stale results are dropped. */
    public void requestRender() {
        long generation = renderGeneration.incrementAndGet();
        Viewport vp = viewport.get();
        double w = width;
        double h = height;
        List<ColoredGeometry> paint = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) { // list is top-first; paint bottom-first
            LayerItem item = layers.get(i);
            if (item.isVisible() && item.file().shapes() != null) {
                paint.add(new ColoredGeometry(item.file().shapes().darkArea(), item.color()));
            }
        }
        if (w < 1 || h < 1) {
            return;
        }
        renderer.execute(() -> {
            if (generation != renderGeneration.get()) {
                return; // a newer request is queued
            }
            try {
                Envelope window = vp.windowMm(w, h);
                BufferedImage image = StackRasterizer.render(paint, window, vp.dpi(), LayerColors.BOARD_BACKGROUND);
                fx.execute(() -> {
                    if (generation == renderGeneration.get()) {
                        frame.set(new Frame(image, vp, w, h));
                    }
                });
            } catch (RuntimeException e) {
                LOG.warn("render failed", e);
                fx.execute(() -> status.set("Render failed: " + e.getMessage()));
            }
        });
    }

    /** Deletes temporary folders of the job; call when the window closes. */
    public void close() {
        job.close();
    }

    public Job job() {
        return job;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    public ObservableList<LayerItem> layers() {
        return layers;
    }

    /** Every file of the job with its identification, in job order (the table). */
    public ObservableList<FileRow> files() {
        return files;
    }

    /** The layer ids the user may choose from, copper first. */
    public ObservableList<String> layerChoices() {
        return layerChoices;
    }

    /** One line about the board. */
    public ReadOnlyStringProperty boardProperty() {
        return board;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status;
    }

    public ReadOnlyStringProperty cursorProperty() {
        return cursor;
    }

    public ReadOnlyStringProperty diagnosticsProperty() {
        return diagnostics;
    }

    public ReadOnlyObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ReadOnlyObjectProperty<Frame> frameProperty() {
        return frame;
    }
}
