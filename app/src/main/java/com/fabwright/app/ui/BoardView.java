package com.fabwright.app.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.image.Image;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.StatusBar;

/**
 * Controller of {@code BoardView.fxml}: the File menu, the layer list, the board canvas, the file
 * table (layer, confidence, evidence; the layer column is a combo box to correct an
 * identification), the status bar, and drag and drop of a zip or folder onto the window. It only
 * forwards gestures to {@link BoardViewModel} and draws what the view model renders. While a new
 * frame is being rendered off the FX thread, the last one is drawn moved and scaled to the current
 * viewport, so panning and zooming feel immediate.
 */
public final class BoardView {
    /** Mouse-wheel zoom per scroll pixel: one notch (40 px) zooms by about 1.2. */
    private static final double ZOOM_PER_PIXEL = 1.0046;

    private final BoardViewModel model;

    @FXML
    private Parent root;
    @FXML
    private ListView<LayerItem> layerList;
    @FXML
    private Pane canvasHost;
    @FXML
    private Canvas canvas;
    @FXML
    private StatusBar statusBar;
    @FXML
    private Label cursorLabel;
    @FXML
    private Label diagnosticsLabel;
    @FXML
    private Label boardLabel;
    @FXML
    private TableView<FileRow> fileTable;
    @FXML
    private TableColumn<FileRow, String> pathColumn;
    @FXML
    private TableColumn<FileRow, String> kindColumn;
    @FXML
    private TableColumn<FileRow, String> layerColumn;
    @FXML
    private TableColumn<FileRow, String> confidenceColumn;
    @FXML
    private TableColumn<FileRow, String> evidenceColumn;
    @FXML
    private TableColumn<FileRow, String> diagnosticsColumn;

    private Image frameImage;
    private BoardViewModel.Frame shownFrame;
    private double dragX;
    private double dragY;

    private BoardView(BoardViewModel model) {
        this.model = model;
    }

    /** Loads the FXML with a controller bound to {@code model}; returns the root node. */
    public static Parent load(BoardViewModel model) {
        FXMLLoader loader = new FXMLLoader(BoardView.class.getResource("BoardView.fxml"));
        loader.setControllerFactory(type -> new BoardView(model));
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FXML
    private void initialize() {
        layerList.setItems(model.layers());
        layerList.setCellFactory(list -> new LayerCell());
        statusBar.textProperty().bind(model.statusProperty());
        statusBar.progressProperty().bind(model.progressProperty());
        cursorLabel.textProperty().bind(model.cursorProperty());
        diagnosticsLabel.textProperty().bind(model.diagnosticsProperty());
        boardLabel.textProperty().bind(model.boardProperty());
        setUpFileTable();
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);

        canvas.widthProperty().bind(canvasHost.widthProperty());
        canvas.heightProperty().bind(canvasHost.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> resized());
        canvas.heightProperty().addListener((o, a, b) -> resized());
        model.viewportProperty().addListener((o, a, b) -> redraw());
        model.frameProperty().addListener((o, a, f) -> {
            frameImage = f == null ? null : SwingFXUtils.toFXImage(f.image(), null);
            shownFrame = f;
            redraw();
        });

        canvas.setOnScroll(this::onScroll);
        canvas.setOnMousePressed(e -> {
            dragX = e.getX();
            dragY = e.getY();
        });
        canvas.setOnMouseDragged(this::onDrag);
        canvas.setOnMouseMoved(e -> model.pointerAt(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> model.pointerExited());
        canvas.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                model.fit();
            }
        });
    }

    private void setUpFileTable() {
        fileTable.setItems(model.files());
        pathColumn.setCellValueFactory(new PropertyValueFactory<>("path"));
        kindColumn.setCellValueFactory(new PropertyValueFactory<>("kind"));
        layerColumn.setCellValueFactory(new PropertyValueFactory<>("layer"));
        confidenceColumn.setCellValueFactory(new PropertyValueFactory<>("confidence"));
        evidenceColumn.setCellValueFactory(new PropertyValueFactory<>("evidence"));
        diagnosticsColumn.setCellValueFactory(new PropertyValueFactory<>("diagnostics"));
        layerColumn.setCellFactory(column -> new ComboBoxTableCell<>(model.layerChoices()) {
            @Override
            public void startEdit() {
                FileRow row = getTableRow() == null ? null : getTableRow().getItem();
                if (row != null && row.isEditable()) {
                    super.startEdit();
                }
            }
        });
        layerColumn.setOnEditCommit(e -> {
            if (e.getRowValue() != null && e.getNewValue() != null) {
                model.setLayer(e.getRowValue().getPath(), e.getNewValue());
            }
        });
    }

    private void onDragOver(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
        }
        e.consume();
    }

    private void onDragDropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        boolean done = board.hasFiles() && model.drop(board.getFiles().stream().map(File::toPath).toList());
        e.setDropCompleted(done);
        e.consume();
    }

    private void resized() {
        model.setCanvasSize(canvas.getWidth(), canvas.getHeight());
        redraw();
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() != 0) {
            model.zoomAt(e.getX(), e.getY(), Math.pow(ZOOM_PER_PIXEL, e.getDeltaY()));
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        model.panBy(e.getX() - dragX, e.getY() - dragY);
        dragX = e.getX();
        dragY = e.getY();
        model.pointerAt(e.getX(), e.getY());
    }

    private void redraw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.rgb(24, 32, 28));
        g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
        if (frameImage == null || shownFrame == null) {
            return;
        }
        Viewport now = model.viewportProperty().get();
        Viewport then = shownFrame.viewport();
        double[] topLeftMm = then.toMm(0, 0);
        double[] at = now.toPx(topLeftMm[0], topLeftMm[1]);
        double ratio = now.scale() / then.scale();
        g.drawImage(frameImage, at[0], at[1], shownFrame.width() * ratio, shownFrame.height() * ratio);
    }

    @FXML
    private void onFit() {
        model.fit();
    }

    @FXML
    private void onOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open a job folder");
        File dir = chooser.showDialog(root.getScene().getWindow());
        if (dir != null) {
            model.load(List.of(dir.toPath()));
        }
    }

    @FXML
    private void onOpenFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open job files or a zip");
        List<File> files = chooser.showOpenMultipleDialog(root.getScene().getWindow());
        if (files != null && !files.isEmpty()) {
            model.load(files.stream().map(File::toPath).map(Path::toAbsolutePath).toList());
        }
    }
}
