package com.fabwright.app.ui;

import com.fabwright.app.engine.ColoredGeometry;
import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.engine.StackRasterizer;
import com.fabwright.app.job.BoardSummary;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.diagnostics.Severity;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
 * State of the board window: the job, its layers, the viewport, the last rendered frame, progress
 * and status texts. Loading and rendering run on background executors; results come back through
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
        List<LayerItem> items = new ArrayList<>();
        loaded.files().stream().filter(f -> f.image() != null)
                .sorted(Comparator.comparing(LoadedFile::layer, LayerColors.STACK_ORDER).reversed())
                .forEach(f -> {
                    LayerItem item = new LayerItem(f, LayerColors.colorOf(f.layer()));
                    item.visibleProperty().addListener((obs, was, is) -> requestRender());
                    items.add(item);
                });
        layers.setAll(items);
        long errors = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = loaded.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        diagnostics.set(errors + " error(s), " + warnings + " warning(s)");
        int others = loaded.files().size() - items.size();
        status.set(String.format(Locale.ROOT, "%d layer(s)%s", items.size(),
                others > 0 ? ", " + others + " other file(s)" : ""));
        busy.set(false);
        progress.set(0);
        fit();
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
        viewport.set(Viewport.fit(BoardSummary.extent(job), width, height, FIT_MARGIN_PX));
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
