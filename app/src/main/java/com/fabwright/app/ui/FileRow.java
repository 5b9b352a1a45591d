package com.fabwright.app.ui;

import com.fabwright.app.job.LoadedFile;
import com.fabwright.diagnostics.Severity;
import java.util.Locale;

/**
 * One row of the file table: a file of the job with its kind, identified layer, confidence,
 * evidence and diagnostics. Rows are rebuilt when an identification changes.
 */
public final class FileRow {
    private final LoadedFile file;

    public FileRow(LoadedFile file) {
        this.file = file;
    }

    public LoadedFile file() {
        return file;
    }

    /** Path inside the job. */
    public String getPath() {
        return file.displayPath();
    }

    public String getKind() {
        return file.kind().label();
    }

    /** Layer id; a {@code ?} marks an ambiguous identification. */
    public String getLayer() {
        return file.layer().id();
    }

    /** Whether the user may change the layer (Gerber and drill files, not BOMs or reports). */
    public boolean isEditable() {
        return file.isLayer();
    }

    public String getConfidence() {
        return String.format(Locale.ROOT, "%.2f", file.layer().confidence());
    }

    public String getEvidence() {
        String e = file.layer().evidence();
        return file.layer().ambiguous() ? e + " — candidates " + file.layer().candidates() : e;
    }

    public String getDiagnostics() {
        long errors = file.count(Severity.ERROR);
        long warnings = file.count(Severity.WARNING);
        return errors + warnings == 0 ? "" : errors + " err, " + warnings + " warn";
    }

    @Override
    public String toString() {
        return getPath() + " = " + getLayer();
    }
}
