package com.fabwright.app.ui;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.bom.BomLine;
import com.fabwright.dfm.Violation;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * Controller of {@code AssemblyView.fxml}, the assembly tab: the BOM and placement assemblyTables, the
 * column mapping with its confidence, the cross-check findings (a selected one, or a selected
 * placement, is shown on the board) and whether the placements are drawn over the board.
 */
public final class AssemblyView {
    private final AssemblyViewModel model;

    @FXML
    private Parent root;
    @FXML
    private CheckBox assemblyShowPlacements;
    @FXML
    private Label assemblySummary;
    @FXML
    private TableView<BomLine> bomTable;
    @FXML
    private TableView<Placement> placementTable;
    @FXML
    private TableView<AssemblyViewModel.MappingRow> mappingTable;
    @FXML
    private ListView<Violation> assemblyFindingList;

    private AssemblyView(AssemblyViewModel model) {
        this.model = model;
    }

    /** Loads the FXML with a controller bound to {@code model}. */
    public static AssemblyView load(AssemblyViewModel model) {
        return Fxml.load(AssemblyView.class, () -> new AssemblyView(model));
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        assemblyShowPlacements.selectedProperty().bindBidirectional(model.showPlacementsProperty());
        assemblySummary.textProperty().bind(model.summaryProperty());
        bomTable.setItems(model.bom());
        add(bomTable, "Line", 50, l -> String.valueOf(l.line()));
        add(bomTable, "Qty", 50, l -> String.valueOf(l.placements()));
        add(bomTable, "Designators", 220, l -> String.join(", ", l.refdes()));
        add(bomTable, "Value", 120, BomLine::value);
        add(bomTable, "Footprint", 200, BomLine::footprint);
        add(bomTable, "MPN", 140, BomLine::mpn);
        add(bomTable, "DNP", 50, l -> l.dnp() ? "DNP" : "");
        placementTable.setItems(model.placements());
        add(placementTable, "Ref", 70, Placement::refdes);
        add(placementTable, "X mm", 80, p -> String.format(Locale.ROOT, "%.3f", p.xMm()));
        add(placementTable, "Y mm", 80, p -> String.format(Locale.ROOT, "%.3f", p.yMm()));
        add(placementTable, "Rot °", 60, p -> String.format(Locale.ROOT, "%.1f", p.rotationDeg()));
        add(placementTable, "Side", 60, p -> p.side().label());
        add(placementTable, "Footprint", 200, Placement::footprint);
        add(placementTable, "Value", 120, Placement::value);
        add(placementTable, "Mount", 60, p -> p.mount() == null ? "" : p.mount().name());
        mappingTable.setItems(model.mapping());
        add(mappingTable, "File", 150, AssemblyViewModel.MappingRow::file);
        add(mappingTable, "Field", 190, AssemblyViewModel.MappingRow::field);
        add(mappingTable, "Column", 320, AssemblyViewModel.MappingRow::column);
        add(mappingTable, "Confidence", 90, AssemblyViewModel.MappingRow::confidence);
        assemblyFindingList.setItems(model.findings());
        assemblyFindingList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Violation v, boolean empty) {
                super.updateItem(v, empty);
                setText(empty || v == null ? null : v.severity().label() + " " + v.rule() + ": " + v.message());
            }
        });
        assemblyFindingList.getSelectionModel().selectedItemProperty().addListener((o, a, v) -> {
            if (v != null) {
                model.select(v);
            }
        });
        placementTable.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> model.select(p));
    }

    private static <T> void add(TableView<T> table, String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        table.getColumns().add(c);
    }
}
