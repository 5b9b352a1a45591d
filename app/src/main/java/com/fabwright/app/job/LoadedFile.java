package com.fabwright.app.job;

import com.fabwright.app.engine.LayerShapes;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Image;
import com.fabwright.job.FileKind;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One file of a job as the application shows it: the loaded {@link JobFile} (kind, identity,
 * reader output, diagnostics) plus its geometry.
 *
 * @param source          the file as gerber-parser loaded it
 * @param image           the Gerber image or the drill file's holes as an image; {@code null} when nothing was read
 * @param shapes          the image as geometry, or {@code null} (no image, or the geometry failed: see the diagnostics)
 * @param diagnostics     the file's diagnostics plus geometry failures
 * @param geometrySeconds time spent turning the image into geometry
 */
public record LoadedFile(JobFile source, Image image, LayerShapes shapes, List<Diagnostic> diagnostics,
                         double geometrySeconds) {
    public LoadedFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** A loaded file with its reader's diagnostics only. */
    public static LoadedFile of(JobFile source, Image image, LayerShapes shapes, List<Diagnostic> extra, double seconds) {
        List<Diagnostic> all = new ArrayList<>(source.diagnostics());
        all.addAll(extra);
        return new LoadedFile(source, image, shapes, all, seconds);
    }

    /** The same file identified as another layer (the geometry does not change). */
    public LoadedFile withLayer(LayerIdentity layer) {
        return new LoadedFile(source.withLayer(layer), image, shapes, diagnostics, geometrySeconds);
    }

    /** The file as the user knows it: its path inside the job. */
    public String displayPath() {
        return source.path();
    }

    /** Where it is on disk. */
    public Path file() {
        return source.file();
    }

    public FileKind kind() {
        return source.kind();
    }

    public long bytes() {
        return source.bytes();
    }

    public double parseSeconds() {
        return source.readSeconds();
    }

    /** The identification; files that are not layers (BOM, CPL, job file...) get id {@code none}. */
    public LayerIdentity layer() {
        if (source.layer() != null) {
            return source.layer();
        }
        return LayerIdentity.of("none", LayerFunction.OTHER, Side.NONE, null, 1.0,
                "content sniffed as " + source.kind().label() + ": not a layer");
    }

    /** Whether the file is a layer (Gerber or Excellon) rather than a BOM, CPL, report... */
    public boolean isLayer() {
        return source.layer() != null;
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
        return source.fileName();
    }
}
