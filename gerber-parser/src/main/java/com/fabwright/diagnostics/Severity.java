package com.fabwright.diagnostics;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
    /** Informational: something worth knowing that changes nothing. */
    INFO,
    /** An assumption was made or a tolerance applied; the result is still usable. */
    WARNING,
    /** Part of the input could not be understood; the result is incomplete or absent. */
    ERROR;

    /** Lower-case name as printed by compilers and written in JSON ({@code "warning"}). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
