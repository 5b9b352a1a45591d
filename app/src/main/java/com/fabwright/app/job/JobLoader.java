package com.fabwright.app.job;

import com.fabwright.app.engine.GeometryBridge;
import com.fabwright.app.engine.LayerShapes;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Image;
import com.fabwright.input.InputLimits;
import com.fabwright.job.JobFile;
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
 * Loads a job for the command line and the window: {@code com.fabwright.job.JobLoader} expands the
 * inputs safely, sniffs, identifies and reads every file (Gerber and Excellon); this class then
 * turns every layer into geometry, several at once, and builds the board. A file that fails never
 * takes the others down: its failure is an error diagnostic. Only inputs that cannot be used at
 * all (missing, an archive that yields nothing) raise {@link JobInputException}.
 */
public final class JobLoader {
    private static final Logger LOG = LoggerFactory.getLogger(JobLoader.class);

    private final InputLimits inputLimits;
    private final com.fabwright.job.archive.ArchiveLimits archiveLimits;
    private final int threads;

    public JobLoader() {
        this(InputLimits.DEFAULTS, com.fabwright.job.archive.ArchiveLimits.DEFAULTS, Runtime.getRuntime().availableProcessors());
    }

    public JobLoader(InputLimits inputLimits, ArchiveLimits archiveLimits, int threads) {
        this(inputLimits, archiveLimits.toCore(), threads);
    }

    public JobLoader(InputLimits inputLimits, com.fabwright.job.archive.ArchiveLimits archiveLimits, int threads) {
        this.inputLimits = inputLimits;
        this.archiveLimits = archiveLimits;
        this.threads = Math.max(1, threads);
    }

    /**
     * Loads the job given as arguments.
     *
     * @throws JobInputException when an argument cannot be used at all (missing, an archive that yields nothing, nothing to read)
     */
    public Job load(List<Path> args, ProgressListener progress) throws JobInputException {
        if (args.isEmpty()) {
            return Job.empty();
        }
        for (Path arg : args) {
            if (!Files.exists(arg)) {
                throw new JobInputException(arg, "no such file or folder");
            }
        }
        com.fabwright.job.Job core = new com.fabwright.job.JobLoader(archiveLimits, inputLimits, threads).load(args);
        try {
            refuseUnusable(args, core);
            List<LoadedFile> files = withGeometry(core.files(), progress);
            return Job.of(jobName(args), core, files);
        } catch (JobInputException | RuntimeException e) {
            core.close();
            throw e;
        }
    }

    /** An input that gave no file and an error (a damaged or refused archive) makes the job unusable. */
    private static void refuseUnusable(List<Path> args, com.fabwright.job.Job core) throws JobInputException {
        for (Path arg : args) {
            String source = arg.toString();
            boolean gaveFiles = core.files().stream().anyMatch(f -> f.source().equals(source));
            if (gaveFiles) {
                continue;
            }
            for (Diagnostic d : core.diagnostics()) {
                if (d.severity() == Severity.ERROR && (d.file().equals(source) || d.file().equals(fileName(arg)))) {
                    throw new JobInputException(arg, d.code() + " " + d.message());
                }
            }
            throw new JobInputException(arg, Files.isDirectory(arg) ? "holds no files" : "holds no readable files");
        }
    }

    private List<LoadedFile> withGeometry(List<JobFile> files, ProgressListener progress) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, files.size())), r -> {
            Thread t = new Thread(r, "fabwright-geometry");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<LoadedFile>> futures = new ArrayList<>();
            for (JobFile f : files) {
                futures.add(pool.submit(() -> {
                    LoadedFile loaded = geometry(f);
                    progress.fileDone(done.incrementAndGet(), files.size(), f.path());
                    return loaded;
                }));
            }
            List<LoadedFile> out = new ArrayList<>();
            for (Future<LoadedFile> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("loading interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("loading failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The file's geometry; a failure becomes an error diagnostic. */
    static LoadedFile geometry(JobFile f) {
        Image image = f.image();
        if (image == null) {
            return LoadedFile.of(f, null, null, List.of(), 0);
        }
        long t0 = System.nanoTime();
        try {
            LayerShapes shapes = GeometryBridge.toShapes(image);
            return LoadedFile.of(f, image, shapes, List.of(), (System.nanoTime() - t0) / 1e9);
        } catch (RuntimeException | StackOverflowError e) {
            LOG.debug("geometry failed on {}", f.path(), e);
            Diagnostic d = new Diagnostic(Severity.ERROR, "APP-E002", f.path(), SourcePosition.UNKNOWN, "geometry failed: " + e, "");
            return LoadedFile.of(f, image, null, List.of(d), (System.nanoTime() - t0) / 1e9);
        }
    }

    private static String fileName(Path p) {
        return p.getFileName() == null ? p.toString() : p.getFileName().toString();
    }

    static String jobName(List<Path> args) {
        Path first = args.get(0).toAbsolutePath().normalize();
        String name = first.getFileName() == null ? first.toString() : first.getFileName().toString();
        return args.size() == 1 ? name : name + " +" + (args.size() - 1);
    }
}
