package com.fabwright.image;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gerber X2/X3 attributes attached to a file ({@code TF}), an aperture ({@code TA}) or an object
 * ({@code TO}): name (with its leading dot for standard ones, {@code .N}, {@code .AperFunction},
 * {@code .C}, {@code .CRot}...) to field values. Immutable; readers share one instance between
 * consecutive objects whose attributes did not change, so attributes cost nothing per object.
 */
public final class Attributes {
    public static final Attributes EMPTY = new Attributes(Map.of());

    private final Map<String, List<String>> values;

    private Attributes(Map<String, List<String>> values) {
        this.values = values;
    }

    public static Attributes of(Map<String, List<String>> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return new Attributes(Collections.unmodifiableMap(copy));
    }

    /** All fields of the attribute, or an empty list when absent. */
    public List<String> get(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The first field of the attribute, or {@code null} when absent or empty. */
    public String first(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? null : v.get(0);
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public Map<String, List<String>> asMap() {
        return values;
    }

    /** This set merged with {@code other}; other's values win on the same name. */
    public Attributes with(Attributes other) {
        if (other.values.isEmpty()) {
            return this;
        }
        if (values.isEmpty()) {
            return other;
        }
        Map<String, List<String>> merged = new LinkedHashMap<>(values);
        merged.putAll(other.values);
        return new Attributes(Collections.unmodifiableMap(merged));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attributes a && a.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
