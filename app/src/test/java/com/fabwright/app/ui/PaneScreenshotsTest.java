package com.fabwright.app.ui;

import com.fabwright.app.job.JobLoader;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
 * Takes the screenshots of the DFM and Assembly tabs in {@code docs/screenshots/} from the real
 * window in an X server, as {@link ReadmeScreenshotsTest} does for the workbench (same switches:
 * {@code -Dfabwright.screenshots=DIR}, skipped headless).
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
        WaitForAsyncUtils.waitFor(400, TimeUnit.SECONDS, () -> !model.board().isLoading() && title.equals(stage.getTitle()));
        settle();
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
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

    private void selectTab(FxRobot robot, String title) {
        Tab tab = view.board().tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> {
            view.board().tabs().getSelectionModel().select(tab);
            view.board().splits()[1].setDividerPositions(0.55);
        });
    }

    @Test
    void takesThePaneScreenshots(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DIR != null && System.getProperty("glass.platform") == null,
                "pane screenshots only with -Dfabwright.screenshots=DIR on a real (Xvfb) display");
        open(robot, DfmViewModelTest.DEMO);
        selectTab(robot, "DFM");
        robot.clickOn("#dfmRunButton");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#dfmFindingTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == 2);
        robot.interact(() -> {
            TreeItem<Object> clearance = tree.getRoot().getChildren().get(1);
            tree.getSelectionModel().select(clearance.getChildren().get(0));
        });
        robot.interact(() -> {
            DfmViewModel.Finding f = (DfmViewModel.Finding) tree.getRoot().getChildren().get(0).getChildren().get(0).getValue();
            ((DfmPane) model.panes().stream().filter(p -> p instanceof DfmPane).findFirst().orElseThrow())
                    .model().accept(f.violation(), "annular ring 0.1494 mm accepted by the fab");
        });
        robot.interact(() -> {
            TreeItem<Object> clearance = tree.getRoot().getChildren().get(1);
            tree.getSelectionModel().select(clearance.getChildren().get(0));
            model.board().zoomCentre(0.35);
        });
        settle();
        grab(robot, "pane-dfm");

        Path kicad = AssemblyViewModelTest.STICKHUB;
        Assumptions.assumeTrue(Files.isDirectory(kicad), "corpus absent: " + kicad);
        open(robot, kicad);
        selectTab(robot, "Assembly");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !robot.lookup("#placementTable").queryTableView().getItems().isEmpty());
        robot.interact(() -> model.board().fit());
        settle();
        grab(robot, "pane-assembly");
        robot.interact(() -> {
            robot.lookup("#assemblyTables").queryAs(javafx.scene.control.TabPane.class).getSelectionModel().select(2);
            model.board().setBottomView(true);
        });
        settle();
        grab(robot, "pane-assembly-mapping-bottom");
    }
}
