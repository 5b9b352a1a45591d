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
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
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
 * Screenshots of the quote and panel tabs from the X server (as {@link ReadmeScreenshotsTest}); runs
 * only with {@code -Dfabwright.screenshots=DIR} on a display:
 * <pre>xvfb-run -a -s "-screen 0 1400x900x24" mvn -B -ntp -o -pl app -am test -Dtest=PaneScreenshotsTest \
 *   -Dsurefire.failIfNoSpecifiedTests=false -Dfabwright.screenshots=$PWD/docs/screenshots</pre>
 */
@ExtendWith(ApplicationExtension.class)
class PaneScreenshotsTest {
    static final String DIR = System.getProperty("fabwright.screenshots");

    @TempDir
    static Path home;

    private Stage stage;
    private WorkbenchViewModel model;
    private WorkbenchView view;
    private ExecutorService background;

    @Start
    void start(Stage stage) {
        System.setProperty("fabwright.home", home.toString());
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

    @AfterAll
    static void clearHome() {
        System.clearProperty("fabwright.home");
    }

    private void grab(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(600); // a few pulses after the change
        WaitForAsyncUtils.waitForFxEvents();
        Rectangle2D window = new Rectangle2D(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        File out = new File(DIR, name + ".png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(robot.capture(window).getImage(), null), "png", out);
    }

    private void select(FxRobot robot, String title) {
        Tab tab = view.board().tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> view.board().tabs().getSelectionModel().select(tab));
    }

    @Test
    void takesThePaneScreenshots(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DIR != null && System.getProperty("glass.platform") == null,
                "pane screenshots only with -Dfabwright.screenshots=DIR on a real (Xvfb) display");
        robot.interact(() -> model.open(List.of(WorkbenchViewTest.DEMO.toAbsolutePath())));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> "Fabwright — demo-board".equals(stage.getTitle()));
        robot.interact(() -> view.board().splits()[1].setDividerPositions(0.3));

        QuoteView quote = model.panes().stream().filter(QuoteView.class::isInstance).map(QuoteView.class::cast).findFirst().orElseThrow();
        select(robot, "Quote");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> quote.model().quoteProperty().get() != null);
        robot.interact(() -> {
            quote.model().customerProperty().set("ACME Robotics");
            quote.model().edit("finish", "ENIG");
            try {
                quote.model().save();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !quote.model().computingProperty().get());
        grab(robot, "workbench-quote");

        PanelView panel = model.panes().stream().filter(PanelView.class::isInstance).map(PanelView.class::cast).findFirst().orElseThrow();
        select(robot, "Panel");
        robot.interact(() -> {
            panel.model().rowsProperty().set("2");
            panel.model().colsProperty().set("2");
        });
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> panel.model().studyProperty().get() != null
                && panel.model().studyProperty().get().layout().instances().size() == 4);
        grab(robot, "workbench-panel");
    }
}
