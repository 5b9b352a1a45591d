package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.app.view.BoardMarker;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;

/** A {@link WorkbenchContext} without a window for the pane view-model tests: records what the pane asks for. */
final class PaneTestContext implements WorkbenchContext, AutoCloseable {
    final Job job;
    final List<Envelope> shown = new ArrayList<>();
    final List<LogEntry> logged = new ArrayList<>();
    final List<Task<?>> tasks = new ArrayList<>();
    volatile List<BoardMarker> markers = List.of();
    private final ExecutorService background = Executors.newCachedThreadPool();

    PaneTestContext(Job job) {
        this.job = job;
    }

    @Override
    public Job job() {
        return job;
    }

    @Override
    public void showOnBoard(Envelope windowMm) {
        shown.add(windowMm);
    }

    @Override
    public void run(Task<?> task) {
        tasks.add(task);
        background.execute(task);
    }

    @Override
    public void log(LogEntry entry) {
        logged.add(entry);
    }

    @Override
    public void showMarkers(List<BoardMarker> m) {
        markers = List.copyOf(m);
    }

    @Override
    public void close() {
        background.shutdownNow();
        job.close();
    }
}
