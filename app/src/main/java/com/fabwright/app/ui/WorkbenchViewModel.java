package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * State of the main window around the board: recent jobs (kept in {@link Settings}), the log
 * (app events and the job's diagnostics), the error shown in the error bar, the background task
 * running (with cancel), the feature panes plugged in, and the question asked on close when
 * something is unsaved. Implements {@link WorkbenchContext} for the panes.
 */
public final class WorkbenchViewModel implements WorkbenchContext {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchViewModel.class);
    /** Most job diagnostics copied into the log (the file table counts them all). */
    static final int MAX_DIAGNOSTICS_LOGGED = 2000;

    private final BoardViewModel board;
    private final Settings settings;
    private final Executor background;
    private final ObservableList<List<Path>> recent = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> log = FXCollections.observableArrayList();
    private final StringProperty error = new SimpleStringProperty(this, "error");
    private final ObjectProperty<Worker<?>> running = new SimpleObjectProperty<>(this, "running");
    private final List<WorkbenchPane> panes = new ArrayList<>();

    public WorkbenchViewModel(BoardViewModel board, Settings settings, Executor background) {
        this.board = board;
        this.settings = settings;
        this.background = background;
        recent.setAll(settings.recentJobs());
        board.setOnLoaded(this::loaded);
        board.setOnStarted(task -> {
            running.set(task);
            task.stateProperty().addListener((o, a, st) -> {
                if (st == Worker.State.CANCELLED) {
                    if (running.get() == task) {
                        running.set(null);
                    }
                    log(new LogEntry(LocalTime.now(), "INFO", "open", "Loading cancelled: " + board.loadingPaths(), ""));
                }
            });
        });
        board.setOnFailure(e -> {
            List<Path> paths = board.loadingPaths();
            String what = paths.isEmpty() ? "the job" : paths.get(0) + (paths.size() > 1 ? " +" + (paths.size() - 1) : "");
            String reason = String.valueOf(e.getMessage());
            String text = reason.contains(what) || (!paths.isEmpty() && reason.contains(paths.get(0).toString()))
                    ? "Cannot open " + reason : "Cannot open " + what + ": " + reason;
            error.set(text);
            log(new LogEntry(LocalTime.now(), "ERROR", "open", text, stackTrace(e)));
            running.set(null);
        });
    }

    public BoardViewModel board() {
        return board;
    }

    /** Opens a job: the board loads it in the background; once shown it becomes the newest recent job. */
    public void open(List<Path> paths) {
        if (paths.isEmpty()) {
            return;
        }
        List<Path> opening = paths.stream().map(Path::toAbsolutePath).toList();
        error.set(null);
        board.load(opening);
    }

    /** The bundled sample board ({@code -Dfabwright.sampleJob}, set by the installed app), or null. */
    public Path sampleJob() {
        String p = System.getProperty("fabwright.sampleJob");
        if (p == null || p.isBlank()) {
            return null;
        }
        Path sample = Path.of(p);
        return Files.isDirectory(sample) ? sample : null;
    }

    /**
     * What to open when the window starts: the job given on the command line, else, on a first
     * start (no recent jobs), the bundled sample board; else nothing.
     */
    public List<Path> startupJob(List<Path> given) {
        if (!given.isEmpty()) {
            return given;
        }
        Path sample = sampleJob();
        return recent.isEmpty() && sample != null ? List.of(sample) : List.of();
    }

    /** Opens the recent job at {@code index}; a job whose files are gone is removed from the list and says so. */
    public void openRecent(int index) {
        if (index < 0 || index >= recent.size()) {
            return;
        }
        List<Path> job = recent.get(index);
        List<Path> missing = job.stream().filter(p -> !Files.exists(p)).toList();
        if (!missing.isEmpty()) {
            recent.remove(index);
            settings.setRecent(recent);
            settings.save();
            error.set("Cannot open " + missing.get(0) + ": it no longer exists (removed from recent jobs)");
            return;
        }
        open(job);
    }

    private void loaded(Job job) {
        running.set(null);
        error.set(null);
        List<Path> opening = board.shownPaths();
        if (!opening.isEmpty()) {
            recent.removeIf(j -> j.equals(opening));
            recent.add(0, opening);
            while (recent.size() > Settings.MAX_RECENT) {
                recent.remove(recent.size() - 1);
            }
            settings.setRecent(recent);
            settings.save();
        }
        log(new LogEntry(LocalTime.now(), "INFO", "open", String.format(Locale.ROOT, "Opened %s: %d file(s), %s",
                job.name(), job.files().size(), board.diagnosticsProperty().get()), String.join("\n",
                job.files().stream().map(f -> f.displayPath() + " = " + f.layer().id() + " (" + f.layer().evidence() + ")").toList())));
        int n = 0;
        for (Diagnostic d : job.diagnostics()) {
            if (n++ >= MAX_DIAGNOSTICS_LOGGED) {
                log(new LogEntry(LocalTime.now(), "INFO", job.name(), "… more diagnostics not listed here ("
                        + job.diagnostics().size() + " in all)", ""));
                break;
            }
            log(new LogEntry(LocalTime.now(), d.severity().name(), d.file(), d.code() + ": " + d.message(),
                    d.file() + ":" + d.position().line() + ":" + d.position().column() + (d.excerpt() == null || d.excerpt().isEmpty() ? "" : "\n" + d.excerpt())));
        }
        panes.forEach(p -> p.jobChanged(job));
    }

    /** Cancels the background work running (a load or a pane's task). */
    public void cancel() {
        Worker<?> w = running.get();
        if (w != null) {
            w.cancel();
        }
        board.cancelLoad();
        running.set(null);
    }

    /** Adds a pane (the window makes its tab). */
    public void addPane(WorkbenchPane pane) {
        panes.add(pane);
    }

    public List<WorkbenchPane> panes() {
        return List.copyOf(panes);
    }

    /** Unsaved changes: identification corrections plus every pane's. */
    public int unsavedChanges() {
        return board.correctionsProperty().get() + panes.stream().mapToInt(WorkbenchPane::unsavedChanges).sum();
    }

    /** The question to ask before closing, or null when nothing would be lost. */
    public String closeQuestion() {
        int n = unsavedChanges();
        return n == 0 ? null : n + " unsaved change(s) (identification corrections and edits) will be lost. Close anyway?";
    }

    public ObservableList<List<Path>> recentJobs() {
        return recent;
    }

    public ObservableList<LogEntry> logEntries() {
        return log;
    }

    /** The error shown in the error bar, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error;
    }

    public void dismissError() {
        error.set(null);
    }

    /** The background work running now, or null. */
    public ReadOnlyObjectProperty<Worker<?>> runningProperty() {
        return running;
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public Job job() {
        return board.job();
    }

    @Override
    public void showOnBoard(Envelope windowMm) {
        board.highlightProperty().set(windowMm);
        if (windowMm != null) {
            board.zoomTo(windowMm);
        }
    }

    @Override
    public void showMarkers(List<com.fabwright.app.view.BoardMarker> markers) {
        board.markersProperty().set(List.copyOf(markers));
    }

    @Override
    public void run(Task<?> task) {
        running.set(task);
        task.messageProperty().addListener((o, a, m) -> board.setStatus(m));
        task.stateProperty().addListener((o, a, s) -> {
            if (s == Worker.State.FAILED) {
                Throwable e = task.getException();
                error.set(task.getTitle() + " failed: " + (e == null ? "" : e.getMessage()));
                log(new LogEntry(LocalTime.now(), "ERROR", task.getTitle(), String.valueOf(e), e == null ? "" : stackTrace(e)));
            }
            if (s == Worker.State.SUCCEEDED || s == Worker.State.FAILED || s == Worker.State.CANCELLED) {
                if (running.get() == task) {
                    running.set(null);
                }
            }
        });
        background.execute(task);
    }

    @Override
    public void log(LogEntry entry) {
        log.add(entry);
        if ("ERROR".equals(entry.level())) {
            LOG.warn("{}: {}", entry.source(), entry.message());
        }
    }

    static String stackTrace(Throwable e) {
        StringWriter w = new StringWriter();
        e.printStackTrace(new PrintWriter(w));
        return w.toString();
    }
}
