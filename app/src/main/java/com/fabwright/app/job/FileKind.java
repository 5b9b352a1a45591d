package com.fabwright.app.job;

import java.util.Locale;

/**
 * What a file of a job is, by its content. Only Gerber is read so far; Excellon, BOM, CPL and the
 * rest arrive with later issues and are reported as {@link #OTHER} until then.
 */
public enum FileKind {
    GERBER, OTHER;

    /** The name used in JSON and tables ({@code "gerber"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
