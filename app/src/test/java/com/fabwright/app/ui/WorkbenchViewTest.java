package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.app.job.JobLoader;
import com.fabwright.app.view.Viewport;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
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
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real main window on the bundled demo board, driven as a user would: open the sample job,
 * toggle a layer, measure between two clicks, zoom and fit, turn the board over, correct an
 * identification in the file table (which then counts as unsaved), and find the job in the log
 * and the recent jobs. Headless through Monocle in CI (profile {@code headless}), or on a real
 * display. Saves a snapshot to {@code target/screenshots/}.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchViewTest {
    static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    @TempDir
    static Path home;

    private Stage stage;
    private WorkbenchViewModel model;
    private WorkbenchView view;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        background = Executors.newCachedThreadPool();
        BoardViewModel board = new BoardViewModel(new JobLoader()::load, background);
        model = new WorkbenchViewModel(board, Settings.load(home), background);
        view = FabwrightApp.show(stage, model);
        stage.setWidth(1200);
        stage.setHeight(800);
        model.open(List.of(DEMO.toAbsolutePath()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private BoardViewModel board() {
        return model.board();
    }

    private void waitForSharpPicture() throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> view.board().tileCanvas().isSharp());
    }

    private void waitForJob() {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !board().isBusy() && !board().layers().isEmpty());
            waitForSharpPicture();
        } catch (TimeoutException e) {
            throw new AssertionError("board did not load; status: " + board().statusProperty().get(), e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Point2D onCanvas(FxRobot robot, double xMm, double yMm) {
        Canvas canvas = robot.lookup("#canvas").queryAs(Canvas.class);
        double[] px = board().viewportProperty().get().toPx(xMm, yMm);
        return canvas.localToScreen(px[0], px[1]);
    }

    @Test
    void opensTheSampleTogglesALayerMeasuresFitsAndTurnsTheBoardOver(FxRobot robot) throws Exception {
        waitForJob();
        assertThat(stage.getTitle()).isEqualTo("Fabwright — demo-board");
        ListView<?> list = robot.lookup("#layerList").queryAs(ListView.class);
        assertThat(list.getItems()).hasSize(10);
        assertThat(list.getItems().get(0).toString()).isEqualTo("demo-board-Edge_Cuts.gbr");
        assertThat(robot.lookup("#boardLabel").queryLabeled().getText())
                .startsWith("Board 50.10 x 30.10 mm, 2 copper layer(s), outline closed; 8 hole(s)");
        assertThat(robot.lookup("#diagnosticsLabel").queryLabeled().getText()).isEqualTo("0 error(s), 0 warning(s)");
        assertThat(model.recentJobs()).first().isEqualTo(List.of(DEMO.toAbsolutePath()));
        assertThat(Settings.load(home).recentJobs()).as("recent jobs are saved").first().isEqualTo(List.of(DEMO.toAbsolutePath()));
        assertThat(model.logEntries()).anySatisfy(e -> assertThat(e.message()).startsWith("Opened demo-board: 10 file(s)"));

        // toggle a layer
        long style = board().styleProperty().get().version();
        robot.clickOn("#visible-demo-board-F_Silkscreen_gbr");
        WaitForAsyncUtils.waitForFxEvents();
        LayerItem silk = board().layers().stream().filter(l -> l.name().equals("demo-board-F_Silkscreen.gbr")).findFirst().orElseThrow();
        assertThat(silk.isVisible()).isFalse();
        assertThat(board().styleProperty().get().version()).isGreaterThan(style);
        assertThat(board().styleProperty().get().layers()).hasSize(9);
        robot.clickOn("#visible-demo-board-F_Silkscreen_gbr");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(silk.isVisible()).isTrue();

        // cursor in mm and mil
        robot.moveTo(onCanvas(robot, 25, 15));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cursorLabel").queryLabeled().getText())
                .matches("X 2[45]\\.\\d{3}  Y 1[45]\\.\\d{3} mm  \\|  X \\d+\\.\\d  Y \\d+\\.\\d mil");

        // measure: two clicks 40 mm apart along x
        robot.clickOn("#measureButton");
        assertThat(board().measurement().isActive()).isTrue();
        robot.clickOn(onCanvas(robot, 5, 10));
        robot.clickOn(onCanvas(robot, 45, 10));
        WaitForAsyncUtils.waitForFxEvents();
        double px = 1 / board().viewportProperty().get().scale();
        assertThat(board().measurement().distanceMm()).isCloseTo(40, within(2 * px + 1e-6));
        assertThat(robot.lookup("#measureLabel").queryLabeled().getText()).matches("d (39|40)\\.\\d{3} mm \\(\\d+\\.\\d mil\\)   dx (39|40)\\.\\d{3} mm .*");
        robot.clickOn("#measureButton");
        assertThat(board().measurement().isActive()).isFalse();
        assertThat(board().measurement().aProperty().get()).as("turning the tool off clears it").isNull();

        // zoom with the keyboard, then fit
        Viewport fitted = board().viewportProperty().get();
        robot.clickOn(onCanvas(robot, 25, 15));
        robot.type(KeyCode.EQUALS, KeyCode.EQUALS);
        robot.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board().viewportProperty().get().scale()).isCloseTo(fitted.scale() * 1.5625, within(1e-6));
        robot.clickOn("#fitButton");
        WaitForAsyncUtils.waitForFxEvents();
        Canvas c = robot.lookup("#canvas").queryAs(Canvas.class);
        assertThat(board().viewportProperty().get())
                .isEqualTo(Viewport.fit(board().job().extent(), c.getWidth(), c.getHeight(), 16));

        // top / bottom
        Point2D topPin = onCanvas(robot, 10, 15);
        robot.clickOn("#bottomButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board().isBottomView()).isTrue();
        Canvas canvas = robot.lookup("#canvas").queryAs(Canvas.class);
        double[] mirrored = board().viewportProperty().get().toPx(10, 15);
        assertThat(mirrored[0]).isCloseTo(canvas.getWidth() - canvas.screenToLocal(topPin).getX(), within(1.0));
        waitForSharpPicture();
        snapshot(robot, "bottom");
        robot.clickOn("#topButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board().isBottomView()).isFalse();
        waitForSharpPicture();
        snapshot(robot, "top");
    }

    @Test
    void correctingALayerInTheFileTableCountsAsUnsavedAndIsAskedAboutOnClose(FxRobot robot) {
        waitForJob();
        assertThat(model.closeQuestion()).isNull();
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
            combo.fireEvent(new KeyEvent(KeyEvent.KEY_RELEASED, "", "", KeyCode.ENTER, false, false, false, false));
        });
        WaitForAsyncUtils.waitForFxEvents();
        FileRow corrected = table.getItems().stream().filter(r -> r.getPath().equals("demo-board-F_Silkscreen.gbr"))
                .findFirst().orElseThrow();
        assertThat(corrected.getLayer()).isEqualTo("bottom-silk");
        assertThat(corrected.getEvidence()).startsWith("set by the user (was top-silk");
        assertThat(model.unsavedChanges()).isEqualTo(1);
        assertThat(model.closeQuestion()).startsWith("1 unsaved change(s)");

        robot.clickOn("#logTab");
        @SuppressWarnings("unchecked")
        TableView<LogEntry> log = robot.lookup("#logTable").queryAs(TableView.class);
        assertThat(log.getItems()).isNotEmpty();
        robot.interact(() -> log.getSelectionModel().select(0));
        assertThat(robot.lookup("#logDetails").queryTextInputControl().getText()).contains("demo-board-F_Cu.gbr = top-copper");
    }

    @Test
    void aJobThatCannotBeOpenedShowsTheErrorBarWithDetailsInTheLog(FxRobot robot, @TempDir Path tmp) throws Exception {
        waitForJob();
        Path empty = java.nio.file.Files.createDirectory(tmp.resolve("empty-job"));
        robot.interact(() -> model.open(List.of(empty)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> model.errorProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#errorBar").query().isVisible()).isTrue();
        assertThat(robot.lookup("#errorLabel").queryLabeled().getText()).contains("empty-job").contains("holds no files");
        assertThat(stage.getTitle()).as("the old job stays").isEqualTo("Fabwright — demo-board");
        robot.clickOn("#errorDetailsButton");
        assertThat(model.logEntries()).last().satisfies(e -> {
            assertThat(e.level()).isEqualTo("ERROR");
            assertThat(e.details()).contains("JobInputException");
        });
        robot.clickOn("#errorCloseButton");
        assertThat(robot.lookup("#errorBar").query().isVisible()).isFalse();
    }

    private void snapshot(FxRobot robot, String name) throws Exception {
        AtomicReference<WritableImage> shot = new AtomicReference<>();
        robot.interact(() -> shot.set(stage.getScene().snapshot(null)));
        File out = new File("target/screenshots/workbench-" + name + "-"
                + (System.getProperty("glass.platform") == null ? "display" : "monocle") + ".png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(shot.get(), null), "png", out);
        assertThat(shot.get().getWidth()).isGreaterThan(600);
        Bounds b = robot.lookup("#canvas").query().localToScene(robot.lookup("#canvas").query().getBoundsInLocal());
        // the board is drawn: a good part of the canvas is not the bare background
        int background = shot.get().getPixelReader().getArgb((int) b.getMinX() + 2, (int) b.getMinY() + 2);
        int drawn = 0;
        int all = 0;
        for (int y = (int) b.getMinY(); y < (int) b.getMaxY(); y += 4) {
            for (int x = (int) b.getMinX(); x < (int) b.getMaxX(); x += 4) {
                all++;
                if (shot.get().getPixelReader().getArgb(x, y) != background) {
                    drawn++;
                }
            }
        }
        assertThat(drawn).as("pixels of the board drawn on the canvas").isGreaterThan(all / 10);
    }
}
