package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The quote and panel tabs in the real window on the demo board (headless through Monocle in CI),
 * with a temporary FABWRIGHT_HOME: a quote for three quantities, saved, found in the history,
 * reopened and exported; a 2 x 2 panel previewed with its utilisation.
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
        System.setProperty("fabwright.home", home.toString());
        this.stage = stage;
        background = Executors.newCachedThreadPool();
        model = new WorkbenchViewModel(new BoardViewModel(new JobLoader()::load, background), Settings.load(home), background);
        view = FabwrightApp.show(stage, model);
        stage.setWidth(1280);
        stage.setHeight(800);
        model.open(List.of(WorkbenchViewTest.DEMO.toAbsolutePath()));
    }

    @AfterEach
    void stop() {
        background.shutdownNow();
    }

    @AfterAll
    static void clearHome() {
        System.clearProperty("fabwright.home");
    }

    private void waitForDemo() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> "Fabwright — demo-board".equals(stage.getTitle()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T extends WorkbenchPane> T pane(FxRobot robot, Class<T> type, String title) {
        T pane = model.panes().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
        Tab tab = view.board().tabs().getTabs().stream().filter(t -> t.getText().equals(title)).findFirst().orElseThrow();
        robot.interact(() -> view.board().tabs().getSelectionModel().select(tab));
        return pane;
    }

    @Test
    void aQuoteIsComputedSavedFoundInTheHistoryReopenedAndExported(FxRobot robot) throws Exception {
        waitForDemo();
        QuoteView quote = pane(robot, QuoteView.class, "Quote");
        QuoteViewModel m = quote.model();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.quoteProperty().get() != null);
        assertThat(m.quoteProperty().get().breaks()).extracting(b -> b.qty()).containsExactly(10, 100, 1000);
        assertThat(robot.lookup("#breakdownTable").queryTableView().getItems()).filteredOn(r -> r.toString().contains("TOTAL")).hasSize(6);

        robot.clickOn("#customerField").write("ACME");
        robot.clickOn("#saveButton");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> history = robot.lookup("#historyList").queryListView();
        assertThat(history.getItems()).hasSize(1);
        assertThat(robot.lookup("#savedLabel").queryAs(Label.class).getText()).endsWith("rev 1 (Draft)");

        TextField qty = robot.lookup("#quantitiesField").queryAs(TextField.class);
        robot.interact(() -> qty.setText("5,50,500"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> m.quoteProperty().get().breaks().get(0).qty() == 5);

        robot.interact(() -> history.getSelectionModel().select(0));
        robot.clickOn("#reopenButton");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.messageProperty().get()).isEmpty();
        assertThat(qty.getText()).isEqualTo("10,100,1000");
        assertThat(m.quoteProperty().get().breaks()).extracting(b -> b.qty()).containsExactly(10, 100, 1000);

        Path xlsx = home.resolve("reopened.xlsx");
        m.exportXlsx(xlsx);
        assertThat(xlsx).isNotEmptyFile();
        assertThat(model.errorProperty().get()).isNull();
    }

    @Test
    void aTwoByTwoPanelIsPreviewedWithItsUtilisation(FxRobot robot) throws Exception {
        waitForDemo();
        PanelView panel = pane(robot, PanelView.class, "Panel");
        robot.doubleClickOn("#rowsField").write("2").type(KeyCode.TAB);
        robot.doubleClickOn("#colsField").write("2").type(KeyCode.TAB);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> panel.model().studyProperty().get() != null
                && panel.model().studyProperty().get().layout().instances().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(panel.previewImage().getImage()).isNotNull();
        assertThat(panel.previewImage().getImage().getWidth()).isGreaterThan(100);
        assertThat(robot.lookup("#summaryLabel").queryAs(Label.class).getText()).startsWith("Array 2 x 2 = 4 board(s)");
        assertThat(robot.lookup("#fitLabel").queryAs(Label.class).getText()).contains("utilisation");
        assertThat(model.errorProperty().get()).isNull();
    }
}
