package com.fabwright.app.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Controller of {@code WorkbenchView.fxml}, the main window: menus (open, recent jobs, view),
 * the tool bar (open, fit, top/bottom, measure), the error bar, the board ({@link BoardView}) in
 * the centre with its tabs (Files, then Log, then a tab per {@link WorkbenchPane} found), and the
 * status bar (progress, cancel, measurement, cursor in mm and mil, diagnostics).
 */
public final class WorkbenchView {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchView.class);

    private final WorkbenchViewModel model;
    private BoardView board;

    @FXML
    private BorderPane root;
    @FXML
    private Menu recentMenu;
    @FXML
    private MenuItem openSampleItem;
    @FXML
    private CheckMenuItem bottomItem;
    @FXML
    private CheckMenuItem measureItem;
    @FXML
    private ToggleButton topButton;
    @FXML
    private ToggleButton bottomButton;
    @FXML
    private ToggleButton measureButton;
    @FXML
    private HBox errorBar;
    @FXML
    private Label errorLabel;
    @FXML
    private StatusBar statusBar;
    @FXML
    private Button cancelButton;
    @FXML
    private Label measureLabel;
    @FXML
    private Label cursorLabel;
    @FXML
    private Label diagnosticsLabel;

    private Tab logTab;

    private WorkbenchView(WorkbenchViewModel model) {
        this.model = model;
    }

    /** Loads the FXML with a controller bound to {@code model}. */
    public static WorkbenchView load(WorkbenchViewModel model) {
        return Fxml.load(WorkbenchView.class, () -> new WorkbenchView(model));
    }

    public Parent root() {
        return root;
    }

    public BoardView board() {
        return board;
    }

    @FXML
    private void initialize() {
        BoardViewModel b = model.board();
        board = BoardView.load(b);
        root.setCenter(board.root());
        statusBar.textProperty().bind(b.statusProperty());
        statusBar.progressProperty().bind(b.progressProperty());
        cursorLabel.textProperty().bind(b.cursorProperty());
        diagnosticsLabel.textProperty().bind(b.diagnosticsProperty());
        measureLabel.textProperty().bind(b.measurement().textProperty());
        cancelButton.visibleProperty().bind(model.runningProperty().isNotNull());
        cancelButton.managedProperty().bind(cancelButton.visibleProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        errorBar.visibleProperty().bind(model.errorProperty().isNotNull());
        errorBar.managedProperty().bind(errorBar.visibleProperty());

        measureButton.selectedProperty().bindBidirectional(b.measurement().activeProperty());
        measureItem.selectedProperty().bindBidirectional(b.measurement().activeProperty());
        topButton.setOnAction(e -> b.setBottomView(false));
        bottomButton.setOnAction(e -> b.setBottomView(true));
        bottomItem.setOnAction(e -> b.setBottomView(bottomItem.isSelected()));
        b.viewportProperty().addListener((o, was, v) -> showSide(v.mirrored()));
        showSide(b.isBottomView());

        model.recentJobs().addListener((javafx.collections.ListChangeListener<List<Path>>) c -> rebuildRecent());
        rebuildRecent();
        openSampleItem.setVisible(model.sampleJob() != null);
        addLogTab();
        addPanes();
    }

    private void showSide(boolean bottom) {
        topButton.setSelected(!bottom);
        bottomButton.setSelected(bottom);
        bottomItem.setSelected(bottom);
    }

    private void rebuildRecent() {
        recentMenu.getItems().clear();
        List<List<Path>> jobs = model.recentJobs();
        for (int i = 0; i < jobs.size(); i++) {
            List<Path> job = jobs.get(i);
            String label = (i + 1) + "  " + job.get(0) + (job.size() > 1 ? " +" + (job.size() - 1) : "");
            MenuItem item = new MenuItem(label);
            item.setMnemonicParsing(false);
            item.setId("recent-" + i);
            int index = i;
            item.setOnAction(e -> model.openRecent(index));
            recentMenu.getItems().add(item);
        }
        recentMenu.setDisable(jobs.isEmpty());
    }

    private void addLogTab() {
        TableView<LogEntry> table = new TableView<>(model.logEntries());
        table.setId("logTable");
        table.getColumns().add(column("Time", "time", 70));
        table.getColumns().add(column("Level", "level", 70));
        table.getColumns().add(column("Source", "source", 220));
        table.getColumns().add(column("Message", "message", 640));
        TextArea details = new TextArea();
        details.setId("logDetails");
        details.setEditable(false);
        details.getStyleClass().add("log-details");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> details.setText(e == null ? "" : e.details()));
        SplitPane split = new SplitPane(table, details);
        split.setDividerPositions(0.62);
        logTab = new Tab("Log", split);
        logTab.setId("logTab");
        board.tabs().getTabs().add(logTab);
    }

    private static TableColumn<LogEntry, String> column(String title, String property, double width) {
        TableColumn<LogEntry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(new PropertyValueFactory<>(property));
        c.setPrefWidth(width);
        return c;
    }

    /** One tab per {@link WorkbenchPane.Provider} on the class path; a failing provider is logged and skipped. */
    private void addPanes() {
        for (WorkbenchPane.Provider provider : ServiceLoader.load(WorkbenchPane.Provider.class)) {
            try {
                WorkbenchPane pane = provider.create(model);
                model.addPane(pane);
                Tab tab = new Tab(pane.title(), pane.node());
                board.tabs().getTabs().add(tab);
            } catch (RuntimeException | LinkageError e) {
                LOG.warn("pane {} failed to start", provider.getClass().getName(), e);
                model.log(new LogEntry(java.time.LocalTime.now(), "ERROR", provider.getClass().getSimpleName(),
                        "pane failed to start: " + e, WorkbenchViewModel.stackTrace(e)));
            }
        }
    }

    private Stage stage() {
        return (Stage) root.getScene().getWindow();
    }

    @FXML
    private void onOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a job folder");
        File dir = chooser.showDialog(stage());
        if (dir != null) {
            model.open(List.of(dir.toPath()));
        }
    }

    @FXML
    private void onOpenFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open job files or a zip");
        List<File> files = chooser.showOpenMultipleDialog(stage());
        if (files != null && !files.isEmpty()) {
            model.open(files.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }

    @FXML
    private void onOpenSample() {
        java.nio.file.Path sample = model.sampleJob();
        if (sample != null) {
            model.open(List.of(sample));
        }
    }

    @FXML
    private void onQuit() {
        stage().fireEvent(new javafx.stage.WindowEvent(stage(), javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
    }

    @FXML
    private void onFit() {
        model.board().fit();
    }

    @FXML
    private void onZoomIn() {
        model.board().zoomCentre(1.25);
    }

    @FXML
    private void onZoomOut() {
        model.board().zoomCentre(0.8);
    }

    @FXML
    private void onShowLog() {
        board.tabs().getSelectionModel().select(logTab);
    }

    @FXML
    private void onDismissError() {
        model.dismissError();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }
}
