package com.fabwright.app.ui;

import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.app.view.LayerIndexes;
import com.fabwright.app.view.PaintLayer;
import com.fabwright.app.view.TileStyle;
import com.fabwright.app.view.Viewport;
import com.fabwright.board.Board;
import com.fabwright.board.HoleTable;
import com.fabwright.diagnostics.Severity;
import com.fabwright.job.identify.LayerIds;
import com.fabwright.job.identify.LayerIdentity;
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
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the board: the job, its layers (the stack drawn, drills included, each with colour,
 * visibility and opacity), its files with their identification (the table, where the user
 * corrects a layer), the board summary, the viewport (top or bottom view), the tile style the
 * picture is drawn in, the measuring tool, progress and status texts. Loading runs as a
 * cancellable {@link Task} on the background executor (geometry and the layers' tile indexes are
 * built there); the picture itself is drawn by {@link BoardView} from tiles. Only
 * {@code javafx.beans}, {@code javafx.collections} and {@code javafx.concurrent} here: the view
 * model is tested without a window.
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

    private final Loader loader;
    private final Executor background;
    private final LayerIndexes indexes = new LayerIndexes();
    private final Measurement measurement = new Measurement();

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
    private final ObjectProperty<TileStyle> style = new SimpleObjectProperty<>(this, "style", TileStyle.EMPTY);
    private final IntegerProperty corrections = new SimpleIntegerProperty(this, "corrections", 0);
    private final ObjectProperty<Envelope> highlight = new SimpleObjectProperty<>(this, "highlight");
    private final ObjectProperty<java.util.List<com.fabwright.app.view.BoardMarker>> markers =
            new SimpleObjectProperty<>(this, "markers", java.util.List.of());
    private Consumer<Throwable> onFailure = e -> { };
    private Consumer<Job> onLoaded = j -> { };
    private Consumer<Task<Job>> onStarted = t -> { };

    private Task<Job> loading;
    private List<Path> loadingPaths = List.of();
    private List<Path> shownPaths = List.of();
    private Job job = Job.empty();
    private double width;
    private double height;
    private long styleVersion;

    /** A view model whose loads run on {@code background} (results come back on the FX thread). */
    public BoardViewModel(Loader loader, Executor background) {
        this.loader = loader;
        this.background = background;
    }

    /** Called with the error when a load fails (the window shows it and logs the details). */
    public void setOnFailure(Consumer<Throwable> handler) {
        onFailure = handler;
    }

    /** Called with each load task as it starts (the window shows its cancel button). */
    public void setOnStarted(Consumer<Task<Job>> handler) {
        onStarted = handler;
    }

    /** Called on the FX thread after a job is shown. */
    public void setOnLoaded(Consumer<Job> handler) {
        onLoaded = handler;
    }

    /**
     * Starts loading a job as a background task; the current job stays until the new one is read.
     * Returns the task (already submitted), or null when {@code paths} is empty.
     */
    public Task<Job> load(List<Path> paths) {
        if (paths.isEmpty()) {
            return null;
        }
        cancelLoad();
        Task<Job> task = new LoadTask(paths);
        loading = task;
        loadingPaths = List.copyOf(paths);
        busy.set(true);
        progress.set(-1);
        status.set("Loading " + paths.get(0).getFileName() + (paths.size() > 1 ? " +" + (paths.size() - 1) : "") + "…");
        task.messageProperty().addListener((o, a, m) -> {
            if (loading == task && m != null && !m.isEmpty()) {
                status.set(m);
            }
        });
        task.progressProperty().addListener((o, a, p) -> {
            if (loading == task) {
                progress.set(p.doubleValue());
            }
        });
        task.setOnSucceeded(e -> {
            if (loading == task) {
                loading = null;
                shownPaths = loadingPaths;
                apply(task.getValue());
            } else {
                task.getValue().close();
            }
        });
        task.setOnFailed(e -> {
            if (loading == task) {
                loading = null;
                Throwable error = task.getException();
                LOG.warn("cannot load {}", paths, error);
                busy.set(false);
                progress.set(0);
                status.set("Cannot load " + error.getMessage());
                onFailure.accept(error);
            }
        });
        task.setOnCancelled(e -> {
            busy.set(false);
            progress.set(0);
            status.set("Loading cancelled; " + job.name() + " is still shown");
        });
        onStarted.accept(task);
        background.execute(task);
        return task;
    }

    /** Whether a load is running. */
    public boolean isLoading() {
        return loading != null;
    }

    /** Cancels the running load, if any (the job shown stays). */
    public void cancelLoad() {
        Task<Job> task = loading;
        loading = null;
        if (task != null) {
            task.cancel(true);
        }
    }

    /** Reads the job and builds every layer's tile index, off the FX thread. */
    private final class LoadTask extends Task<Job> {
        private final List<Path> paths;

        LoadTask(List<Path> paths) {
            this.paths = paths;
        }

        @Override
        protected Job call() throws Exception {
            Job loaded = loader.load(paths, (done, total, file) -> {
                updateProgress(done, total + 1L);
                updateMessage("Read " + file + " (" + done + "/" + total + ")");
            });
            if (isCancelled()) {
                loaded.close();
                return loaded;
            }
            updateMessage("Indexing layers for the view…");
            for (LoadedFile f : loaded.files()) {
                if (f.shapes() != null) {
                    indexes.of(f.shapes());
                }
            }
            updateProgress(1, 1);
            return loaded;
        }
    }

    /** Shows a loaded job (called on the FX thread). */
    void apply(Job loaded) {
        job.close();
        job = loaded;
        title.set(TITLE_PREFIX + loaded.name());
        corrections.set(0);
        highlight.set(null);
        measurement.clear();
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
        onLoaded.accept(loaded);
    }

    /** Fills the layer stack, the file table and the board summary from {@link #job}, keeping each layer's look by path. */
    private void showJob(Map<String, LayerItem> previous) {
        List<LayerItem> items = new ArrayList<>();
        job.files().stream().filter(f -> f.shapes() != null)
                .sorted(Comparator.comparing(LoadedFile::layer, LayerColors.STACK_ORDER).reversed())
                .forEach(f -> {
                    LayerItem item = new LayerItem(f, LayerColors.colorOf(f.layer()));
                    LayerItem was = previous.get(f.displayPath());
                    if (was != null) {
                        item.setVisible(was.isVisible());
                        item.setOpacity(was.getOpacity());
                        if (was.file().layer().id().equals(f.layer().id())) {
                            item.setColor(was.getColor());
                        }
                    }
                    item.visibleProperty().addListener((obs, a, b) -> restyle());
                    item.opacityProperty().addListener((obs, a, b) -> restyle());
                    item.colorProperty().addListener((obs, a, b) -> restyle());
                    items.add(item);
                });
        layers.setAll(items);
        List<FileRow> rows = new ArrayList<>();
        job.files().forEach(f -> rows.add(new FileRow(f)));
        files.setAll(rows);
        layerChoices.setAll(LayerIds.choices(job.board().copperLayers()));
        board.set(summary(job.board()));
        restyle();
    }

    /**
     * A new tile style from the layers: visible ones, each in its colour times its opacity,
     * bottom first in the top view and top first in the bottom view (the side facing the viewer
     * is painted last).
     */
    void restyle() {
        List<PaintLayer> paint = new ArrayList<>();
        for (LayerItem item : layers) { // top first
            if (item.isVisible() && item.file().shapes() != null) {
                paint.add(new PaintLayer(indexes.of(item.file().shapes()), PaintLayer.withOpacity(item.getColor(), item.getOpacity())));
            }
        }
        if (!isBottomView()) {
            java.util.Collections.reverse(paint);
        }
        style.set(new TileStyle(++styleVersion, paint, LayerColors.BOARD_BACKGROUND));
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
     * the board (outline, copper, drills) is rebuilt and the picture drawn again. Each correction
     * counts as an unsaved change.
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
        Map<String, LayerItem> previous = new HashMap<>();
        layers.forEach(l -> previous.put(l.file().displayPath(), l));
        job = job.withLayer(path, chosen.get());
        showJob(previous);
        corrections.set(corrections.get() + 1);
        status.set(path + " is now " + layerId);
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
        }
    }

    public void fit() {
        viewport.set(Viewport.fit(job.extent(), width, height, FIT_MARGIN_PX, isBottomView()));
    }

    /** Shows a board window (a finding, a component) with a margin, keeping the side viewed. */
    public void zoomTo(Envelope windowMm) {
        if (windowMm != null && !windowMm.isNull()) {
            Envelope e = new Envelope(windowMm);
            e.expandBy(Math.max(0.5, 0.2 * Math.max(e.getWidth(), e.getHeight())));
            viewport.set(Viewport.fit(e, width, height, FIT_MARGIN_PX, isBottomView()));
        }
    }

    public void zoomAt(double px, double py, double factor) {
        viewport.set(viewport.get().zoomAbout(px, py, factor));
    }

    /** Zooms about the centre of the canvas (keyboard). */
    public void zoomCentre(double factor) {
        zoomAt(width / 2, height / 2, factor);
    }

    public void panBy(double dx, double dy) {
        viewport.set(viewport.get().panBy(dx, dy));
    }

    /** Turns the board over: the bottom view is mirrored and paints the bottom side last. */
    public void setBottomView(boolean bottom) {
        if (bottom != isBottomView()) {
            viewport.set(viewport.get().flipped(width / 2, height / 2));
            restyle();
        }
    }

    public boolean isBottomView() {
        return viewport.get().mirrored();
    }

    /** The pointer moved over the canvas: show where it is on the board, in mm and mil. */
    public void pointerAt(double px, double py) {
        double[] mm = viewport.get().toMm(px, py);
        cursor.set(Measurement.position(mm[0], mm[1]));
        measurement.hover(mm[0], mm[1]);
    }

    public void pointerExited() {
        cursor.set("");
    }

    /** A click on the canvas: in measuring mode, sets the first or second point. */
    public void clickAt(double px, double py) {
        if (measurement.isActive()) {
            double[] mm = viewport.get().toMm(px, py);
            measurement.click(mm[0], mm[1]);
        }
    }

    /** Deletes temporary folders of the job; call when the window closes. */
    public void close() {
        cancelLoad();
        job.close();
    }

    public Job job() {
        return job;
    }

    /** The paths of the job shown (empty before one is opened or when it was applied directly). */
    public List<Path> shownPaths() {
        return shownPaths;
    }

    /** The paths of the job being loaded or last loaded. */
    public List<Path> loadingPaths() {
        return loadingPaths;
    }

    public Measurement measurement() {
        return measurement;
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

    /** Sets the status line (other panes report through it too). */
    public void setStatus(String text) {
        status.set(text);
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

    /** The style the tiles are drawn in: changes with every layer visibility, colour, opacity or side change. */
    public ReadOnlyObjectProperty<TileStyle> styleProperty() {
        return style;
    }

    /** Identification corrections since the job was opened: unsaved changes. */
    public ReadOnlyIntegerProperty correctionsProperty() {
        return corrections;
    }

    /** A board window drawn highlighted over the layers (a selected finding), or null. */
    public ObjectProperty<Envelope> highlightProperty() {
        return highlight;
    }

    /** Marks drawn over the layers (placements of the assembly pane), empty for none. */
    public ObjectProperty<java.util.List<com.fabwright.app.view.BoardMarker>> markersProperty() {
        return markers;
    }
}
