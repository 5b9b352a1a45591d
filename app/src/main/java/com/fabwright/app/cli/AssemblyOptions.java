package com.fabwright.app.cli;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --bom FILE} and {@code --cpl FILE} (CLI.md: for {@code info}, {@code dfm} and {@code quote}
 * when those files are not inside the JOB), as a picocli mixin, and reading the job's assembly data
 * with them. Reader warnings and errors go to stderr compiler style.
 */
public final class AssemblyOptions {
    @Option(names = "--bom", paramLabel = "FILE", description = "A BOM (CSV/TSV/XLSX/XLS) not inside the JOB; repeatable.")
    List<Path> boms = new ArrayList<>();

    @Option(names = "--cpl", paramLabel = "FILE",
            description = "A placement / pick-and-place file not inside the JOB; repeatable.")
    List<Path> cpls = new ArrayList<>();

    /** The assembly data of a loaded job with the extra files. */
    AssemblyData read(Job job, PrintWriter err) throws JobInputException {
        return job.source() == null ? JobAssembly.assemble(List.of(), List.of(), List.of(),
                com.fabwright.assembly.PadIndex.empty()) : read(job.source(), err);
    }

    /** The assembly data of a loaded core job with the extra files (panel). */
    AssemblyData read(com.fabwright.job.Job job, PrintWriter err) throws JobInputException {
        for (Path p : concat()) {
            if (!Files.isRegularFile(p)) {
                throw new JobInputException(p, "no such file");
            }
        }
        AssemblyData data = JobAssembly.of(job, boms, cpls);
        for (Diagnostic d : data.diagnostics()) {
            if (d.severity() != Severity.INFO) {
                err.println(d.format());
            }
        }
        return data;
    }

    private List<Path> concat() {
        List<Path> all = new ArrayList<>(boms);
        all.addAll(cpls);
        return all;
    }
}
