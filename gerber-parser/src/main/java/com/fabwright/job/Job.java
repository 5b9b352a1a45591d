package com.fabwright.job;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.job.archive.JobInputs;
import com.fabwright.job.identify.GerberJobFile;
import java.util.List;
import java.util.Optional;

/**
 * A customer data package as loaded: every file with its kind, layer and content, the job files
 * ({@code .gbrjob}) found, the naming family that explained the job, and job-level diagnostics
 * (archive refusals, limits, ambiguities). Closing it deletes files extracted from archives, so
 * keep it open while {@link JobFile#file()} paths are still needed (the Excellon reader reads them).
 *
 * @param files       the files, in input order then path order
 * @param jobFiles    parsed Gerber job files
 * @param family      the CAD naming family chosen for the job, or {@code null} when none matched
 * @param diagnostics job-level diagnostics
 */
public record Job(List<JobFile> files, List<GerberJobFile> jobFiles, String family, List<Diagnostic> diagnostics,
                  JobInputs inputs) implements AutoCloseable {

    public Job {
        files = List.copyOf(files);
        jobFiles = List.copyOf(jobFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The file with this path or canonical layer id, if exactly one matches (CLI.md {@code LAYER}). */
    public Optional<JobFile> find(String pathOrLayerId) {
        List<JobFile> byPath = files.stream().filter(f -> f.path().equals(pathOrLayerId)).toList();
        if (byPath.size() == 1) {
            return Optional.of(byPath.get(0));
        }
        List<JobFile> byId = files.stream().filter(f -> f.layer() != null && f.layer().id().equals(pathOrLayerId)).toList();
        return byId.size() == 1 ? Optional.of(byId.get(0)) : Optional.empty();
    }

    /** Files of one kind. */
    public List<JobFile> ofKind(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }

    @Override
    public void close() {
        if (inputs != null) {
            inputs.close();
        }
    }
}
