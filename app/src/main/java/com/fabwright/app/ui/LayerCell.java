package com.fabwright.app.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

/**
 * A layer row: visibility check box, colour picker (the swatch), file name, and below it the layer
 * id with an opacity slider. Controls are bound to the {@link LayerItem} while the cell shows it.
 */
final class LayerCell extends ListCell<LayerItem> {
    private final CheckBox check = new CheckBox();
    private final ColorPicker picker = new ColorPicker();
    private final Label name = new Label();
    private final Label detail = new Label();
    private final Slider opacity = new Slider(0, 1, 1);
    private final HBox row;
    private LayerItem bound;
    private final ChangeListener<Color> pickerListener = (o, a, c) -> {
        if (bound != null && c != null) {
            bound.setColor(toAwt(c, bound.getColor().getAlpha()));
        }
    };

    LayerCell() {
        detail.getStyleClass().add("layer-detail");
        picker.getStyleClass().add("button");
        picker.setStyle("-fx-color-label-visible: false;");
        picker.setPrefWidth(40);
        picker.setTooltip(new Tooltip("Layer colour"));
        opacity.setPrefWidth(70);
        opacity.setTooltip(new Tooltip("Opacity"));
        HBox second = new HBox(4, detail, opacity);
        HBox.setHgrow(detail, Priority.ALWAYS);
        detail.setMaxWidth(Double.MAX_VALUE);
        second.setAlignment(Pos.CENTER_LEFT);
        VBox text = new VBox(name, second);
        text.setMinWidth(0);
        name.setMinWidth(0);
        detail.setMinWidth(0);
        text.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(text, Priority.ALWAYS);
        opacity.setMinWidth(50);
        row = new HBox(6, check, picker, text);
        row.setAlignment(Pos.CENTER_LEFT);
        picker.valueProperty().addListener(pickerListener);
    }

    @Override
    protected void updateItem(LayerItem item, boolean empty) {
        super.updateItem(item, empty);
        if (bound != null) {
            check.selectedProperty().unbindBidirectional(bound.visibleProperty());
            opacity.valueProperty().unbindBidirectional(bound.opacityProperty());
            bound = null;
        }
        if (empty || item == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        String id = item.name().replaceAll("[^A-Za-z0-9_-]", "_");
        check.selectedProperty().bindBidirectional(item.visibleProperty());
        opacity.valueProperty().bindBidirectional(item.opacityProperty());
        check.setId("visible-" + id);
        opacity.setId("opacity-" + id);
        picker.setId("colour-" + id);
        java.awt.Color c = item.getColor();
        picker.setValue(Color.rgb(c.getRed(), c.getGreen(), c.getBlue()));
        bound = item;
        name.setText(item.name());
        detail.setText(item.detail());
        setText(null);
        setGraphic(row);
    }

    static java.awt.Color toAwt(Color c, int alpha) {
        return new java.awt.Color((int) Math.round(c.getRed() * 255), (int) Math.round(c.getGreen() * 255),
                (int) Math.round(c.getBlue() * 255), alpha);
    }
}
