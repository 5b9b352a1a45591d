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
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
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
 * The real board window on the bundled demo board (layers, drills drawn, the file table and a
 * correction through its combo box): headless through Monocle in CI (profile
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
        assertThat(list.getItems()).hasSize(10);
        assertThat(list.getItems().get(0).toString()).isEqualTo("demo-board-Edge_Cuts.gbr");
        assertThat(list.getItems().stream().map(Object::toString)).contains("demo-board-PTH.drl", "demo-board-NPTH.drl");
        assertThat(robot.lookup("#boardLabel").queryLabeled().getText())
                .startsWith("Board 50.10 x 30.10 mm, 2 copper layer(s), outline closed; 8 hole(s)");
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

        // the file table: every file with its layer, confidence and evidence; correct one with the combo box
        @SuppressWarnings("unchecked")
        TableView<FileRow> table = robot.lookup("#fileTable").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(10);
        int row = -1;
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).getPath().equals("demo-board-F_Silkscreen.gbr")) {
                row = i;
            }
        }
        FileRow silk = table.getItems().get(row);
        assertThat(silk.getLayer()).isEqualTo("top-silk");
        assertThat(silk.getEvidence()).isEqualTo("X2 %TF.FileFunction,Legend,Top");
        int editRow = row;
        @SuppressWarnings("unchecked")
        TableColumn<FileRow, String> layerColumn = (TableColumn<FileRow, String>) table.getColumns().get(2);
        robot.interact(() -> {
            table.scrollTo(editRow);
            table.edit(editRow, layerColumn);
        });
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ComboBox<String> combo = robot.lookup(".table-cell .combo-box").queryAs(ComboBox.class);
        assertThat(combo.getItems()).contains("bottom-silk", "outline", "drill-pth");
        robot.interact(() -> {
            combo.getSelectionModel().select("bottom-silk");
            // the user picks the item and presses Enter, which commits the edit
            combo.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FileRow corrected = table.getItems().stream().filter(r -> r.getPath().equals("demo-board-F_Silkscreen.gbr"))
                .findFirst().orElseThrow();
        assertThat(corrected.getLayer()).isEqualTo("bottom-silk");
        assertThat(corrected.getEvidence()).startsWith("set by the user (was top-silk");
        LayerItem moved = model.layers().stream().filter(l -> l.name().equals("demo-board-F_Silkscreen.gbr"))
                .findFirst().orElseThrow();
        assertThat(moved.color()).isEqualTo(com.fabwright.app.engine.LayerColors.colorOf(corrected.file().layer()));
        assertThat(model.layers().indexOf(moved)).as("bottom layers are listed after the top ones")
                .isGreaterThan(model.layers().indexOf(model.layers().stream()
                        .filter(l -> l.name().equals("demo-board-F_Cu.gbr")).findFirst().orElseThrow()));
        Thread.sleep(300);
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
