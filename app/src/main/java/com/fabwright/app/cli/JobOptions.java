package com.fabwright.app.cli;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.diagnostics.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The JOB parameters shared by commands, and loading them with diagnostics printed to stderr. */
final class JobOptions {
    @Parameters(arity = "1..*", paramLabel = "JOB",
            description = "Files, folders (searched recursively) and .zip archives, merged into one job.")
    List<Path> paths;

    Job load(PrintWriter err) throws JobInputException {
        Job job = new JobLoader().load(paths, ProgressListener.NONE);
        for (Diagnostic d : job.diagnostics()) {
            err.println(d.format());
        }
        return job;
    }
}
