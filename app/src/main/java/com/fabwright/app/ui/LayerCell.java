package com.fabwright.app.ui;

import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/** A layer row: visibility check box, colour swatch, file name and layer id. */
final class LayerCell extends ListCell<LayerItem> {
    private final CheckBox check = new CheckBox();
    private final Rectangle swatch = new Rectangle(14, 14);
    private final Label name = new Label();
    private final Label detail = new Label();
    private final HBox row = new HBox(6, check, swatch, new VBox(name, detail));
    private LayerItem bound;

    LayerCell() {
        detail.getStyleClass().add("layer-detail");
        swatch.setStroke(Color.gray(0.4));
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(LayerItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.visibleProperty());
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        bound = item;
        check.selectedProperty().bindBidirectional(item.visibleProperty());
        check.setId("visible-" + item.name().replaceAll("[^A-Za-z0-9_-]", "_"));
        java.awt.Color c = item.color();
        swatch.setFill(Color.rgb(c.getRed(), c.getGreen(), c.getBlue(), Math.max(0.35, c.getAlpha() / 255.0)));
        name.setText(item.name());
        detail.setText(item.detail());
        setText(null);
        setGraphic(row);
    }
}
