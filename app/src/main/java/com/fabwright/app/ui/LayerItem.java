package com.fabwright.app.ui;

import com.fabwright.app.job.LoadedFile;
import java.awt.Color;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One row of the layer list: a Gerber file of the job, its colour and whether it is shown. */
public final class LayerItem {
    private final LoadedFile file;
    private final Color color;
    private final BooleanProperty visible = new SimpleBooleanProperty(this, "visible", true);

    public LayerItem(LoadedFile file, Color color) {
        this.file = file;
        this.color = color;
    }

    public LoadedFile file() {
        return file;
    }

    /** The colour it is drawn in (with alpha). */
    public Color color() {
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

    /** File name shown in the list. */
    public String name() {
        return file.fileName();
    }

    /** Second line of the row: layer id and diagnostics. */
    public String detail() {
        long errors = file.count(com.fabwright.diagnostics.Severity.ERROR);
        long warnings = file.count(com.fabwright.diagnostics.Severity.WARNING);
        String d = errors + warnings == 0 ? "" : "  ·  " + errors + " err, " + warnings + " warn";
        return file.layer().id() + d;
    }

    @Override
    public String toString() {
        return name();
    }
}
