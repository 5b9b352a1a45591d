package com.fabwright.app.ui;

import com.fabwright.app.job.LoadedFile;
import com.fabwright.diagnostics.Severity;
import java.awt.Color;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * One row of the layer list: a layer file of the job, the colour it is drawn in (standard by
 * layer, changeable), its opacity (0..1, times the colour's own alpha) and whether it is shown.
 */
public final class LayerItem {
    private final LoadedFile file;
    private final ObjectProperty<Color> color;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);
    private final DoubleProperty opacity = new SimpleDoubleProperty(this, "opacity", 1.0);

    public LayerItem(LoadedFile file, Color color) {
        this.file = file;
        this.color = new SimpleObjectProperty<>(this, "color", color);
    }

    public LoadedFile file() {
        return file;
    }

    /** The colour it is drawn in (with alpha). */
    public Color color() {
        return color.get();
    }

    public Color getColor() {
        return color.get();
    }

    public void setColor(Color c) {
        color.set(c);
    }

    public ObjectProperty<Color> colorProperty() {
        return color;
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public boolean isVisible() {
        return visible.get();
    }

    public void setVisible(boolean v) {
        visible.set(v);
    }

    public DoubleProperty opacityProperty() {
        return opacity;
    }

    public double getOpacity() {
        return opacity.get();
    }

    public void setOpacity(double o) {
        opacity.set(Math.max(0, Math.min(1, o)));
    }

    /** File name shown in the list. */
    public String name() {
        return file.fileName();
    }

    /** Second line of the row: layer id and diagnostics. */
    public String detail() {
        long errors = file.count(Severity.ERROR);
        long warnings = file.count(Severity.WARNING);
        String d = errors + warnings == 0 ? "" : "  ·  " + errors + " err, " + warnings + " warn";
        return file.layer().id() + d;
    }

    @Override
    public String toString() {
        return name();
    }
}
