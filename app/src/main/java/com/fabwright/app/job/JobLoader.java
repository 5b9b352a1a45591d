package com.fabwright.app.job;

import com.fabwright.app.engine.GeometryBridge;
import com.fabwright.app.engine.LayerShapes;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.image.Image;
import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads a job: expands the arguments ({@link JobInputs}), then sniffs, reads, identifies and turns
 * into geometry every file, several at once (one worker per core, at most {@code threads}). A file
 * that fails never takes the others down: its failure becomes an error diagnostic.
 */
public final class JobLoader {
    private static final Logger LOG = LoggerFactory.getLogger(JobLoader.class);

    private final InputLimits inputLimits;
    private final ArchiveLimits archiveLimits;
    private final int threads;

    public JobLoader() {
        this(InputLimits.DEFAULTS, ArchiveLimits.DEFAULTS, Runtime.getRuntime().availableProcessors());
    }

    public JobLoader(InputLimits inputLimits, ArchiveLimits archiveLimits, int threads) {
        this.inputLimits = inputLimits;
        this.archiveLimits = archiveLimits;
        this.threads = Math.max(1, threads);
    }

    /**
     * Loads the job given as arguments.
     *
     * @throws JobInputException when an argument cannot be used at all (missing, corrupt archive...)
     */
    public Job load(List<Path> args, ProgressListener progress) throws JobInputException {
        if (args.isEmpty()) {
            return Job.empty();
        }
        JobInputs inputs = new JobInputs(archiveLimits);
        try {
            for (Path arg : args) {
                inputs.add(arg);
            }
        } catch (JobInputException e) {
            new Job("", List.of(), inputs.tempDirs()).close();
            throw e;
        }
        List<JobEntry> entries = inputs.entries();
        List<LoadedFile> files = readAll(entries, progress);
        return new Job(jobName(args), files, inputs.tempDirs());
    }

    private List<LoadedFile> readAll(List<JobEntry> entries, ProgressListener progress) {
        int poolSize = Math.min(threads, Math.max(1, entries.size()));
        ExecutorService pool = Executors.newFixedThreadPool(poolSize, r -> {
            Thread t = new Thread(r, "fabwright-load");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<LoadedFile>> futures = new ArrayList<>();
            for (JobEntry entry : entries) {
                futures.add(pool.submit(() -> {
                    LoadedFile f = readOne(entry);
                    progress.fileDone(done.incrementAndGet(), entries.size(), entry.displayPath());
                    return f;
                }));
            }
            List<LoadedFile> files = new ArrayList<>();
            for (Future<LoadedFile> f : futures) {
                files.add(f.get());
            }
            return files;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Reads one file; never throws for bad content. */
    public LoadedFile readOne(JobEntry entry) {
        String display = entry.displayPath();
        List<Diagnostic> diagnostics = new ArrayList<>();
        long bytes;
        FileKind kind;
        try {
            bytes = Files.size(entry.file());
            kind = ContentSniffer.sniff(entry.file());
        } catch (IOException e) {
            diagnostics.add(appError("APP-E003", display, "cannot read file: " + e.getMessage()));
            return new LoadedFile(display, entry.file(), FileKind.OTHER, 0, LayerIdentity.unknown("unreadable"),
                    null, null, diagnostics, 0, 0);
        }
        if (kind != FileKind.GERBER) {
            return new LoadedFile(display, entry.file(), kind, bytes,
                    LayerIdentity.unknown("content is not Gerber; other formats are identified in a later version"),
                    null, null, diagnostics, 0, 0);
        }
        long t0 = System.nanoTime();
        Image image = null;
        try {
            GerberFile read = new GerberReader(inputLimits).read(entry.file());
            image = read.image();
            read.diagnostics().forEach(d -> diagnostics.add(restamp(d, display)));
        } catch (RuntimeException e) {
            LOG.debug("reader failed on {}", display, e);
            diagnostics.add(appError("APP-E001", display, "Gerber reader failed: " + e));
        }
        double parseSeconds = (System.nanoTime() - t0) / 1e9;
        LayerIdentity layer = image == null
                ? LayerIdentity.unknown("not read")
                : FileFunctionMapper.identify(image.fileAttributes());
        LayerShapes shapes = null;
        long t1 = System.nanoTime();
        if (image != null) {
            try {
                shapes = GeometryBridge.toShapes(image);
            } catch (RuntimeException e) {
                LOG.debug("geometry failed on {}", display, e);
                diagnostics.add(appError("APP-E002", display, "geometry failed: " + e));
            }
        }
        double geometrySeconds = (System.nanoTime() - t1) / 1e9;
        return new LoadedFile(display, entry.file(), kind, bytes, layer, image, shapes, diagnostics,
                parseSeconds, geometrySeconds);
    }

    private static Diagnostic restamp(Diagnostic d, String display) {
        return new Diagnostic(d.severity(), d.code(), display, d.position(), d.message(), d.excerpt());
    }

    private static Diagnostic appError(String code, String display, String message) {
        return new Diagnostic(Severity.ERROR, code, display, SourcePosition.UNKNOWN, message, "");
    }

    static String jobName(List<Path> args) {
        Path first = args.get(0).toAbsolutePath().normalize();
        String name = first.getFileName() == null ? first.toString() : first.getFileName().toString();
        return args.size() == 1 ? name : name + " +" + (args.size() - 1);
    }
}
