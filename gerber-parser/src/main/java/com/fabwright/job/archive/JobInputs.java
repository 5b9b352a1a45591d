package com.fabwright.job.archive;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the user gave (folders, archives, single files, in any mix: CLI.md "A JOB is...")
 * into one flat list of files on disk, archives extracted into a private temporary folder with
 * {@link ArchiveExtractor}. Archives inside the job are opened down to
 * {@link ArchiveLimits#maxNestingDepth()} levels; deeper ones stay files ({@code JOB-W001}). A
 * folder holding {@code matrix/matrix} and {@code steps/} is an ODB++ product model and is kept
 * whole as one entry. Links inside folders are not followed. Close it to delete the extracted files.
 */
public final class JobInputs implements AutoCloseable {

    /**
     * One file (or ODB++ folder) of the job.
     *
     * @param file   where it is on disk (possibly inside the temporary folder)
     * @param path   its path relative to the input it came from, {@code /}-separated; files from an
     *               archive found inside the job are prefixed with that archive's path
     * @param source the input as the user gave it
     * @param odb    whether this is an ODB++ folder rather than a file
     */
    public record InputFile(Path file, String path, String source, boolean odb) {
    }

    private static final Set<String> IGNORED = Set.of("__MACOSX", ".DS_Store", "Thumbs.db", ".git");

    private final Path workDir;
    private final List<InputFile> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final ExtractionBudget budget;
    private final ArchiveExtractor extractor = new ArchiveExtractor();
    private int archiveCount;

    private JobInputs(Path workDir, ArchiveLimits limits) {
        this.workDir = workDir;
        this.budget = new ExtractionBudget(limits);
    }

    /** Expands the inputs; problems become diagnostics, never exceptions. */
    public static JobInputs expand(List<Path> inputs, ArchiveLimits limits) {
        Path work;
        try {
            work = Files.createTempDirectory("fabwright-job-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary folder for the job", e);
        }
        JobInputs job = new JobInputs(work, limits);
        for (Path input : inputs) {
            job.addInput(input);
        }
        return job;
    }

    public List<InputFile> files() {
        return List.copyOf(files);
    }

    public List<Diagnostic> diagnostics() {
        return List.copyOf(diagnostics);
    }

    /** Bytes extracted from archives for this job. */
    public long extractedBytes() {
        return budget.bytes();
    }

    private void addInput(Path input) {
        String source = input.toString();
        DiagnosticSink sink = new DiagnosticSink(source);
        if (!Files.exists(input)) {
            sink.error("JOB-E001", SourcePosition.UNKNOWN, "input not found: " + source);
        } else if (Files.isDirectory(input)) {
            walk(input, "", source, 0, sink);
        } else {
            String name = input.getFileName().toString();
            ArchiveFormat format = formatOf(input, sink);
            if (format == ArchiveFormat.NONE) {
                files.add(new InputFile(input, name, source, false));
            } else {
                openArchive(input, name, format, "", source, 0, true);
            }
        }
        diagnostics.addAll(sink.diagnostics());
    }

    /**
     * Extracts one archive and walks what came out.
     *
     * @param prefix   path prefix of the archive's content
     * @param depth    archive levels already opened above this one
     * @param topLevel whether the archive is itself a job input (then its content is not prefixed)
     */
    private void openArchive(Path archive, String displayPath, ArchiveFormat format, String prefix, String source,
                             int depth, boolean topLevel) {
        DiagnosticSink sink = new DiagnosticSink(displayPath);
        Path target = workDir.resolve("a" + (++archiveCount));
        try {
            Files.createDirectories(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        extractor.extract(archive, displayPath, format, target, budget, sink);
        diagnostics.addAll(sink.diagnostics());
        String contentPrefix = format == ArchiveFormat.GZ || topLevel ? prefix : prefix + displayName(displayPath) + "/";
        DiagnosticSink walkSink = new DiagnosticSink(displayPath);
        walk(target, contentPrefix, source, depth + 1, walkSink);
        diagnostics.addAll(walkSink.diagnostics());
    }

    private static String displayName(String displayPath) {
        int slash = displayPath.lastIndexOf('/');
        return slash >= 0 ? displayPath.substring(slash + 1) : displayPath;
    }

    private void walk(Path dir, String prefix, String source, int depth, DiagnosticSink sink) {
        if (isOdbRoot(dir)) {
            String path = prefix.isEmpty() ? dir.getFileName().toString() : prefix.substring(0, prefix.length() - 1);
            files.add(new InputFile(dir, path, source, true));
            return;
        }
        List<Path> children;
        try (Stream<Path> s = Files.list(dir)) {
            children = s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            sink.error("JOB-E001", SourcePosition.UNKNOWN, "cannot list folder " + prefix + ": " + e.getMessage());
            return;
        }
        for (Path child : children) {
            String name = child.getFileName().toString();
            if (IGNORED.contains(name)) {
                continue;
            }
            String path = prefix + name;
            if (Files.isSymbolicLink(child)) {
                sink.warning("JOB-W003", SourcePosition.UNKNOWN, path + " is a link; links are not followed");
            } else if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
                walk(child, path + "/", source, depth, sink);
            } else if (Files.isRegularFile(child, LinkOption.NOFOLLOW_LINKS)) {
                ArchiveFormat format = formatOf(child, sink);
                if (format == ArchiveFormat.NONE) {
                    files.add(new InputFile(child, path, source, false));
                } else if (depth > budget.limits().maxNestingDepth()) {
                    sink.warning("JOB-W001", SourcePosition.UNKNOWN, "archive " + path + " is nested more than "
                            + budget.limits().maxNestingDepth() + " level(s) deep; kept as a file, not extracted");
                    files.add(new InputFile(child, path, source, false));
                } else {
                    openArchive(child, path, format, prefix, source, depth, false);
                }
            }
        }
    }

    private static ArchiveFormat formatOf(Path file, DiagnosticSink sink) {
        try {
            return ArchiveFormat.of(file);
        } catch (IOException e) {
            sink.error("JOB-E001", SourcePosition.UNKNOWN, "cannot read " + file.getFileName() + ": " + e.getMessage());
            return ArchiveFormat.NONE;
        }
    }

    /** An ODB++ product model: {@code matrix/matrix} and a {@code steps} folder (ODB++ v8 §3). */
    static boolean isOdbRoot(Path dir) {
        return Files.isRegularFile(dir.resolve("matrix").resolve("matrix")) && Files.isDirectory(dir.resolve("steps"));
    }

    /** Deletes the extracted files. */
    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(workDir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: the OS cleans temporary folders
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }

    /** The temporary folder holding extracted files. */
    public Path workDir() {
        return workDir;
    }
}
