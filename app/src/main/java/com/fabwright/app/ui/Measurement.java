package com.fabwright.app.ui;

import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The measuring tool: while active, a first click sets point A, the pointer drags a rubber band,
 * a second click sets B and the distance is shown in millimetres and mils with its dx and dy; a
 * third click starts a new measurement. Points are board millimetres, so zooming, panning and
 * turning the board over keep the measurement where it was measured.
 */
public final class Measurement {
    /** Mils per millimetre. */
    static final double MIL_PER_MM = 1000 / 25.4;

    /** A board point in millimetres. */
    public record Point(double x, double y) {
    }

    private final BooleanProperty active = new SimpleBooleanProperty(this, "active", false);
    private final ObjectProperty<Point> a = new SimpleObjectProperty<>(this, "a");
    private final ObjectProperty<Point> b = new SimpleObjectProperty<>(this, "b");
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private boolean done;

    public Measurement() {
        active.addListener((o, was, on) -> {
            if (on) {
                clear();
                text.set("Measure: click the first point");
            } else {
                clear();
            }
        });
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public boolean isActive() {
        return active.get();
    }

    public void setActive(boolean on) {
        active.set(on);
    }

    /** A click at a board point. */
    public void click(double x, double y) {
        if (a.get() == null || done) {
            a.set(new Point(x, y));
            b.set(null);
            done = false;
            text.set("Measure: click the second point");
        } else {
            b.set(new Point(x, y));
            done = true;
            text.set(describe(a.get(), b.get()));
        }
    }

    /** The pointer is at a board point: between the clicks, B follows it. */
    public void hover(double x, double y) {
        if (isActive() && a.get() != null && !done) {
            b.set(new Point(x, y));
            text.set(describe(a.get(), b.get()));
        }
    }

    public void clear() {
        a.set(null);
        b.set(null);
        done = false;
        text.set("");
    }

    /** The measured distance in mm, or NaN when not both points are set. */
    public double distanceMm() {
        return a.get() == null || b.get() == null ? Double.NaN : Math.hypot(b.get().x - a.get().x, b.get().y - a.get().y);
    }

    public ReadOnlyObjectProperty<Point> aProperty() {
        return a;
    }

    public ReadOnlyObjectProperty<Point> bProperty() {
        return b;
    }

    public ReadOnlyStringProperty textProperty() {
        return text;
    }

    /** {@code d 12.700 mm (500.0 mil)  dx ... dy ...}. */
    static String describe(Point p, Point q) {
        double dx = q.x - p.x;
        double dy = q.y - p.y;
        double d = Math.hypot(dx, dy);
        return String.format(Locale.ROOT, "d %.3f mm (%.1f mil)   dx %.3f mm (%.1f mil)   dy %.3f mm (%.1f mil)",
                d, d * MIL_PER_MM, dx, dx * MIL_PER_MM, dy, dy * MIL_PER_MM);
    }

    /** A cursor position in mm and mil. */
    static String position(double x, double y) {
        return String.format(Locale.ROOT, "X %.3f  Y %.3f mm  |  X %.1f  Y %.1f mil", x, y, x * MIL_PER_MM, y * MIL_PER_MM);
    }
}
