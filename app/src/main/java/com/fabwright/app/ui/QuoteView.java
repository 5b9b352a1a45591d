package com.fabwright.app.ui;

import com.fabwright.quote.InputSheet;
import com.fabwright.store.Database;
import com.fabwright.store.QuoteStatus;
import com.fabwright.store.QuoteSummary;
import java.io.File;
import java.time.LocalTime;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;

/**
 * The quote tab: the inputs table (measured, entered, default; editing a value enters it), rate
 * profile, quantities and the live breakdown per quantity with the NRE apart, the customer, saving
 * revisions, the customer's history (double-click reopens), status, XLSX/PDF, and the rate editor.
 */
public final class QuoteView implements WorkbenchPane {
    /** Plugs the quote tab into the window. */
    public static final class Provider implements WorkbenchPane.Provider {
        @Override
        public WorkbenchPane create(WorkbenchContext context) {
            return load(new QuoteViewModel(Database.home(), context::run), new RateEditorViewModel(Database.home()), context);
        }
    }

    private final QuoteViewModel model;
    private final RateEditorViewModel rates;
    private final WorkbenchContext context;
    @FXML
    private BorderPane root;
    @FXML
    private ComboBox<String> profileBox;
    @FXML
    private TextField quantitiesField;
    @FXML
    private TextField customerField;
    @FXML
    private Button saveButton;
    @FXML
    private ComboBox<QuoteStatus> statusBox;
    @FXML
    private Label savedLabel;
    @FXML
    private TableView<InputSheet.Row> inputsTable;
    @FXML
    private TableColumn<InputSheet.Row, String> inputKeyColumn;
    @FXML
    private TableColumn<InputSheet.Row, String> inputValueColumn;
    @FXML
    private TableColumn<InputSheet.Row, String> inputOriginColumn;
    @FXML
    private TableColumn<InputSheet.Row, String> inputNoteColumn;
    @FXML
    private ListView<QuoteSummary> historyList;
    @FXML
    private TableView<QuoteViewModel.BreakdownRow> breakdownTable;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> qtyColumn;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> kindColumn;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> nameColumn;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> basisColumn;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> rateColumn;
    @FXML
    private TableColumn<QuoteViewModel.BreakdownRow, String> amountColumn;
    @FXML
    private Label messageLabel;
    @FXML
    private TitledPane ratesPane;
    @FXML
    private TextField versionField;
    @FXML
    private Label ratesFileLabel;
    @FXML
    private TableView<RateEditorViewModel.Row> ratesTable;
    @FXML
    private TableColumn<RateEditorViewModel.Row, String> rateKeyColumn;
    @FXML
    private TableColumn<RateEditorViewModel.Row, String> rateValueColumn;
    @FXML
    private TableColumn<RateEditorViewModel.Row, String> rateUnitColumn;
    @FXML
    private TableColumn<RateEditorViewModel.Row, String> rateSourceColumn;
    @FXML
    private ListView<String> problemsList;

    private QuoteView(QuoteViewModel model, RateEditorViewModel rates, WorkbenchContext context) {
        this.model = model;
        this.rates = rates;
        this.context = context;
    }

    /** Loads the FXML with a controller bound to the models. */
    public static QuoteView load(QuoteViewModel model, RateEditorViewModel rates, WorkbenchContext context) {
        return Fxml.load(QuoteView.class, () -> new QuoteView(model, rates, context));
    }

    private static <S> void column(TableColumn<S, String> c, Function<S, String> f) {
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
    }

    @FXML
    private void initialize() {
        profileBox.setItems(model.profiles());
        profileBox.valueProperty().bindBidirectional(model.profileProperty());
        quantitiesField.textProperty().bindBidirectional(model.quantitiesProperty());
        customerField.textProperty().bindBidirectional(model.customerProperty());
        savedLabel.textProperty().bind(model.savedProperty());
        messageLabel.textProperty().bind(model.messageProperty());
        statusBox.getItems().setAll(QuoteStatus.values());
        statusBox.setOnAction(e -> {
            if (statusBox.getValue() != null) {
                act("status", () -> model.setStatus(statusBox.getValue()));
            }
        });

        inputsTable.setItems(model.inputs());
        column(inputKeyColumn, InputSheet.Row::key);
        column(inputValueColumn, InputSheet.Row::value);
        column(inputOriginColumn, r -> r.origin().name().toLowerCase(Locale.ROOT));
        column(inputNoteColumn, InputSheet.Row::note);
        inputValueColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        inputValueColumn.setOnEditCommit(e -> model.edit(e.getRowValue().key(), e.getNewValue()));
        inputsTable.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(InputSheet.Row r, boolean empty) {
                super.updateItem(r, empty);
                setStyle(empty || r == null ? "" : switch (r.origin()) {
                    case MEASURED -> "-fx-background-color: #e8f5e9;";
                    case ENTERED -> "-fx-background-color: #fff8e1;";
                    case DEFAULT -> "";
                });
            }
        });

        breakdownTable.setItems(model.breakdown());
        column(qtyColumn, r -> String.valueOf(r.qty()));
        column(kindColumn, QuoteViewModel.BreakdownRow::kind);
        column(nameColumn, QuoteViewModel.BreakdownRow::name);
        column(basisColumn, QuoteViewModel.BreakdownRow::basis);
        column(rateColumn, QuoteViewModel.BreakdownRow::rate);
        column(amountColumn, QuoteViewModel.BreakdownRow::amount);

        historyList.setItems(model.history());
        historyList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(QuoteSummary s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : String.format(Locale.ROOT, "%s rev %d  %s  %s  %s  %d pcs %.2f %s", s.quoteNo(),
                        s.revision(), s.status(), s.customer() == null ? "-" : s.customer(), s.createdAt(), s.firstQty(),
                        s.firstUnitPrice(), s.currency()));
            }
        });
        historyList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                reopen();
            }
        });
        historyList.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER) {
                reopen();
            }
        });

        ratesTable.setItems(rates.rows());
        column(rateKeyColumn, RateEditorViewModel.Row::key);
        rateValueColumn.setCellValueFactory(d -> d.getValue().valueProperty());
        rateUnitColumn.setCellValueFactory(d -> d.getValue().unitProperty());
        column(rateSourceColumn, RateEditorViewModel.Row::source);
        rateValueColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        rateUnitColumn.setCellFactory(TextFieldTableCell.forTableColumn());
        versionField.textProperty().bindBidirectional(rates.versionProperty());
        ratesFileLabel.textProperty().bind(rates.fileProperty());
        problemsList.setItems(rates.problems());
        model.refreshHistory();
    }

    private interface Action {
        void run() throws Exception;
    }

    private void act(String what, Action a) {
        try {
            a.run();
        } catch (Exception e) {
            model.messageProperty().set(what + ": " + e.getMessage());
            context.log(new LogEntry(LocalTime.now(), "ERROR", "quote", what + " failed: " + e.getMessage(),
                    WorkbenchViewModel.stackTrace(e)));
        }
    }

    @FXML
    private void reopen() {
        QuoteSummary s = historyList.getSelectionModel().getSelectedItem();
        if (s != null) {
            act("reopen", () -> model.reopen(s));
        }
    }

    @FXML
    private void save() {
        act("save", () -> {
            var s = model.save();
            context.log(new LogEntry(LocalTime.now(), "INFO", "quote", "saved " + s.quoteNo() + " rev " + s.revision(), ""));
        });
    }

    private File chooseFile(String ext) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(ext.toUpperCase(Locale.ROOT), "*." + ext));
        fc.setInitialFileName((model.savedProperty().get().isEmpty() ? "quote" : model.savedProperty().get().split(" ")[0]) + "." + ext);
        return fc.showSaveDialog(root.getScene().getWindow());
    }

    @FXML
    private void exportXlsx() {
        File f = chooseFile("xlsx");
        if (f != null) {
            act("XLSX", () -> model.exportXlsx(f.toPath()));
        }
    }

    @FXML
    private void exportPdf() {
        File f = chooseFile("pdf");
        if (f != null) {
            act("PDF", () -> model.exportPdf(f.toPath()));
        }
    }

    @FXML
    private void openRates() {
        act("rate profile", () -> rates.open(model.profileProperty().get()));
    }

    @FXML
    private void validateRates() {
        rates.validate();
    }

    @FXML
    private void saveRates() {
        act("rate profile", () -> {
            if (rates.save()) {
                model.recompute();
                context.log(new LogEntry(LocalTime.now(), "INFO", "quote", "saved rate profile " + rates.profile().id()
                        + " in " + rates.fileProperty().get(), ""));
            }
        });
    }

    public QuoteViewModel model() {
        return model;
    }

    public RateEditorViewModel rates() {
        return rates;
    }

    @Override
    public String title() {
        return "Quote";
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void jobChanged(com.fabwright.app.job.Job job) {
        model.jobChanged(job);
    }

    @Override
    public int unsavedChanges() {
        return model.unsavedChanges();
    }
}
