package com.fabwright.quote;

/**
 * One quote input with its origin (issue 6: "the quote shows which were measured and which were
 * entered"). A {@code null} value means unknown; the cost model then leaves the option out and says so.
 *
 * @param value  the value, or {@code null}
 * @param origin measured, entered or default
 * @param note   evidence or why ({@code outline Edge_Cuts.gbr}, {@code --layers})
 */
public record Input<T>(T value, Origin origin, String note) {

    public static <T> Input<T> measured(T value, String note) {
        return new Input<>(value, Origin.MEASURED, note);
    }

    public static <T> Input<T> entered(T value) {
        return new Input<>(value, Origin.ENTERED, "entered");
    }

    public static <T> Input<T> defaulted(T value, String note) {
        return new Input<>(value, Origin.DEFAULT, note);
    }

    public static <T> Input<T> unknown() {
        return new Input<>(null, Origin.DEFAULT, "unknown");
    }

    /** Whether a value is present. */
    public boolean known() {
        return value != null;
    }

    /** The value, or the fallback when unknown. */
    public T or(T fallback) {
        return value == null ? fallback : value;
    }

    /** This input replaced by an entered value when {@code override} is not null. */
    public Input<T> override(T override) {
        return override == null ? this : entered(override);
    }
}
