package com.fabwright.app.bench;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.input.InputLimits;
import com.fabwright.app.job.ArchiveLimits;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Loads each job on one thread (so the figures are per core) and prints, per job: bytes read,
 * parse speed in MB/s, objects per second, seconds spent in geometry, and peak heap.
 * Minimal first version; the benchmark owner may replace it.
 */
public final class Benchmark {
    private Benchmark() {
    }

    public static void run(List<Path> jobs, PrintStream out) {
        out.printf(Locale.ROOT, "%-40s %6s %10s %10s %12s %12s %10s %10s%n",
                "JOB", "FILES", "MB", "PARSE s", "PARSE MB/s", "OBJECTS/s", "GEOM s", "PEAK MB");
        for (Path job : jobs) {
            System.gc();
            resetPeaks();
            long t0 = System.nanoTime();
            try (Job loaded = new JobLoader(InputLimits.DEFAULTS, ArchiveLimits.DEFAULTS, 1)
                    .load(List.of(job), ProgressListener.NONE)) {
                double wall = (System.nanoTime() - t0) / 1e9;
                long bytes = 0;
                long objects = 0;
                double parse = 0;
                double geometry = 0;
                for (LoadedFile f : loaded.files()) {
                    if (f.image() == null) {
                        continue;
                    }
                    bytes += f.bytes();
                    objects += f.objects() == null ? 0 : f.objects();
                    parse += f.parseSeconds();
                    geometry += f.geometrySeconds();
                }
                double mb = bytes / 1e6;
                out.printf(Locale.ROOT, "%-40s %6d %10.2f %10.3f %12.2f %12.0f %10.3f %10.0f%n",
                        shorten(job.toString()), loaded.files().size(), mb, parse,
                        parse > 0 ? mb / parse : 0.0, parse > 0 ? objects / parse : 0.0,
                        geometry,
                        peakHeapBytes() / 1e6);
                out.printf(Locale.ROOT, "  wall %.3f s, %d objects%n", wall, objects);
            } catch (JobInputException e) {
                out.println(shorten(job.toString()) + "  cannot load: " + e.getMessage());
            }
        }
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peaks since the last reset: an upper bound of the real peak. */
    static long peakHeapBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : "..." + s.substring(s.length() - 37);
    }
}
