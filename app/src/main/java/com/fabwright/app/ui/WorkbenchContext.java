package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;

/**
 * What the main window offers a {@link WorkbenchPane}: the job shown, the board view (zoom to a
 * place, highlight it), background work with progress and cancel in the status bar, and the log.
 */
public interface WorkbenchContext {
    /** The job shown now (the empty job before one is opened). */
    Job job();

    /** Zooms the board view to a window in board millimetres and highlights it (null clears the highlight). */
    void showOnBoard(Envelope windowMm);

    /** Runs long work in the background with progress and a cancel button in the status bar. */
    void run(Task<?> task);

    /** Adds a line to the log view. */
    void log(LogEntry entry);

    /** Draws these marks over the board (an empty list clears them); the window draws nothing when it has no board. */
    default void showMarkers(java.util.List<com.fabwright.app.view.BoardMarker> markers) {
    }
}
