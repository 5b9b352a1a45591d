package com.fabwright.app.cli;

import com.fabwright.app.bench.Benchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code fabwright bench JOB...}: speed and memory figures per job (each argument is one job). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure reading and geometry speed and peak heap; each argument is a separate job.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "JOB", description = "Jobs to measure, one after another.")
    List<Path> jobs;

    @Override
    public Integer call() throws Exception {
        Benchmark.run(jobs, System.out);
        return ExitCodes.OK;
    }
}
