package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
import java.io.File;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Rectangle2D;
import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Tab;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DFM and Assembly tabs in the real window (headless through Monocle in CI): open the demo
 * board, run DFM, find the findings listed by rule, click one and find the board zoomed to it and
 * highlighted; open a KiCad corpus board with BOM and position files and find the assembly tables
 * filled and the placements drawn over the board. With {@code -Dfabwright.screenshots=DIR} on a
 * real (Xvfb) display, also takes the panes' screenshots for docs/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class AssemblyDfmPanesViewTest {
    /** Where {@link #takesThePaneScreenshots} writes (only on a real display, as {@link ReadmeScreenshotsTest}). */
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
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> !model.board().isLoading() && title.equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectTab(FxRobot robot, String title) {
        Tab tab = view.board().tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> {
            view.board().tabs().getSelectionModel().select(tab);
            view.board().splits()[1].setDividerPositions(0.55);
        });
    }

    @Test
    void runsDfmOnTheDemoBoardAndASelectedFindingZoomsTheBoard(FxRobot robot) throws Exception {
        open(robot, DfmViewModelTest.DEMO);
        assertThat(view.board().tabs().getTabs()).extracting(Tab::getText).contains("DFM", "Assembly");
        selectTab(robot, "DFM");
        robot.clickOn("#dfmRunButton");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#dfmFindingTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dfmSummary").queryLabeled().getText()).startsWith("generic-class2: 0 error(s), 2 warning(s)");
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().toString()).hasSize(1);
        // the demo board's only intended findings: two 0.1494 mm annular rings on the top vias
        TreeItem<Object> clearance = tree.getRoot().getChildren().get(0);
        assertThat(clearance.isExpanded()).isTrue();
        assertThat(clearance.getChildren()).hasSize(2);

        double fitScale = model.board().viewportProperty().get().scale();
        robot.interact(() -> tree.scrollTo(tree.getRow(clearance.getChildren().get(0))));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".tree-cell").match((javafx.scene.Node n) -> ((javafx.scene.control.TreeCell<?>) n).getItem()
                instanceof DfmViewModel.Finding f && f.violation().rule().equals("copper.annular-ring")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        Envelope highlight = model.board().highlightProperty().get();
        assertThat(highlight).isNotNull();
        var clicked = ((DfmViewModel.Finding) ((javafx.scene.control.TreeCell<?>) cell).getItem()).violation();
        assertThat(highlight.contains(clicked.xMm(), clicked.yMm())).as("%s around %s", highlight, clicked).isTrue();
        assertThat(highlight.getWidth()).isLessThan(5);
        assertThat(model.board().viewportProperty().get().scale()).isGreaterThan(fitScale * 5);

        robot.clickOn("#dfmNoteField").write("checked with the fab");
        robot.clickOn("#dfmAcceptButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dfmSummary").queryLabeled().getText()).contains("1 warning(s)").contains("1 accepted");
        assertThat(model.closeQuestion()).startsWith("1 unsaved change(s)");
        robot.clickOn("#dfmSaveButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.closeQuestion()).isNull();
        try (var files = Files.list(home.resolve("deviations"))) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void aKicadBoardWithPositionAndBomFilesFillsTheAssemblyTables(FxRobot robot) throws Exception {
        Path board = AssemblyViewModelTest.STICKHUB;
        Assumptions.assumeTrue(Files.isDirectory(board), "corpus absent: " + board);
        open(robot, board);
        selectTab(robot, "Assembly");
        TableView<?> bom = robot.lookup("#bomTable").queryTableView();
        TableView<?> placements = robot.lookup("#placementTable").queryTableView();
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> !placements.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bom.getItems()).hasSize(32);
        assertThat(placements.getItems()).hasSize(86);
        assertThat(robot.lookup("#mappingTable").queryTableView().getItems()).isNotEmpty();
        assertThat(model.board().markersProperty().get()).hasSize(86);
        robot.interact(() -> placements.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.board().highlightProperty().get()).isNotNull();
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

    @Test
    void takesThePaneScreenshots(FxRobot robot) throws Exception {
        Assumptions.assumeTrue(DIR != null && System.getProperty("glass.platform") == null,
                "pane screenshots only with -Dfabwright.screenshots=DIR on a real (Xvfb) display");
        open(robot, DfmViewModelTest.DEMO);
        selectTab(robot, "DFM");
        robot.clickOn("#dfmRunButton");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#dfmFindingTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == 1);
        robot.interact(() -> {
            TreeItem<Object> clearance = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select(clearance.getChildren().get(1));
        });
        robot.interact(() -> {
            DfmViewModel.Finding f = (DfmViewModel.Finding) tree.getRoot().getChildren().get(0).getChildren().get(0).getValue();
            ((DfmPane) model.panes().stream().filter(p -> p instanceof DfmPane).findFirst().orElseThrow())
                    .model().accept(f.violation(), "annular ring 0.1494 mm accepted by the fab");
        });
        robot.interact(() -> {
            TreeItem<Object> clearance = tree.getRoot().getChildren().get(0);
            tree.getSelectionModel().select(clearance.getChildren().get(1));
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
