package com.fabwright.app.cli;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmProgress;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.DfmRunner;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.metrics.BoardMetrics;
import com.fabwright.dfm.profile.DfmProfile;
import com.fabwright.dfm.profile.ProfileException;
import com.fabwright.dfm.profile.ProfileLoader;
import com.fabwright.dfm.report.CsvReport;
import com.fabwright.dfm.report.DfmReport;
import com.fabwright.dfm.report.HtmlReport;
import com.fabwright.dfm.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright dfm JOB [--profile NAME|FILE] [--bom FILE] [--cpl FILE] [--json FILE] [--html FILE]
 * [--csv FILE] [--fail-on error|warning|never]} (CLI.md): runs the profile's DFM rules on the job
 * and its placements, adds the BOM/CPL cross-check findings, prints a summary and the findings,
 * writes the reports, and exits 1 when a finding is at or above {@code --fail-on}.
 */
@Command(name = "dfm", mixinStandardHelpOptions = true,
        description = "Check a job against a fab capability profile; write JSON, CSV and HTML reports.")
public final class DfmCommand implements Callable<Integer> {
    /** When to exit 1. */
    enum FailOn { ERROR, WARNING, NEVER }

    private static final int LISTED = 40;

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Mixin
    AssemblyOptions assembly;

    @Option(names = "--profile", paramLabel = "NAME|FILE", defaultValue = "generic-class2",
            description = "Shipped profile (generic-class2, generic-class3, proto-standard, proto-advanced) or a profile "
                    + "JSON file (default: ${DEFAULT-VALUE}).")
    String profile;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the JSON report (CLI.md dfm --json); - for stdout.")
    Path json;

    @Option(names = "--html", paramLabel = "FILE", description = "Write the self-contained HTML report.")
    Path html;

    @Option(names = "--csv", paramLabel = "FILE", description = "Write the findings as CSV.")
    Path csv;

    @Option(names = "--fail-on", paramLabel = "error|warning|never", defaultValue = "error",
            description = "Exit 1 when a finding is at least this serious (default: ${DEFAULT-VALUE}).")
    FailOn failOn;

    @Option(names = "--copper-weight", paramLabel = "OZ", defaultValue = "1",
            description = "Finished copper weight in oz/ft2; profiles pick width and gap limits by it (default: ${DEFAULT-VALUE}).")
    double copperOz;

    @Option(names = "--threads", paramLabel = "N", description = "Rule threads (default: all cores).")
    Integer threads;

    @Option(names = "--bench", description = "Print DFM seconds (load, rules, metrics) and peak heap to stdout.")
    boolean bench;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        DfmProfile p;
        try {
            p = ProfileLoader.load(profile);
        } catch (ProfileException e) {
            throw new UsageException(e.getMessage());
        }
        if (!(copperOz > 0 && copperOz <= 20)) {
            throw new UsageException("--copper-weight must be in (0, 20] oz, got " + copperOz);
        }
        long t0 = System.nanoTime();
        try (Job loaded = job.load(spec.commandLine().getErr())) {
            long t1 = System.nanoTime();
            DfmAssembly parts = DfmAssembly.of(loaded, assembly.read(loaded, spec.commandLine().getErr()));
            DfmInput input = new DfmInput(loaded.source(), loaded.board(), parts.placements(), copperOz, null);
            DfmRunner runner = threads != null ? new DfmRunner(threads) : new DfmRunner();
            DfmResult result = parts.merge(runner.run(p, input, DfmProgress.NONE));
            long t2 = System.nanoTime();
            BoardMetrics metrics = BoardMetrics.of(input);
            long t3 = System.nanoTime();
            DfmReport report = new DfmReport(loaded.name(), p, result, metrics, DfmReport.hashes(loaded.source()));
            boolean jsonToStdout = json != null && json.toString().equals("-");
            if (!jsonToStdout) {
                print(report, out);
            }
            if (json != null) {
                if (jsonToStdout) {
                    out.println(JsonReport.toJson(report));
                } else {
                    try (OutputStream o = Files.newOutputStream(prepare(json))) {
                        JsonReport.write(report, o);
                    }
                }
            }
            if (csv != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(prepare(csv), StandardCharsets.UTF_8))) {
                    CsvReport.write(result.violations(), w);
                }
            }
            if (html != null) {
                try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(prepare(html), StandardCharsets.UTF_8))) {
                    HtmlReport.write(report, input, w);
                }
            }
            if (bench) {
                out.printf(Locale.ROOT, "bench: load %.2f s, rules %.2f s (%d rules, %d threads), metrics %.2f s, "
                                + "total %.2f s, peak heap %d MB%n", (t1 - t0) / 1e9, (t2 - t1) / 1e9, result.rulesRun().size(),
                        threads != null ? threads : Runtime.getRuntime().availableProcessors(), (t3 - t2) / 1e9,
                        (System.nanoTime() - t0) / 1e9, peakHeapMb());
                new TreeMap<>(result.ruleSeconds()).forEach((id, sec) -> out.printf(Locale.ROOT, "bench:   %-28s %7.2f s%n", id, sec));
            }
            out.flush();
            return switch (failOn) {
                case NEVER -> ExitCodes.OK;
                case ERROR -> result.anyAtLeast(Severity.ERROR) ? ExitCodes.VIOLATIONS : ExitCodes.OK;
                case WARNING -> result.anyAtLeast(Severity.WARNING) ? ExitCodes.VIOLATIONS : ExitCodes.OK;
            };
        }
    }

    private static void print(DfmReport r, PrintWriter out) {
        DfmResult res = r.result();
        out.printf(Locale.ROOT, "%s: profile %s %s, %d rules, %.2f s; nets: %s (%s)%n", r.title(), r.profile().name(),
                r.profile().version(), res.rulesRun().size(), res.seconds(), res.netSource().label(), res.netEvidence());
        Map<String, long[]> byRule = new TreeMap<>();
        for (Violation v : res.violations()) {
            long[] c = byRule.computeIfAbsent(v.rule(), k -> new long[3]);
            c[v.severity().ordinal()]++;
        }
        byRule.forEach((rule, c) -> out.printf(Locale.ROOT, "  %-28s %6d errors %6d warnings%s%n", rule, c[0], c[1],
                c[2] > 0 ? String.format(Locale.ROOT, " %6d info", c[2]) : ""));
        int n = 0;
        for (Violation v : res.violations()) {
            if (n++ >= LISTED) {
                out.printf(Locale.ROOT, "  ... %d more (see --json/--csv/--html)%n", res.violations().size() - LISTED);
                break;
            }
            out.printf(Locale.ROOT, "%s %s %s (%.4f, %.4f): %s%n", v.severity().label(), v.rule(),
                    String.join(",", v.layers()), v.xMm(), v.yMm(), v.message());
        }
        for (String u : res.unknownRules()) {
            out.println("note: profile rule " + u + " is not implemented; skipped");
        }
        for (String f : res.failures()) {
            out.println("warning: rule failed: " + f);
        }
        out.printf(Locale.ROOT, "%d errors, %d warnings%n", res.count(Severity.ERROR), res.count(Severity.WARNING));
    }

    private static Path prepare(Path file) throws JobInputException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return file;
        } catch (IOException e) {
            throw new JobInputException(file, "cannot create the folder: " + e.getMessage(), e);
        }
    }

    /** Peak heap in MB: the sum of the heap pools' peak usage. */
    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum / (1024 * 1024);
    }
}
