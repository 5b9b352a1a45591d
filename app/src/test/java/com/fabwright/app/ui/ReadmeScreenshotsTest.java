package com.fabwright.app.ui;

import com.fabwright.app.job.JobLoader;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The README's screenshots, grabbed from the X server with the real window (not a scene
 * snapshot): runs only with {@code -Dfabwright.screenshots=DIR} on a display, for instance
 * <pre>xvfb-run -a -s "-screen 0 1400x900x24" mvn -B -ntp -o -pl app -am test -Dtest=ReadmeScreenshotsTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfabwright.screenshots=$PWD/docs/screenshots</pre>
 * {@code -Dfabwright.screenshots.job=PATH} adds a picture of a big board.
 */
@ExtendWith(ApplicationExtension.class)
class ReadmeScreenshotsTest {
    static final String DIR = System.getProperty("fabwright.screenshots");

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
        model = new WorkbenchViewModel(new BoardViewModel(new JobLoader()::load, background), Settings.load(home), background);
        view = FabwrightApp.show(stage, model);
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1280);
        stage.setHeight(800);
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    private void open(FxRobot robot, Path job) throws Exception {
        robot.interact(() -> model.open(List.of(job.toAbsolutePath())));
        String title = "Fabwright — " + job.getFileName();
        WaitForAsyncUtils.waitFor(400, TimeUnit.SECONDS, () -> !model.board().isLoading()
                && (model.errorProperty().get() != null || title.equals(stage.getTitle())));
        WaitForAsyncUtils.waitForFxEvents();
        if (model.errorProperty().get() != null) {
            throw new AssertionError(model.errorProperty().get());
        }
        settle();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200); // at least one pulse after the change
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> view.board().tileCanvas().isSharp());
        Thread.sleep(400);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void grab(FxRobot robot, String name) throws Exception {
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        File out = new File(DIR, name + ".png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(window).getImage(), null), "png", out);
    }

    @Test
    void takesTheReadmeScreenshots(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DIR != null && System.getProperty("glass.platform") == null,
                "README screenshots only with -Dfabwright.screenshots=DIR on a real (Xvfb) display");
        Path demo = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");
        open(robot, demo);
        grab(robot, "workbench-top");

        robot.interact(() -> {
            model.board().setBottomView(true);
            model.board().measurement().setActive(true);
            double[] a = model.board().viewportProperty().get().toPx(42.0, 24.0);
            double[] b = model.board().viewportProperty().get().toPx(7.0, 6.0);
            model.board().clickAt(a[0], a[1]);
            model.board().clickAt(b[0], b[1]);
            model.board().layers().stream().filter(l -> l.file().layer().id().equals("top-copper"))
                    .forEach(l -> l.setOpacity(0.35));
        });
        settle();
        grab(robot, "workbench-bottom-measure");

        robot.interact(() -> {
            model.board().measurement().setActive(false);
            model.board().setBottomView(false);
            model.board().layers().forEach(l -> l.setOpacity(1));
            view.board().tabs().getSelectionModel().select(1);
            robot.lookup("#logTable").queryTableView().getSelectionModel().select(0);
        });
        settle();
        grab(robot, "workbench-log");

        String big = System.getProperty("fabwright.screenshots.job");
        if (big != null) {
            robot.interact(() -> view.board().tabs().getSelectionModel().select(0));
            open(robot, Path.of(big));
            grab(robot, "workbench-large-board");
            robot.interact(() -> model.board().zoomCentre(6));
            settle();
            grab(robot, "workbench-large-board-zoomed");
        }
    }
}
