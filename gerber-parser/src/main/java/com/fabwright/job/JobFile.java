package com.fabwright.job;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.gerber.GerberFile;
import com.fabwright.job.identify.LayerIdentity;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a loaded job: where it came from, what it is, which layer it is, and (for Gerber
 * files) what it contains. Excellon files are identified but not parsed here: {@code file} keeps
 * the raw path for the Excellon reader (branch {@code excellon}) to read when it is merged.
 *
 * @param path        path relative to the input it came from ({@code /}-separated), as shown to users
 * @param file        where the bytes are on disk (inside the job's temporary folder for archive content)
 * @param source      the input the file came from, as given
 * @param kind        sniffed kind
 * @param layer       the layer identity for Gerber/Excellon files, else {@code null}
 * @param gerber      the parsed Gerber file, or {@code null} for other kinds
 * @param diagnostics this file's diagnostics: parser findings plus identification warnings
 */
public record JobFile(String path, Path file, String source, FileKind kind, LayerIdentity layer, GerberFile gerber,
                      List<Diagnostic> diagnostics) {
    public JobFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether a Gerber parse of this file reported errors. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == com.fabwright.diagnostics.Severity.ERROR);
    }
}
