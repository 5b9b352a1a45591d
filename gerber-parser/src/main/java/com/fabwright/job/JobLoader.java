package com.fabwright.job;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.input.InputLimits;
import com.fabwright.job.archive.ArchiveLimits;
import com.fabwright.job.archive.JobInputs;
import com.fabwright.job.archive.JobInputs.InputFile;
import com.fabwright.job.identify.ContentHints;
import com.fabwright.job.identify.GerberJobFile;
import com.fabwright.job.identify.LayerIdentifier;
import com.fabwright.job.identify.LayerIdentifier.FileToIdentify;
import com.fabwright.job.identify.LayerIdentity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Loads a job (DESIGN.md "The data path"): expands folders and archives safely
 * ({@link JobInputs}), sniffs each file's kind ({@link FileSniffer}), reads the {@code .gbrjob},
 * identifies every layer ({@link LayerIdentifier}) and parses the Gerber files in parallel, one
 * task per file on the available cores. A file that cannot be read gets an error diagnostic and
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
        Map<Integer, GerberFile> parsed = parseGerbers(files, kinds, fileDiagnostics);
        List<JobFile> out = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            InputFile f = files.get(i);
            LayerIdentity layer = kinds.get(i).isLayerData() ? identified.layers().get(f.path()) : null;
            List<Diagnostic> diags = new ArrayList<>();
            GerberFile g = parsed.get(i);
            if (g != null) {
                diags.addAll(g.diagnostics());
            }
            diags.addAll(fileDiagnostics.getOrDefault(i, List.of()));
            out.add(new JobFile(f.path(), f.file(), f.source(), kinds.get(i), layer, g, diags));
        }
        return new Job(out, jobFiles, identified.family(), jobDiagnostics, expanded);
    }

    private Map<Integer, GerberFile> parseGerbers(List<InputFile> files, List<FileKind> kinds,
                                                  Map<Integer, List<Diagnostic>> fileDiagnostics) {
        Map<Integer, GerberFile> parsed = new HashMap<>();
        AtomicInteger n = new AtomicInteger();
        ThreadFactory daemon = r -> {
            Thread t = new Thread(r, "fabwright-gerber-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon);
        try {
            Map<Integer, Future<GerberFile>> futures = new HashMap<>();
            GerberReader reader = new GerberReader(inputLimits);
            for (int i = 0; i < files.size(); i++) {
                if (kinds.get(i) == FileKind.GERBER) {
                    Path p = files.get(i).file();
                    futures.put(i, pool.submit(() -> reader.read(p)));
                }
            }
            for (Map.Entry<Integer, Future<GerberFile>> e : futures.entrySet()) {
                int i = e.getKey();
                try {
                    GerberFile g = e.getValue().get();
                    parsed.put(i, new GerberFile(files.get(i).path(), g.image(), relabel(g.diagnostics(), files.get(i).path())));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return parsed;
                } catch (Exception | StackOverflowError ex) {
                    Throwable cause = ex.getCause() != null ? ex.getCause() : ex;
                    fileDiagnostics.computeIfAbsent(i, k -> new ArrayList<>()).add(new Diagnostic(Severity.ERROR,
                            "JOB-E007", files.get(i).path(), SourcePosition.UNKNOWN,
                            "Gerber reader failed on this file (" + cause + "); the rest of the job is loaded", ""));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return parsed;
    }

    /** Diagnostics name the file by its job path, not its base name. */
    private static List<Diagnostic> relabel(List<Diagnostic> diagnostics, String path) {
        return diagnostics.stream().map(d -> new Diagnostic(d.severity(), d.code(), path, d.position(), d.message(),
                d.excerpt())).toList();
    }
}
