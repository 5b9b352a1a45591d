package com.fabwright.app.bench;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.gerber.lex.GerberLexer;
import com.fabwright.image.Image;
import com.fabwright.job.FileKind;
import com.fabwright.job.FileSniffer;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The {@code fabwright bench} figures (issue 2, Acceptance; DESIGN.md: speed and memory are measured by
 * a command that prints figures, not asserted in tests). For each job -- a folder (searched recursively)
 * or a single file -- it takes the Gerber files (by content, {@link FileSniffer}) and prints:
 *
 * <ul>
 *   <li><b>bytes</b> of Gerber read;</li>
 *   <li><b>tokenizing MB/s</b>: {@link GerberLexer#tokenize} alone over the files already in memory, on
 *       one thread (the per-core speed of the hot loop), best of three passes;</li>
 *   <li><b>read objects/s</b>: {@link GerberReader} (lexer, parser, interpreter) over the files in
 *       memory, files in parallel on all cores, wall time;</li>
 *   <li><b>geometry seconds</b>: {@link ImageGeometry} on the images, files in parallel, wall time;</li>
 *   <li><b>load seconds</b>: read + geometry from disk, files in parallel -- what loading the job costs;</li>
 *   <li><b>peak heap</b>: the sum of the heap pools' peak usage during the job (an upper bound of the real
 *       peak: pools peak at different moments), plus the collector count and time;</li>
 *   <li><b>gerbv</b>, when {@code gerbv} is on the PATH: the same files rendered to PNG with
 *       {@code gerbv -x png -D 1000 -B 0 -a} (timed with {@link System#nanoTime}), as many processes in
 *       parallel as we use threads, so that "loading faster than gerbv renders" compares like with like;
 *       the single-process sum is printed too. {@code -Dfabwright.bench.gerbv=false} skips it.</li>
 * </ul>
 *
 * <p>Every job is first loaded once untimed so that the JIT has compiled the hot paths; the figures are
 * those of a warm JVM. Threads: {@code -Dfabwright.bench.threads=N} (default: available processors).
 */
public final class Benchmark {
    private Benchmark() {
    }

    /**
     * Measures each job and prints a block of figures per job to {@code out}.
     *
     * @return 0 when every job was measured, 3 when a job could not be read (CLI.md exit code)
     */
    public static int run(List<Path> jobs, PrintStream out) {
        int threads = Integer.getInteger("fabwright.bench.threads", Runtime.getRuntime().availableProcessors());
        boolean withGerbv = !"false".equals(System.getProperty("fabwright.bench.gerbv"));
        Optional<Path> gerbv = withGerbv ? findGerbv() : Optional.empty();
        out.printf(Locale.ROOT, "fabwright bench: %d thread(s), Java %s, max heap %d MB, gerbv %s%n", threads,
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20,
                gerbv.map(Path::toString).orElse(withGerbv ? "not found" : "skipped"));
        out.printf(Locale.ROOT, "%-44s %5s %9s %10s %11s %11s %8s %8s %8s %9s %9s%n", "JOB", "FILES", "MB",
                "TOKEN MB/s", "PARSE MB/s", "OBJECTS/s", "GEOM s", "LOAD s", "PEAK MB", "GERBV s", "GERBV 1p");
        int status = 0;
        for (Path job : jobs) {
            try {
                Figures f = measure(job, threads, gerbv);
                out.printf(Locale.ROOT, "%-44s %5d %9.2f %10.1f %11.2f %11.0f %8.2f %8.2f %8.0f %9s %9s%n",
                        shorten(job.toString(), 44), f.files, f.bytes / 1e6, f.tokenMbPerSecond(),
                        f.parseMbPerSecond(), f.objectsPerSecond(), f.geometrySeconds, f.loadSeconds,
                        f.peakHeapBytes / 1e6, f.gerbvSeconds < 0 ? "-" : String.format(Locale.ROOT, "%.2f",
                                f.gerbvSeconds), f.gerbvSequentialSeconds < 0 ? "-"
                                : String.format(Locale.ROOT, "%.2f", f.gerbvSequentialSeconds));
                out.printf(Locale.ROOT, "  %d objects; read %.2f s wall (%.2f s summed over files), tokenize %.3f s"
                                + " on 1 thread; GC %d runs %.2f s; load is %s%n", f.objects, f.readSeconds,
                        f.readCpuSeconds, f.tokenSeconds, f.gcCount, f.gcSeconds / 1e3,
                        f.gerbvSeconds < 0 ? "not compared (no gerbv)" : String.format(Locale.ROOT,
                                "%.1fx %s than gerbv's render", Math.max(f.gerbvSeconds, f.loadSeconds)
                                        / Math.max(1e-9, Math.min(f.gerbvSeconds, f.loadSeconds)),
                                f.loadSeconds <= f.gerbvSeconds ? "faster" : "slower"));
                for (String failure : f.failures) {
                    out.println("  FAILED " + failure);
                }
            } catch (IOException | RuntimeException e) {
                out.println(shorten(job.toString(), 44) + "  cannot load: " + e.getMessage());
                status = 3;
            }
        }
        return status;
    }

    private static final class Figures {
        int files;
        long bytes;
        long objects;
        double tokenSeconds;
        double readSeconds;
        double readCpuSeconds;
        double geometrySeconds;
        double loadSeconds;
        long peakHeapBytes;
        long gcCount;
        long gcSeconds;
        double gerbvSeconds = -1;
        double gerbvSequentialSeconds = -1;
        final List<String> failures = new ArrayList<>();

        double tokenMbPerSecond() {
            return tokenSeconds > 0 ? bytes / 1e6 / tokenSeconds : 0;
        }

        double parseMbPerSecond() {
            return readSeconds > 0 ? bytes / 1e6 / readSeconds : 0;
        }

        double objectsPerSecond() {
            return readSeconds > 0 ? objects / readSeconds : 0;
        }
    }

    private static Figures measure(Path job, int threads, Optional<Path> gerbv) throws IOException {
        if (!Files.exists(job)) {
            throw new IOException("no such file or folder: " + job);
        }
        List<Path> files = gerberFiles(job);
        if (files.isEmpty()) {
            throw new IOException("no Gerber files in " + job);
        }
        List<byte[]> contents = new ArrayList<>();
        for (Path p : files) {
            contents.add(Files.readAllBytes(p));
        }
        Figures f = new Figures();
        f.files = files.size();
        for (byte[] c : contents) {
            f.bytes += c.length;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "fabwright-bench");
            t.setDaemon(true);
            return t;
        });
        try {
            // warm-up: one untimed load so the JIT has compiled lexer, parser, interpreter and geometry
            load(files, pool);

            System.gc();
            resetPeaks();
            long gcCount0 = gcCount();
            long gcTime0 = gcMillis();

            double best = Double.MAX_VALUE;
            for (int pass = 0; pass < 3; pass++) {
                long t0 = System.nanoTime();
                for (int i = 0; i < files.size(); i++) {
                    GerberLexer.tokenize(contents.get(i), new DiagnosticSink(files.get(i).getFileName().toString()));
                }
                best = Math.min(best, (System.nanoTime() - t0) / 1e9);
            }
            f.tokenSeconds = best;

            List<Callable<Object[]>> reads = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path p = files.get(i);
                byte[] c = contents.get(i);
                reads.add(() -> {
                    long t = System.nanoTime();
                    GerberFile g = new GerberReader().read(p.getFileName().toString(), c, p.toAbsolutePath()
                            .getParent());
                    return new Object[] {g.image(), (System.nanoTime() - t) / 1e9};
                });
            }
            long t1 = System.nanoTime();
            List<Object[]> read = invokeAll(pool, reads);
            f.readSeconds = (System.nanoTime() - t1) / 1e9;
            List<Image> images = new ArrayList<>();
            for (Object[] r : read) {
                Image img = (Image) r[0];
                images.add(img);
                f.objects += img.objects().size();
                f.readCpuSeconds += (Double) r[1];
            }

            List<Callable<Object[]>> geoms = new ArrayList<>();
            for (int i = 0; i < images.size(); i++) {
                Image img = images.get(i);
                String name = files.get(i).getFileName().toString();
                geoms.add(() -> {
                    try {
                        return new Object[] {new ImageGeometry().toGeometry(img).objectCount()};
                    } catch (RuntimeException e) {
                        synchronized (f.failures) {
                            f.failures.add(name + ": geometry failed: " + e);
                        }
                        return new Object[] {0L};
                    }
                });
            }
            long t2 = System.nanoTime();
            invokeAll(pool, geoms);
            f.geometrySeconds = (System.nanoTime() - t2) / 1e9;
            images.clear();
            read.clear();

            long t3 = System.nanoTime();
            load(files, pool);
            f.loadSeconds = (System.nanoTime() - t3) / 1e9;

            f.peakHeapBytes = peakHeapBytes();
            f.gcCount = gcCount() - gcCount0;
            f.gcSeconds = gcMillis() - gcTime0;

            if (gerbv.isPresent()) {
                f.gerbvSequentialSeconds = 0;
                List<Callable<Object[]>> renders = new ArrayList<>();
                for (Path p : files) {
                    renders.add(() -> new Object[] {renderWithGerbv(gerbv.get(), p)});
                }
                long t4 = System.nanoTime();
                for (Object[] r : invokeAll(pool, renders)) {
                    f.gerbvSequentialSeconds += (Double) r[0];
                }
                f.gerbvSeconds = (System.nanoTime() - t4) / 1e9;
            }
        } finally {
            pool.shutdownNow();
        }
        return f;
    }

    /** Reads from disk and converts every file, files in parallel: a job load. */
    private static void load(List<Path> files, ExecutorService pool) {
        List<Callable<Object[]>> tasks = new ArrayList<>();
        for (Path p : files) {
            tasks.add(() -> {
                try {
                    return new Object[] {new ImageGeometry().toGeometry(new GerberReader().read(p).image())};
                } catch (RuntimeException e) {
                    return new Object[] {e}; // reported by the geometry phase
                }
            });
        }
        invokeAll(pool, tasks);
    }

    private static List<Object[]> invokeAll(ExecutorService pool, List<Callable<Object[]>> tasks) {
        try {
            List<Object[]> out = new ArrayList<>();
            for (Future<Object[]> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("failed: " + e.getCause(), e.getCause());
        }
    }

    /** Wall seconds of one {@code gerbv -x png -D 1000} render of {@code file}. */
    private static double renderWithGerbv(Path gerbv, Path file) throws IOException, InterruptedException {
        Path png = Files.createTempFile("fabwright-bench-", ".png");
        try {
            ProcessBuilder pb = new ProcessBuilder(gerbv.toString(), "-x", "png", "-D", "1000", "-B", "0", "-a",
                    "-b", "#000000", "-f", "#ffffffff", "-o", png.toString(), file.toAbsolutePath().toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            long t0 = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(600, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            return (System.nanoTime() - t0) / 1e9;
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static List<Path> gerberFiles(Path job) throws IOException {
        if (Files.isRegularFile(job)) {
            return List.of(job);
        }
        List<Path> out = new ArrayList<>();
        FileSniffer sniffer = new FileSniffer();
        try (Stream<Path> s = Files.walk(job)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                if (sniffer.sniff(p).kind() == FileKind.GERBER) {
                    out.add(p);
                }
            }
        }
        return out;
    }

    private static Optional<Path> findGerbv() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, "gerbv");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
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

    private static long gcCount() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionCount());
        }
        return n;
    }

    private static long gcMillis() {
        long n = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            n += Math.max(0, gc.getCollectionTime());
        }
        return n;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : "..." + s.substring(s.length() - max + 3);
    }
}
