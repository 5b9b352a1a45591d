package com.fabwright.app.ui;

import com.fabwright.app.job.JobLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application: one board window. Started by {@link Gui#open}; never as the main class
 * (see {@link com.fabwright.app.Launcher}). {@code -Dfabwright.autoExitSeconds=N} closes it after N
 * seconds, for screenshots and smoke tests.
 */
public final class FabwrightApp extends Application {
    private static volatile List<Path> initialJob = List.of();

    private ExecutorService background;
    private ExecutorService renderer;
    private BoardViewModel model;

    static void setInitialJob(List<Path> job) {
        initialJob = List.copyOf(job);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newSingleThreadExecutor(daemon("fabwright-load-task"));
        renderer = Executors.newSingleThreadExecutor(daemon("fabwright-render"));
        model = new BoardViewModel(new JobLoader()::load, background, renderer, Platform::runLater);
        show(stage, model);
        model.load(initialJob);
        long autoExit = Long.getLong("fabwright.autoExitSeconds", 0);
        if (autoExit > 0) {
            PauseTransition pause = new PauseTransition(Duration.seconds(autoExit));
            pause.setOnFinished(e -> stage.close());
            pause.play();
        }
    }

    /** Builds the board window for a view model on a stage and shows it (also used by UI tests). */
    public static Scene show(Stage stage, BoardViewModel model) {
        Scene scene = new Scene(BoardView.load(model));
        stage.titleProperty().bind(model.titleProperty());
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        stage.show();
        return scene;
    }

    @Override
    public void stop() throws InterruptedException {
        if (model != null) {
            model.close();
        }
        for (ExecutorService s : new ExecutorService[] {background, renderer}) {
            if (s != null) {
                s.shutdownNow();
                s.awaitTermination(2, TimeUnit.SECONDS);
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
