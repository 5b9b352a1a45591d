package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ListView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real board window on the bundled demo board: headless through Monocle in CI (profile
 * {@code headless}), or on a real display. Saves a snapshot to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class BoardViewTest {
    static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    private Stage stage;
    private BoardViewModel model;
    private ExecutorService background;
    private ExecutorService renderer;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newSingleThreadExecutor();
        renderer = Executors.newSingleThreadExecutor();
        model = new BoardViewModel(new JobLoader()::load, background, renderer, Platform::runLater);
        FabwrightApp.show(stage, model);
        model.load(List.of(DEMO.toAbsolutePath()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
        renderer.shutdownNow();
    }

    @Test
    void opensTheDemoBoardWithItsLayersAndSavesASnapshot(FxRobot robot) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !model.isBusy() && !model.layers().isEmpty());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("board did not load; status: " + model.statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(stage.getTitle()).isEqualTo("Fabwright — demo-board");
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(8);
        assertThat(list.getItems().get(0).toString()).isEqualTo("demo-board-Edge_Cuts.gbr");
        assertThat(robot.lookup("#diagnosticsLabel").queryLabeled().getText()).isEqualTo("0 error(s), 0 warning(s)");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.frameProperty().get() != null);
        robot.moveTo("#canvas");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cursorLabel").queryLabeled().getText()).matches("X -?\\d+\\.\\d{3}  Y -?\\d+\\.\\d{3} mm");

        robot.clickOn("#visible-demo-board-F_Silkscreen_gbr");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.layers().stream().filter(l -> l.name().equals("demo-board-F_Silkscreen.gbr"))
                .findFirst().orElseThrow().isVisible()).isFalse();
        robot.clickOn("#visible-demo-board-F_Silkscreen_gbr");
        robot.clickOn("#fitButton");
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300); // let the last render land
        WaitForAsyncUtils.waitForFxEvents();

        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        File out = new File("target/screenshots/board-view-"
                + (System.getProperty("glass.platform") == null ? "display" : "monocle") + ".png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", out);
        assertThat(out).exists();
        assertThat(shot.get().getWidth()).isGreaterThan(600);
    }
}
