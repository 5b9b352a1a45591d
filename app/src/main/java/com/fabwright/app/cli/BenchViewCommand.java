package com.fabwright.app.cli;

import com.fabwright.app.bench.ViewBenchmark;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code fabwright bench-view JOB}: frame times of the board view while panning and zooming, offscreen. */
@Command(name = "bench-view", mixinStandardHelpOptions = true,
        description = "Measure the board view offscreen: time to the first picture after loading, then frame "
                + "times while panning and zooming at 60 frames/s (software drawing).")
public final class BenchViewCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "JOB", description = "Files, folders and archives of one job.")
    List<Path> job;

    @Option(names = "--size", defaultValue = "1280x800", paramLabel = "WxH", description = "Canvas size in pixels (default ${DEFAULT-VALUE}).")
    String size;

    @Option(names = "--threads", defaultValue = "2", description = "Tile worker threads (default ${DEFAULT-VALUE}, as the window).")
    int threads;

    @Override
    public Integer call() throws Exception {
        String[] wh = size.toLowerCase(java.util.Locale.ROOT).split("x");
        if (wh.length != 2) {
            throw new UsageException("--size must be WIDTHxHEIGHT, got " + size);
        }
        int w;
        int h;
        try {
            w = Integer.parseInt(wh[0].trim());
            h = Integer.parseInt(wh[1].trim());
        } catch (NumberFormatException e) {
            throw new UsageException("--size must be WIDTHxHEIGHT, got " + size);
        }
        if (w < 16 || h < 16 || w > 8192 || h > 8192) {
            throw new UsageException("--size must be between 16x16 and 8192x8192, got " + size);
        }
        ViewBenchmark.run(job, w, h, Math.max(1, threads), System.out);
        return ExitCodes.OK;
    }
}
