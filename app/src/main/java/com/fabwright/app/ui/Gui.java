package com.fabwright.app.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;

/**
 * The door from the command line into the window, so that nothing outside this package touches
 * JavaFX. Blocks until the window is closed.
 */
public final class Gui {
    private Gui() {
    }

    /**
     * Opens the board window, loading {@code job} when not empty.
     *
     * @throws UnsupportedOperationException when no display can be opened
     */
    public static void open(List<Path> job) {
        FabwrightApp.setInitialJob(job.stream().map(Path::toAbsolutePath).toList());
        Application.launch(FabwrightApp.class);
    }
}
