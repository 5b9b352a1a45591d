package com.fabwright.dfm;

/**
 * How serious a finding is. {@code ERROR}: the fab (or the assembly line) cannot build it as drawn;
 * {@code WARNING}: buildable, but inside a warning band of the profile, or at extra cost or risk;
 * {@code INFO}: worth knowing, no action needed. Ordered from the most to the least serious.
 */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in JSON, CSV and compiler-style output ({@code "error"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Whether this severity is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
