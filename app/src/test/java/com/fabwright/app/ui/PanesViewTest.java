package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
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
 * filled and the placements drawn over the board.
 */
@ExtendWith(ApplicationExtension.class)
class PanesViewTest {
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
        stage.setWidth(1200);
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
        robot.interact(() -> view.board().tabs().getSelectionModel().select(tab));
    }

    @Test
    void runsDfmOnTheDemoBoardAndASelectedFindingZoomsTheBoard(FxRobot robot) throws Exception {
        open(robot, DfmViewModelTest.DEMO);
        assertThat(view.board().tabs().getTabs()).extracting(Tab::getText).contains("DFM", "Assembly");
        selectTab(robot, "DFM");
        robot.clickOn("#dfmRunButton");
        @SuppressWarnings("unchecked")
        TreeView<Object> tree = robot.lookup("#dfmFindingTree").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> tree.getRoot().getChildren().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dfmSummary").queryLabeled().getText()).startsWith("generic-class2: 3 error(s), 2 warning(s)");
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().toString()).hasSize(2);
        TreeItem<Object> clearance = tree.getRoot().getChildren().get(1);
        assertThat(clearance.isExpanded()).isTrue();
        assertThat(clearance.getChildren()).hasSize(3);

        double fitScale = model.board().viewportProperty().get().scale();
        robot.interact(() -> {
            view.board().splits()[1].setDividerPositions(0.4);
            tree.scrollTo(tree.getRow(clearance.getChildren().get(0)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node cell = robot.lookup(".tree-cell").match((javafx.scene.Node n) -> ((javafx.scene.control.TreeCell<?>) n).getItem()
                instanceof DfmViewModel.Finding f && f.violation().rule().equals("copper.clearance")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        Envelope highlight = model.board().highlightProperty().get();
        assertThat(highlight).isNotNull();
        assertThat(highlight.contains(12.0, 6.0)).as("first clearance finding at (12, 6): %s", highlight).isTrue();
        assertThat(model.board().viewportProperty().get().scale()).isGreaterThan(fitScale * 5);

        robot.clickOn("#dfmNoteField").write("checked with the fab");
        robot.clickOn("#dfmAcceptButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dfmSummary").queryLabeled().getText()).contains("2 error(s)").contains("1 accepted");
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
}
