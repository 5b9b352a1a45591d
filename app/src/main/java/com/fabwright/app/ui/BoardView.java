package com.fabwright.app.ui;

import java.io.File;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.PropertyValueFactory;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Pane;

/**
 * Controller of {@code BoardView.fxml}: the layer list (visibility, colour, opacity), the board
 * canvas, the tabs below it (the file table with layer, confidence, evidence, where a combo box
 * corrects an identification; the window adds its own tabs) and drag and drop of a zip or folder.
 * Gestures go to {@link BoardViewModel}: wheel zooms about the pointer, drag pans, a trackpad's
 * two-finger scroll pans and its pinch zooms, arrows pan, {@code + - F B M Esc} zoom, fit,
 * turn over, measure. The picture is drawn by a {@link TileCanvas}.
 */
public final class BoardView {
    /** Mouse-wheel zoom per scroll pixel: one notch (40 px) zooms by about 1.2. */
    private static final double ZOOM_PER_PIXEL = 1.0046;
    private static final double KEY_PAN_PX = 60;
    private static final double KEY_ZOOM = 1.25;

    private final BoardViewModel model;

    @FXML
    private SplitPane root;
    @FXML
    private SplitPane centreSplit;
    @FXML
    private ListView<LayerItem> layerList;
    @FXML
    private Pane canvasHost;
    @FXML
    private Canvas canvas;
    @FXML
    private Label boardLabel;
    @FXML
    private TabPane tabs;
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

    private TileCanvas tileCanvas;
    private double dragX;
    private double dragY;
    private boolean dragged;

    private BoardView(BoardViewModel model) {
        this.model = model;
    }

    /** Loads the FXML with a controller bound to {@code model}. */
    public static BoardView load(BoardViewModel model) {
        return Fxml.load(BoardView.class, () -> new BoardView(model));
    }

    /** The root node. */
    public Parent root() {
        return root;
    }

    /** The dividers: layers | board, and board over tabs (remembered in the settings). */
    public SplitPane[] splits() {
        return new SplitPane[] {root, centreSplit};
    }

    /** The tabs below the board: Files first; the window adds the log and the feature panes. */
    public TabPane tabs() {
        return tabs;
    }

    /** The picture engine (for the window's shutdown and the tests). */
    public TileCanvas tileCanvas() {
        return tileCanvas;
    }

    @FXML
    private void initialize() {
        layerList.setItems(model.layers());
        layerList.setCellFactory(list -> new LayerCell());
        boardLabel.textProperty().bind(model.boardProperty());
        setUpFileTable();
        root.setOnDragOver(this::onDragOver);
        root.setOnDragDropped(this::onDragDropped);

        tileCanvas = new TileCanvas(canvas, model);
        canvas.widthProperty().bind(canvasHost.widthProperty());
        canvas.heightProperty().bind(canvasHost.heightProperty());
        canvas.widthProperty().addListener((o, a, b) -> resized());
        canvas.heightProperty().addListener((o, a, b) -> resized());

        canvasHost.setFocusTraversable(true);
        canvas.setOnScroll(this::onScroll);
        canvas.setOnZoom(this::onZoom);
        canvas.setOnMousePressed(e -> {
            canvasHost.requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragged = false;
        });
        canvas.setOnMouseDragged(this::onDrag);
        canvas.setOnMouseMoved(e -> model.pointerAt(e.getX(), e.getY()));
        canvas.setOnMouseExited(e -> model.pointerExited());
        canvas.setOnMouseClicked(this::onClick);
        canvasHost.setOnKeyPressed(this::onKey);
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
        tileCanvas.invalidate();
    }

    /** A mouse wheel zooms; a trackpad's two-finger scroll (touch count > 0, or a sideways delta) pans. */
    private void onScroll(ScrollEvent e) {
        boolean trackpad = e.getTouchCount() > 0 || (e.getDeltaX() != 0 && !e.isControlDown());
        if (trackpad && !e.isControlDown()) {
            model.panBy(e.getDeltaX(), e.getDeltaY());
        } else if (e.getDeltaY() != 0) {
            model.zoomAt(e.getX(), e.getY(), Math.pow(ZOOM_PER_PIXEL, e.getDeltaY()));
        }
        e.consume();
    }

    private void onZoom(ZoomEvent e) {
        if (Double.isFinite(e.getZoomFactor()) && e.getZoomFactor() > 0) {
            model.zoomAt(e.getX(), e.getY(), e.getZoomFactor());
        }
        e.consume();
    }

    private void onDrag(MouseEvent e) {
        model.panBy(e.getX() - dragX, e.getY() - dragY);
        dragged |= Math.abs(e.getX() - dragX) + Math.abs(e.getY() - dragY) > 0;
        dragX = e.getX();
        dragY = e.getY();
        model.pointerAt(e.getX(), e.getY());
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragged) {
            return;
        }
        if (e.getClickCount() == 2 && !model.measurement().isActive()) {
            model.fit();
        } else if (e.getClickCount() == 1) {
            model.clickAt(e.getX(), e.getY());
        }
    }

    private void onKey(KeyEvent e) {
        switch (e.getCode()) {
            case LEFT -> model.panBy(KEY_PAN_PX, 0);
            case RIGHT -> model.panBy(-KEY_PAN_PX, 0);
            case UP -> model.panBy(0, KEY_PAN_PX);
            case DOWN -> model.panBy(0, -KEY_PAN_PX);
            case PLUS, ADD, EQUALS -> model.zoomCentre(KEY_ZOOM);
            case MINUS, SUBTRACT -> model.zoomCentre(1 / KEY_ZOOM);
            case F, DIGIT0, HOME -> model.fit();
            case B -> model.setBottomView(!model.isBottomView());
            case M -> model.measurement().setActive(!model.measurement().isActive());
            case ESCAPE -> model.measurement().setActive(false);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
