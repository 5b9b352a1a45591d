package com.fabwright.app.ui;

import com.fabwright.dfm.Violation;
import java.io.File;
import java.time.LocalTime;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;

/**
 * The panel tab: preset and array options, the live preview of the array (the panel drawing), the
 * production-panel fit with its utilisation, the panel DFM findings (select one to see it on the
 * board), and writing the panel files into a chosen folder in the background.
 */
public final class PanelView implements WorkbenchPane {
    /** Plugs the panel tab into the window. */
    public static final class Provider implements WorkbenchPane.Provider {
        @Override
        public WorkbenchPane create(WorkbenchContext context) {
            return load(new PanelViewModel(context::run), context);
        }
    }

    private final PanelViewModel model;
    private final WorkbenchContext context;
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<String> presetBox;
    @FXML
    private TextField rowsField;
    @FXML
    private TextField colsField;
    @FXML
    private TextField spacingField;
    @FXML
    private TextField railsField;
    @FXML
    private ComboBox<String> separationBox;
    @FXML
    private Label summaryLabel;
    @FXML
    private Label fitLabel;
    @FXML
    private Label messageLabel;
    @FXML
    private StackPane previewScroll;
    @FXML
    private ImageView previewImage;
    @FXML
    private ListView<Violation> findingsList;

    private PanelView(PanelViewModel model, WorkbenchContext context) {
        this.model = model;
        this.context = context;
    }

    /** Loads the FXML with a controller bound to {@code model}. */
    public static PanelView load(PanelViewModel model, WorkbenchContext context) {
        return Fxml.load(PanelView.class, () -> new PanelView(model, context));
    }

    @FXML
    private void initialize() {
        presetBox.setItems(model.presets());
        presetBox.valueProperty().bindBidirectional(model.presetProperty());
        rowsField.textProperty().bindBidirectional(model.rowsProperty());
        colsField.textProperty().bindBidirectional(model.colsProperty());
        spacingField.textProperty().bindBidirectional(model.spacingProperty());
        railsField.textProperty().bindBidirectional(model.railsProperty());
        separationBox.getItems().setAll("mousebites", "vscore");
        separationBox.valueProperty().bindBidirectional(model.separationProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        fitLabel.textProperty().bind(model.fitProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        model.previewProperty().addListener((o, a, img) -> previewImage.setImage(img == null ? null : SwingFXUtils.toFXImage(img, null)));
        previewImage.fitWidthProperty().bind(previewScroll.widthProperty().subtract(8));
        previewImage.fitHeightProperty().bind(previewScroll.heightProperty().subtract(8));
        findingsList.setItems(model.findings());
        findingsList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Violation v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.severity().label() + " " + v.rule() + ": " + v.message());
            }
        });
    }

    @FXML
    private void writeFiles() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for the panel files");
        File dir = dc.showDialog(root.getScene().getWindow());
        if (dir != null) {
            try {
                var task = model.writeFiles(dir.toPath());
                task.setOnSucceeded(e -> context.log(new LogEntry(LocalTime.now(), "INFO", "panel",
                        String.format(Locale.ROOT, "wrote %d panel file(s) into %s", task.getValue().size(), dir), "")));
            } catch (IllegalStateException e) {
                model.messageProperty().set(e.getMessage());
            }
        }
    }

    public PanelViewModel model() {
        return model;
    }

    /** The preview picture shown. */
    public ImageView previewImage() {
        return previewImage;
    }

    @Override
    public String title() {
        return "Panel";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void jobChanged(com.fabwright.app.job.Job job) {
        model.jobChanged(job);
    }
}
