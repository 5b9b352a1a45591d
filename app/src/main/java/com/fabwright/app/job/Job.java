package com.fabwright.app.job;

import com.fabwright.board.Board;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerIdentity;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * A loaded job as the application shows it: every file with its geometry, the board understood
 * from them, and the job-level diagnostics (archive refusals, ambiguities). Closing it deletes the
 * files extracted from archives.
 *
 * @param name   a short name for titles ({@code demo-board}, {@code board.zip})
 * @param source the job as gerber-parser loaded it ({@code null} for the empty job)
 * @param files  every file, in the loader's order
 * @param board  the board the files describe
 */
public record Job(String name, com.fabwright.job.Job source, List<LoadedFile> files, Board board)
        implements AutoCloseable {
    public Job {
        files = List.copyOf(files);
    }

    /** An empty job, as the window shows before anything is opened. */
    public static Job empty() {
        return of("no job", null, List.of());
    }

    /** A job of these files, with the board built from them. */
    public static Job of(String name, com.fabwright.job.Job source, List<LoadedFile> files) {
        List<JobFile> sources = files.stream().map(LoadedFile::source).toList();
        return new Job(name, source, files, Board.of(sources, source == null ? List.of() : source.jobFiles()));
    }

    /**
     * The same job with one file identified as another layer (a user's correction): the board is
     * rebuilt (stack-up, outline, drills); geometry is kept. Unknown paths change nothing.
     */
    public Job withLayer(String path, LayerIdentity layer) {
        List<LoadedFile> changed = new ArrayList<>();
        for (LoadedFile f : files) {
            changed.add(f.displayPath().equals(path) ? f.withLayer(layer) : f);
        }
        return of(name, source, changed);
    }

    /** Job-level diagnostics, every file's, then the board's. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(jobDiagnostics());
        files.forEach(f -> all.addAll(f.diagnostics()));
        all.addAll(board.diagnostics());
        return all;
    }

    /** Diagnostics about the job as a whole (archives, inputs, identification ambiguities). */
    public List<Diagnostic> jobDiagnostics() {
        return source == null ? List.of() : source.diagnostics();
    }

    /** The board's extent for views: the outline's outer edge, else every layer's geometry; a null envelope when none. */
    public Envelope extent() {
        Envelope outline = board.outline().outerEdge();
        if (!outline.isNull()) {
            return outline;
        }
        Envelope all = new Envelope();
        for (LoadedFile f : files) {
            if (f.shapes() != null && f.shapes().boundsMm() != null) {
                all.expandToInclude(f.shapes().boundsMm());
            }
        }
        return all;
    }

    @Override
    public void close() {
        if (source != null) {
            source.close();
        }
    }
}
