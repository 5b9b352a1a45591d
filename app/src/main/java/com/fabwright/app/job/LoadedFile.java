package com.fabwright.app.job;

import com.fabwright.app.engine.LayerShapes;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Image;
import java.nio.file.Path;
import java.util.List;

/**
 * One file of a job after reading: what it is, what was read, and what was found on the way.
 *
 * @param displayPath     the file as the user knows it
 * @param file            where it is on disk
 * @param kind            what its content says it is
 * @param bytes           file size
 * @param layer           identification (function, side...), {@code other} with confidence 0 when unknown
 * @param image           the image read, or null when the file is not Gerber or could not be read
 * @param shapes          the image as geometry, or null when there is none (not Gerber, unreadable,
 *                        or the geometry failed: see the diagnostics)
 * @param diagnostics     everything reported, with {@code displayPath} as their file
 * @param parseSeconds    time spent reading
 * @param geometrySeconds time spent turning the image into geometry
 */
public record LoadedFile(String displayPath, Path file, FileKind kind, long bytes, LayerIdentity layer,
                         Image image, LayerShapes shapes, List<Diagnostic> diagnostics,
                         double parseSeconds, double geometrySeconds) {
    public LoadedFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Graphical objects after expansion, or null when nothing was read. */
    public Long objects() {
        if (shapes != null) {
            return shapes.objectCount();
        }
        return image == null ? null : (long) image.objects().size();
    }

    public long count(Severity severity) {
        return diagnostics.stream().filter(d -> d.severity() == severity).count();
    }

    /** The file name without folders, for matching {@code --layer}. */
    public String fileName() {
        int slash = Math.max(displayPath.lastIndexOf('/'), displayPath.lastIndexOf('\\'));
        return displayPath.substring(slash + 1);
    }
}
