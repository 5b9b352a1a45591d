package com.fabwright.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 2, Acceptance: every Gerber file in {@code ../shared/corpus} ({@link GerberSniffer} says which)
 * loads -- read, then converted to geometry -- without an uncaught exception; and the files that must fail
 * give an error diagnostic naming the file and a line.
 *
 * <p>Files are loaded up front on all available cores (at most 4) and each parameterized case checks its
 * own result; the summary (files, bytes, objects, files with errors, time) is printed at the end and written
 * to {@code target/corpus-reports/corpus-load.tsv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CorpusLoadTest {
    private record Loaded(GerberFile file, long objects, double seconds, long bytes) {
    }

    private List<Path> files;
    private ExecutorService pool;
    private final Map<Path, Future<Loaded>> loads = new LinkedHashMap<>();
    private final CorpusReport report = new CorpusReport("corpus-load",
            "file\tbytes\tobjects\terrors\twarnings\tseconds\tfirst_error");
    private long startNanos;

    @BeforeAll
    void loadAllInParallel() {
        Path corpus = Corpus.require();
        startNanos = System.nanoTime();
        files = Corpus.gerberFiles(corpus).stream().filter(p -> Corpus.selected(Corpus.relative(p))).toList();
        int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corpus-load");
            t.setDaemon(true);
            return t;
        });
        for (Path p : files) {
            loads.put(p, pool.submit(() -> load(p)));
        }
    }

    private static Loaded load(Path p) throws IOException {
        long t0 = System.nanoTime();
        GerberFile f = new GerberReader().read(p);
        long objects = new ImageGeometry().toGeometry(f.image()).objectCount();
        return new Loaded(f, objects, (System.nanoTime() - t0) / 1e9, Files.size(p));
    }

    Stream<Path> gerberFiles() {
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gerberFiles")
    void loadsWithoutUncaughtException(Path file) throws InterruptedException {
        String rel = Corpus.relative(file);
        Loaded l;
        try {
            l = loads.get(file).get();
        } catch (ExecutionException e) {
            report.add(rel, "", "", "", "", "", "EXCEPTION " + e.getCause());
            throw new AssertionError(rel + ": uncaught exception while loading", e.getCause());
        }
        List<Diagnostic> errors = l.file().diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        long warnings = l.file().diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).count();
        report.add(rel, l.bytes(), l.objects(), errors.size(), warnings, String.format(Locale.ROOT, "%.3f",
                l.seconds()), errors.isEmpty() ? "" : errors.get(0).format());
        assertThat(l.file().name()).isEqualTo(file.getFileName().toString());
        for (Diagnostic d : l.file().diagnostics()) {
            assertThat(d.file()).as("diagnostic names its file: %s", d).isEqualTo(file.getFileName().toString());
        }
    }

    @AfterAll
    void summary() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (files == null) {
            return;
        }
        List<String[]> rows = report.rows();
        long bytes = 0;
        long objects = 0;
        long withErrors = 0;
        long exceptions = 0;
        for (String[] r : rows) {
            if (r[6].startsWith("EXCEPTION")) {
                exceptions++;
                continue;
            }
            bytes += Long.parseLong(r[1]);
            objects += Long.parseLong(r[2]);
            if (!r[3].equals("0")) {
                withErrors++;
            }
        }
        Path tsv = report.write();
        System.out.printf(Locale.ROOT, "%nCorpusLoadTest: %d Gerber files, %.1f MB, %d objects; %d files with error"
                        + " diagnostics, %d uncaught exceptions; %.1f s wall. Report: %s%n", rows.size(), bytes / 1e6,
                objects, withErrors, exceptions, (System.nanoTime() - startNanos) / 1e9, tsv);
        for (String[] r : rows) {
            if (!r[6].isEmpty()) {
                System.out.println("  " + r[6]);
            }
        }
    }

    // ---- files that must fail ----------------------------------------------------------------------

    @Test
    void syntaxErrorFileFromGerbonaraGivesErrorWithFileAndLine() {
        Path file = Corpus.require("gerbonara/resources/test_syntax_error.gbr");
        assertErrorWithPlace(new GerberReader().read(file), "test_syntax_error.gbr");
    }

    @Test
    void truncatedRealFileGivesErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path real = Corpus.require("kicad-demos-fab/StickHub/gerber/StickHub-F_Cu.gbr");
        byte[] all = Files.readAllBytes(real);
        // cut in the middle of a data block, in the middle of the file: no M02, an unterminated word
        int cut = all.length / 2;
        while (cut < all.length && all[cut] != 'Y') {
            cut++;
        }
        Path truncated = dir.resolve("StickHub-F_Cu-truncated.gbr");
        Files.write(truncated, java.util.Arrays.copyOf(all, cut + 3));
        GerberFile f = new GerberReader().read(truncated);
        Diagnostic e = assertErrorWithPlace(f, "StickHub-F_Cu-truncated.gbr");
        long lines = 1 + new String(all, 0, cut + 3, java.nio.charset.StandardCharsets.ISO_8859_1).chars()
                .filter(c -> c == '\n').count();
        assertThat(e.position().line()).as("error at or before the cut (line %d)", lines).isLessThanOrEqualTo(
                (int) lines);
    }

    @Test
    void fileCutRightAfterHeaderGivesErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path real = Corpus.require("kicad-demos-fab/StickHub/gerber/StickHub-Edge_Cuts.gbr");
        String text = Files.readString(real, java.nio.charset.StandardCharsets.ISO_8859_1);
        int cut = text.indexOf("%ADD");
        Path truncated = dir.resolve("edge-cut-in-aperture.gbr");
        Files.writeString(truncated, text.substring(0, cut + 6), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertErrorWithPlace(new GerberReader().read(truncated), "edge-cut-in-aperture.gbr");
    }

    @Test
    void binaryJunkGivesErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        byte[] junk = new byte[64 * 1024];
        new Random(20240601L).nextBytes(junk);
        Path file = dir.resolve("junk.gbr");
        Files.write(file, junk);
        assertErrorWithPlace(new GerberReader().read(file), "junk.gbr");
    }

    @Test
    void printableJunkWithoutGerberCommandsGivesErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Random r = new Random(7L);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append((char) (' ' + r.nextInt(95)));
            if (i % 80 == 79) {
                sb.append('\n');
            }
        }
        Path file = dir.resolve("noise.gbr");
        Files.writeString(file, sb.toString().replace("*", "").replace("%", ""));
        assertErrorWithPlace(new GerberReader().read(file), "noise.gbr");
    }

    private static Diagnostic assertErrorWithPlace(GerberFile f, String name) {
        List<Diagnostic> errors = f.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
        if (errors.isEmpty()) {
            fail(name + ": expected an error diagnostic, got " + f.diagnostics());
        }
        Diagnostic e = errors.get(0);
        assertThat(e.file()).as("error names the file: %s", e).isEqualTo(name);
        assertThat(e.position().line()).as("error names a line: %s", e).isGreaterThan(0);
        assertThat(e.format()).startsWith(name + ":" + e.position().line() + ":");
        System.out.println("must-fail " + name + " -> " + e.format());
        return e;
    }
}
