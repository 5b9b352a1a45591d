package com.fabwright.app.ui;

import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.FileChooser;

/**
 * Controller of {@code DfmView.fxml}, the DFM tab: profile chooser (shipped or a JSON file), run
 * and cancel with progress, severity filters and counts, the findings grouped by rule in a tree
 * (accepted deviations greyed with their note), the note field and accept / take back / save,
 * and the HTML, CSV and JSON exports. Selecting a finding shows it on the board.
 */
public final class DfmView {
    private final DfmViewModel model;
    private final WorkbenchContext context;

    @FXML
    private Parent root;
    @FXML
    private ComboBox<String> profileChoice;
    @FXML
    private Button dfmRunButton;
    @FXML
    private Button dfmCancelButton;
    @FXML
    private ProgressBar dfmProgress;
    @FXML
    private CheckBox showErrors;
    @FXML
    private CheckBox showWarnings;
    @FXML
    private CheckBox showInfo;
    @FXML
    private Label dfmSummary;
    @FXML
    private TreeView<Object> dfmFindingTree;
    @FXML
    private TextField dfmNoteField;
    @FXML
    private Button dfmAcceptButton;
    @FXML
    private Button dfmUnacceptButton;
    @FXML
    private Button dfmSaveButton;
    @FXML
    private Button dfmHtmlButton;
    @FXML
    private Button dfmCsvButton;
    @FXML
    private Button dfmJsonButton;

    private DfmView(DfmViewModel model, WorkbenchContext context) {
        this.model = model;
        this.context = context;
    }

    /** Loads the FXML with a controller bound to {@code model}. */
    public static DfmView load(DfmViewModel model, WorkbenchContext context) {
        return Fxml.load(DfmView.class, () -> new DfmView(model, context));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        profileChoice.setItems(model.profiles());
        profileChoice.valueProperty().bindBidirectional(model.profileProperty());
        showErrors.selectedProperty().bindBidirectional(model.shownProperty(Severity.ERROR));
        showWarnings.selectedProperty().bindBidirectional(model.shownProperty(Severity.WARNING));
        showInfo.selectedProperty().bindBidirectional(model.shownProperty(Severity.INFO));
        dfmSummary.textProperty().bind(model.summaryProperty());
        dfmCancelButton.disableProperty().bind(model.runningProperty().isNull());
        dfmRunButton.disableProperty().bind(model.runningProperty().isNotNull());
        model.runningProperty().addListener((o, a, t) -> {
            dfmProgress.progressProperty().unbind();
            if (t != null) {
                dfmProgress.progressProperty().bind(t.progressProperty());
            } else {
                dfmProgress.setProgress(model.resultProperty().get() == null ? 0 : 1);
            }
        });
        dfmProgress.setProgress(0);
        for (Button b : new Button[] {dfmHtmlButton, dfmCsvButton, dfmJsonButton, dfmSaveButton}) {
            b.disableProperty().bind(model.resultProperty().isNull());
        }
        TreeItem<Object> top = new TreeItem<>("findings");
        dfmFindingTree.setRoot(top);
        dfmFindingTree.setCellFactory(t -> new FindingCell());
        model.groups().addListener((javafx.collections.ListChangeListener<DfmViewModel.RuleGroup>) c -> rebuild());
        dfmFindingTree.getSelectionModel().selectedItemProperty().addListener((o, a, item) -> {
            Violation v = selected();
            if (v != null) {
                model.select(v);
                DfmViewModel.Finding f = (DfmViewModel.Finding) item.getValue();
                dfmNoteField.setText(f.accepted() ? f.note() : "");
            }
        });
        dfmAcceptButton.disableProperty().bind(dfmFindingTree.getSelectionModel().selectedItemProperty().isNull());
        dfmUnacceptButton.disableProperty().bind(dfmAcceptButton.disableProperty());
    }

    /** Rebuilds the tree from the groups, keeping the selected finding and the expanded rules. */
    private void rebuild() {
        Violation keep = selected();
        java.util.Set<String> expanded = new java.util.HashSet<>();
        dfmFindingTree.getRoot().getChildren().forEach(g -> {
            if (g.isExpanded()) {
                expanded.add(((DfmViewModel.RuleGroup) g.getValue()).rule());
            }
        });
        boolean first = expanded.isEmpty();
        TreeItem<Object> select = null;
        dfmFindingTree.getRoot().getChildren().clear();
        for (DfmViewModel.RuleGroup g : model.groups()) {
            TreeItem<Object> gi = new TreeItem<>(g);
            gi.setExpanded(expanded.contains(g.rule()) || (first && model.groups().size() <= 3));
            for (DfmViewModel.Finding f : g.findings()) {
                TreeItem<Object> fi = new TreeItem<>(f);
                gi.getChildren().add(fi);
                if (f.violation() == keep) {
                    select = fi;
                    gi.setExpanded(true);
                }
            }
            dfmFindingTree.getRoot().getChildren().add(gi);
        }
        if (select != null) {
            dfmFindingTree.getSelectionModel().select(select);
        }
    }

    private Violation selected() {
        TreeItem<Object> item = dfmFindingTree.getSelectionModel().getSelectedItem();
        return item != null && item.getValue() instanceof DfmViewModel.Finding f ? f.violation() : null;
    }

    /** A rule group (bold, with counts) or a finding (greyed when accepted). */
    private static final class FindingCell extends TreeCell<Object> {
        @Override
        protected void updateItem(Object item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll("dfm-group", "dfm-accepted", "dfm-error", "dfm-warning", "dfm-info");
            if (empty || item == null) {
                setText(null);
                return;
            }
            if (item instanceof DfmViewModel.RuleGroup g) {
                setText(g.label());
                getStyleClass().add("dfm-group");
            } else if (item instanceof DfmViewModel.Finding f) {
                setText(text(f));
                getStyleClass().add(f.accepted() ? "dfm-accepted" : "dfm-" + f.violation().severity().label());
            }
        }
    }

    static String text(DfmViewModel.Finding f) {
        Violation v = f.violation();
        String measured = v.measuredMm() == null ? "" : String.format(Locale.ROOT, " %.4f", v.measuredMm())
                + (v.limitMm() == null ? "" : String.format(Locale.ROOT, " (limit %.4f)", v.limitMm()));
        return String.format(Locale.ROOT, "%-7s %s (%.3f, %.3f)%s: %s%s", v.severity().label(), String.join(",", v.layers()),
                v.xMm(), v.yMm(), measured, v.message(), f.accepted() ? "  [accepted: " + f.note() + "]" : "");
    }

    @FXML
    private void onRun() {
        model.run();
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onProfileFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Choose a DFM profile (JSON)");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("DFM profile", "*.json"));
        File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            model.addProfileFile(f.toPath());
        }
    }

    @FXML
    private void onAccept() {
        Violation v = selected();
        if (v != null) {
            model.accept(v, dfmNoteField.getText());
        }
    }

    @FXML
    private void onUnaccept() {
        Violation v = selected();
        if (v != null) {
            model.unaccept(v);
        }
    }

    @FXML
    private void onSave() {
        Path saved = model.save();
        if (saved != null) {
            context.log(new LogEntry(LocalTime.now(), "INFO", "dfm", "Deviations saved: " + saved, ""));
        }
    }

    @FXML
    private void onExportHtml() {
        export("HTML report", "*.html", "dfm-report.html", model::exportHtml);
    }

    @FXML
    private void onExportCsv() {
        export("CSV findings", "*.csv", "dfm-findings.csv", model::exportCsv);
    }

    @FXML
    private void onExportJson() {
        export("JSON report", "*.json", "dfm-report.json", model::exportJson);
    }

    private interface Writer {
        void write(Path file) throws IOException;
    }

    private void export(String what, String pattern, String name, Writer writer) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the DFM " + what);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, pattern));
        File f = chooser.showSaveDialog(root.getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            writer.write(f.toPath());
            context.log(new LogEntry(LocalTime.now(), "INFO", "dfm", "Exported " + what + ": " + f, ""));
        } catch (IOException | RuntimeException e) {
            context.log(new LogEntry(LocalTime.now(), "ERROR", "dfm", "Cannot export " + what + " to " + f + ": " + e.getMessage(),
                    WorkbenchViewModel.stackTrace(e)));
        }
    }
}
