package com.fabwright.job;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.NcParameters;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.image.Point;
import com.fabwright.input.InputLimits;
import com.fabwright.job.archive.ArchiveLimits;
import com.fabwright.job.archive.JobInputs;
import com.fabwright.job.archive.JobInputs.InputFile;
import com.fabwright.job.identify.ContentHints;
import com.fabwright.job.identify.GerberJobFile;
import com.fabwright.job.identify.LayerIdentifier;
import com.fabwright.job.identify.LayerIdentifier.FileToIdentify;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.odb.OdbJobFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a job (DESIGN.md "The data path"): expands folders and archives safely
 * ({@link JobInputs}), sniffs each file's kind ({@link FileSniffer}), reads the {@code .gbrjob},
 * identifies every layer ({@link LayerIdentifier}), parses the Gerber files in parallel, one
 * task per file on the available cores, then reads the Excellon files, choosing the format of
 * those that do not state it by alignment with the pads of the outer copper layers
 * ({@link DrillReading}). An ODB++ product becomes one job file per matrix layer plus its profile
 * ({@link OdbJobFiles}). A file that cannot be read gets an error diagnostic and
 * the rest of the job loads. Pure Java, no network.
 */
public final class JobLoader {
    private final ArchiveLimits archiveLimits;
    private final InputLimits inputLimits;
    private final int threads;

    public JobLoader() {
        this(ArchiveLimits.DEFAULTS, InputLimits.DEFAULTS, Runtime.getRuntime().availableProcessors());
    }

    public JobLoader(ArchiveLimits archiveLimits, InputLimits inputLimits, int threads) {
        this.archiveLimits = archiveLimits;
        this.inputLimits = inputLimits;
        this.threads = Math.max(1, threads);
    }

    /** Loads the inputs as one job. Close the returned job to delete extracted files. */
    public Job load(List<Path> inputs) {
        JobInputs expanded = JobInputs.expand(inputs, archiveLimits);
        List<Diagnostic> jobDiagnostics = new ArrayList<>(expanded.diagnostics());
        List<InputFile> files = expanded.files();
        FileSniffer sniffer = new FileSniffer();
        List<FileKind> kinds = new ArrayList<>();
        List<ContentHints> hints = new ArrayList<>();
        Map<Integer, List<Diagnostic>> fileDiagnostics = new HashMap<>();
        List<GerberJobFile> jobFiles = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            FileKind kind = FileKind.OTHER;
            ContentHints h = ContentHints.NONE;
            if (f.odb()) {
                kind = FileKind.ODB;
            } else {
                try {
                    FileSniffer.Sniff sniff = sniffer.sniff(f.file());
                    kind = sniff.kind();
                    if (kind.isLayerData()) {
                        h = ContentHints.of(sniff.head());
                    }
                    if (kind == FileKind.GBRJOB) {
                        jobFiles.add(GerberJobFile.parse(f.path(), Files.readAllBytes(f.file())));
                    }
                } catch (IOException | RuntimeException e) {
                    fileDiagnostics.computeIfAbsent(i, k -> new ArrayList<>()).add(new Diagnostic(Severity.ERROR,
                            kind == FileKind.GBRJOB ? "JOB-E008" : "JOB-E007", f.path(), SourcePosition.UNKNOWN,
                            "cannot read " + (kind == FileKind.GBRJOB ? "job file" : "file") + ": " + e.getMessage(), ""));
                }
            }
            kinds.add(kind);
            hints.add(h);
        }
        List<FileToIdentify> toIdentify = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            toIdentify.add(new FileToIdentify(files.get(i).path(), kinds.get(i), hints.get(i)));
        }
        LayerIdentifier.Result identified = new LayerIdentifier().identify(toIdentify, jobFiles);
        for (Diagnostic d : identified.diagnostics()) {
            for (int i = 0; i < files.size(); i++) {
                if (files.get(i).path().equals(d.file())) {
                    fileDiagnostics.computeIfAbsent(i, k -> new ArrayList<>()).add(d);
                }
            }
        }
        Map<Integer, Read<GerberFile>> parsed = parseGerbers(files, kinds, fileDiagnostics);
        Map<String, LayerIdentity> layers = identified.layers();
        List<Point> pads = DrillReading.padCentres(files.size(), i -> parsed.get(i) == null ? null : parsed.get(i).value(),
                i -> kinds.get(i).isLayerData() ? layers.get(files.get(i).path()) : null);
        Map<Integer, Read<DrillFile>> drills = readDrills(files, kinds, pads, fileDiagnostics);
        List<JobFile> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            if (f.odb()) {
                out.addAll(OdbJobFiles.read(f.file(), f.path(), f.source(), inputLimits));
                continue;
            }
            LayerIdentity layer = kinds.get(i).isLayerData() ? layers.get(f.path()) : null;
            List<Diagnostic> diags = new ArrayList<>();
            Read<GerberFile> g = parsed.get(i);
            Read<DrillFile> d = drills.get(i);
            if (g != null) {
                diags.addAll(g.value().diagnostics());
            }
            if (d != null) {
                diags.addAll(d.value().diagnostics());
            }
            diags.addAll(fileDiagnostics.getOrDefault(i, List.of()));
            double seconds = (g != null ? g.seconds() : 0) + (d != null ? d.seconds() : 0);
            out.add(new JobFile(f.path(), f.file(), f.source(), kinds.get(i), layer, g == null ? null : g.value(),
                    d == null ? null : d.value(), diags, size(f.file()), seconds));
        }
        return new Job(out, jobFiles, identified.family(), jobDiagnostics, expanded);
    }

    /** A reader's result and the time it took. */
    private record Read<T>(T value, double seconds) {
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private Map<Integer, Read<GerberFile>> parseGerbers(List<InputFile> files, List<FileKind> kinds,
                                                        Map<Integer, List<Diagnostic>> fileDiagnostics) {
        GerberReader reader = new GerberReader(inputLimits);
        Map<Integer, Callable<GerberFile>> tasks = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (kinds.get(i) == FileKind.GERBER) {
                Path p = files.get(i).file();
                String path = files.get(i).path();
                tasks.put(i, () -> {
                    GerberFile g = reader.read(p);
                    return new GerberFile(path, g.image(), relabel(g.diagnostics(), path));
                });
            }
        }
        return runAll(tasks, files, fileDiagnostics, "Gerber");
    }

    /**
     * Reads the Excellon files once the copper is known: the resolver chooses, for files that do
     * not state their format, the reading whose holes land on {@code pads}; Allegro's
     * {@code nc_param.txt} found in the job (same folder first) gives the format it states.
     */
    private Map<Integer, Read<DrillFile>> readDrills(List<InputFile> files, List<FileKind> kinds, List<Point> pads,
                                                     Map<Integer, List<Diagnostic>> fileDiagnostics) {
        Map<String, NcParameters> nc = DrillReading.ncParameters(files.stream().map(InputFile::path).toList(),
                files.stream().map(InputFile::file).toList());
        Map<Integer, Callable<DrillFile>> tasks = new LinkedHashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (kinds.get(i) == FileKind.EXCELLON) {
                InputFile f = files.get(i);
                NcParameters params = DrillReading.ncFor(f.path(), nc);
                tasks.put(i, () -> DrillReading.read(f.file(), f.path(), pads, params, inputLimits));
            }
        }
        return runAll(tasks, files, fileDiagnostics, "Excellon");
    }

    private <T> Map<Integer, Read<T>> runAll(Map<Integer, Callable<T>> tasks, List<InputFile> files,
                                             Map<Integer, List<Diagnostic>> fileDiagnostics, String readerName) {
        Map<Integer, Read<T>> done = new HashMap<>();
        if (tasks.isEmpty()) {
            return done;
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemon = r -> {
            Thread t = new Thread(r, "fabwright-" + readerName.toLowerCase(java.util.Locale.ROOT) + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, tasks.size()), daemon);
        try {
            Map<Integer, Future<Read<T>>> futures = new LinkedHashMap<>();
            for (Map.Entry<Integer, Callable<T>> e : tasks.entrySet()) {
                Callable<T> task = e.getValue();
                futures.put(e.getKey(), pool.submit(() -> {
                    long t0 = System.nanoTime();
                    T value = task.call();
                    return new Read<>(value, (System.nanoTime() - t0) / 1e9);
                }));
            }
            for (Map.Entry<Integer, Future<Read<T>>> e : futures.entrySet()) {
                int i = e.getKey();
                try {
                    done.put(i, e.getValue().get());
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return done;
                } catch (Exception | StackOverflowError ex) {
                    Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                    fileDiagnostics.computeIfAbsent(i, k -> new ArrayList<>()).add(new Diagnostic(Severity.ERROR,
                            "JOB-E007", files.get(i).path(), SourcePosition.UNKNOWN,
                            readerName + " reader failed on this file (" + cause + "); the rest of the job is loaded", ""));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return done;
    }

    /** Diagnostics name the file by its job path, not its base name. */
    static List<Diagnostic> relabel(List<Diagnostic> diagnostics, String path) {
        return diagnostics.stream().map(d -> new Diagnostic(d.severity(), d.code(), path, d.position(), d.message(),
                d.excerpt())).toList();
    }
}
