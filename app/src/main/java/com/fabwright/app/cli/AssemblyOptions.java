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
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --bom FILE} and {@code --cpl FILE} (CLI.md: for {@code info}, {@code dfm} and {@code quote}
 * when those files are not inside the JOB), as a picocli mixin, and reading the job's assembly data
 * with them. Reader warnings and errors go to stderr compiler style. {@code --map FIELD=COLUMN}
 * corrects the column mapping; with the command's {@code --customer} a BOM correction is remembered
 * for that customer and header and applied to the next such BOM ({@code --forget-mapping} removes it).
 */
public final class AssemblyOptions {
    @Option(names = "--bom", paramLabel = "FILE", description = "A BOM (CSV/TSV/XLSX/XLS) not inside the JOB; repeatable.")
    List<Path> boms = new ArrayList<>();

    @Option(names = "--cpl", paramLabel = "FILE",
            description = "A placement / pick-and-place file not inside the JOB; repeatable.")
    List<Path> cpls = new ArrayList<>();

    @Option(names = "--map", paramLabel = "FIELD=COLUMN", converter = ColumnMapEntry.Converter.class,
            description = "Correct the BOM/CPL column mapping: COLUMN is a header name as written or a 1-based column"
                    + " number (empty: unmap). FIELD: designator, qty, mpn, manufacturer, value, footprint, description, dnp,"
                    + " fitted, item (BOM); x, y, rotation, side, mirror, mount (CPL); prefix cpl. for a CPL designator,"
                    + " footprint or value. With --customer, remembered for that customer's BOMs with the same header; repeatable.")
    List<ColumnMapEntry> maps = new ArrayList<>();

    @Option(names = "--forget-mapping",
            description = "Remove the column mapping remembered for --customer and this BOM's header (needs --customer).")
    boolean forgetMapping;

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    private Map<String, MappingOrigin> mappingOrigins = Map.of();

    /** The assembly data of a loaded job ({@code null}: no job, the extra files alone) with the extra files. */
    AssemblyData read(Job job, PrintWriter err) throws JobInputException {
        return read(job == null ? null : job.source(), err);
    }

    /** The assembly data of a loaded core job ({@code null}: the extra files alone) with the extra files (panel). */
    AssemblyData read(com.fabwright.job.Job job, PrintWriter err) throws JobInputException {
        for (Path p : concat()) {
            if (!Files.isRegularFile(p)) {
                throw new JobInputException(p, "no such file");
            }
        }
        String customer = customer();
        if (forgetMapping && customer == null) {
            throw new ParameterException(mixee.commandLine(), "--forget-mapping needs --customer NAME");
        }
        RememberedMappings readers = new RememberedMappings(maps, customer, forgetMapping,
                () -> com.fabwright.store.ColumnMappingStore.inHome(com.fabwright.store.Database.home()), err);
        AssemblyData data;
        try {
            data = JobAssembly.of(job, boms, cpls, readers);
        } finally {
            readers.close();
        }
        mappingOrigins = readers.origins();
        for (Diagnostic d : data.diagnostics()) {
            if (d.severity() != Severity.INFO) {
                err.println(d.format());
            }
        }
        return data;
    }

    /** After {@link #read}: BOM source to where its column corrections came from. */
    Map<String, MappingOrigin> mappingOrigins() {
        return mappingOrigins;
    }

    /** The value of the command's {@code --customer} option, when it has one and it was given. */
    String customer() {
        OptionSpec o = mixee == null ? null : mixee.findOption("--customer");
        Object v = o == null ? null : o.getValue();
        return v == null || v.toString().isBlank() ? null : v.toString().strip();
    }

    /** Whether a BOM or CPL file was given. */
    boolean given() {
        return !boms.isEmpty() || !cpls.isEmpty();
    }

    private List<Path> concat() {
        List<Path> all = new ArrayList<>(boms);
        all.addAll(cpls);
        return all;
    }
}
