package com.fabwright.job;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.excellon.DrillFile;
import com.fabwright.gerber.GerberFile;
import com.fabwright.image.Image;
import com.fabwright.job.identify.LayerIdentity;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a loaded job: where it came from, what it is, which layer it is, and what it
 * contains: the parsed Gerber file, or for Excellon files the drill file read with the format the
 * copper pads of the job settle ({@link com.fabwright.excellon.ExcellonFormatResolver}).
 *
 * @param path        path relative to the input it came from ({@code /}-separated), as shown to users
 * @param file        where the bytes are on disk (inside the job's temporary folder for archive content)
 * @param source      the input the file came from, as given
 * @param kind        sniffed kind
 * @param layer       the layer identity for Gerber/Excellon files, else {@code null}
 * @param gerber      the parsed Gerber file, or {@code null} for other kinds
 * @param drill       the read Excellon file, or {@code null} for other kinds
 * @param diagnostics this file's diagnostics: reader findings plus identification warnings
 * @param bytes       file size on disk (0 when unknown)
 * @param readSeconds time the reader spent on this file (0 for files not read)
 */
public record JobFile(String path, Path file, String source, FileKind kind, LayerIdentity layer, GerberFile gerber,
                      DrillFile drill, List<Diagnostic> diagnostics, long bytes, double readSeconds) {
    public JobFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A file without drill content, size or timing (Gerber and other kinds). */
    public JobFile(String path, Path file, String source, FileKind kind, LayerIdentity layer, GerberFile gerber,
                   List<Diagnostic> diagnostics) {
        this(path, file, source, kind, layer, gerber, null, diagnostics, 0, 0);
    }

    /** Whether a reader reported errors on this file. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /**
     * The file's content as an image: the Gerber image, or the drill file's holes and slots as
     * flashes and draws ({@link DrillFile#toImage()}); {@code null} when nothing was read.
     */
    public Image image() {
        if (gerber != null) {
            return gerber.image();
        }
        return drill != null ? drill.toImage() : null;
    }

    /** The same file identified as another layer (a user's correction). */
    public JobFile withLayer(LayerIdentity newLayer) {
        return new JobFile(path, file, source, kind, newLayer, gerber, drill, diagnostics, bytes, readSeconds);
    }

    /** The file name without folders. */
    public String fileName() {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
