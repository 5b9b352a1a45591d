package com.fabwright.app.ui;

import com.fabwright.app.AppHome;
import com.fabwright.app.job.JobLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The JavaFX application: the main window. Started by {@link Gui#open}; never as the main class
 * (see {@link com.fabwright.app.Launcher}). {@code -Dfabwright.autoExitSeconds=N} closes it after N
 * seconds, for screenshots and smoke tests. Settings (recent jobs, window layout) live in
 * {@code FABWRIGHT_HOME/settings.properties}.
 */
public final class FabwrightApp extends Application {
    private static volatile List<Path> initialJob = List.of();

    private ExecutorService background;
    private WorkbenchViewModel model;

    static void setInitialJob(List<Path> job) {
        initialJob = List.copyOf(job);
    }

    @Override
    public void start(Stage stage) {
        background = Executors.newCachedThreadPool(daemon("fabwright-task"));
        BoardViewModel board = new BoardViewModel(new JobLoader()::load, background);
        model = new WorkbenchViewModel(board, Settings.load(AppHome.get()), background);
        show(stage, model);
        model.open(model.startupJob(initialJob));
        long autoExit = Long.getLong("fabwright.autoExitSeconds", 0);
        if (autoExit > 0) {
            PauseTransition pause = new PauseTransition(Duration.seconds(autoExit));
            pause.setOnFinished(e -> stage.close());
            pause.play();
        }
    }

    /**
     * Builds the main window for a view model on a stage and shows it, with the window layout
     * from the settings; closing asks about unsaved changes and remembers the layout (also used by
     * UI tests).
     */
    public static WorkbenchView show(Stage stage, WorkbenchViewModel model) {
        WorkbenchView view = WorkbenchView.load(model);
        Settings s = model.settings();
        Scene scene = new Scene(view.root(), s.getDouble("window.width", 1280), s.getDouble("window.height", 820));
        stage.titleProperty().bind(model.board().titleProperty());
        stage.setScene(scene);
        if (!Double.isNaN(s.getDouble("window.x", Double.NaN))) {
            stage.setX(s.getDouble("window.x", 0));
            stage.setY(s.getDouble("window.y", 0));
        }
        stage.setMaximized(s.getBoolean("window.maximized", false));
        SplitPane[] splits = view.board().splits();
        for (int i = 0; i < splits.length; i++) {
            double d = s.getDouble("window.divider." + i, Double.NaN);
            if (d > 0.05 && d < 0.95) {
                splits[i].setDividerPositions(d);
            }
        }
        stage.setOnCloseRequest(e -> {
            if (!mayClose(model)) {
                e.consume();
            }
        });
        stage.setOnHidden(e -> {
            remember(stage, view, s);
            view.board().tileCanvas().dispose();
            model.board().close();
        });
        stage.show();
        return view;
    }

    /** Asks about unsaved changes; true when the window may close. */
    static boolean mayClose(WorkbenchViewModel model) {
        String question = model.closeQuestion();
        if (question == null) {
            return true;
        }
        ButtonType close = new ButtonType("Close without saving", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, close, ButtonType.CANCEL);
        alert.setHeaderText("Unsaved changes");
        alert.setTitle("Fabwright");
        return alert.showAndWait().filter(b -> b == close).isPresent();
    }

    private static void remember(Stage stage, WorkbenchView view, Settings s) {
        s.setBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            s.setDouble("window.x", stage.getX());
            s.setDouble("window.y", stage.getY());
            s.setDouble("window.width", stage.getScene().getWidth());
            s.setDouble("window.height", stage.getScene().getHeight());
        }
        SplitPane[] splits = view.board().splits();
        for (int i = 0; i < splits.length; i++) {
            if (splits[i].getDividerPositions().length > 0) {
                s.setDouble("window.divider." + i, splits[i].getDividerPositions()[0]);
            }
        }
        s.save();
    }

    @Override
    public void stop() throws InterruptedException {
        if (model != null) {
            model.board().close();
        }
        if (background != null) {
            background.shutdownNow();
            background.awaitTermination(2, TimeUnit.SECONDS);
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
