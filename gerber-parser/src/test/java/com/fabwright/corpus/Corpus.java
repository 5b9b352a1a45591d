package com.fabwright.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Locates the shared test corpus ({@code ../shared/corpus/}, see its {@code MANIFEST.md}): real design
 * data from other tools that the acceptance tests read. Tests that need it call {@link #require()}, which
 * skips the test with a message when the folder is absent (for example on a fresh clone without the
 * corpus), instead of failing.
 *
 * <p>Lookup order: the system property {@code fabwright.corpus} (the parent pom's surefire configuration
 * sets it to {@code ${maven.multiModuleProjectDirectory}/../shared/corpus}), then {@code ../shared/corpus}
 * relative to the project root, searched upward from the working directory (a module folder or the
 * project root).
 */
public final class Corpus {
    /** System property naming the corpus folder. */
    public static final String PROPERTY = "fabwright.corpus";

    private static volatile Optional<Path> cached;

    private Corpus() {
    }

    /** The corpus folder, if present. */
    public static Optional<Path> dir() {
        Optional<Path> c = cached;
        if (c == null) {
            c = locate();
            cached = c;
        }
        return c;
    }

    private static Optional<Path> locate() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop).toAbsolutePath().normalize();
            if (isCorpus(p)) {
                return Optional.of(p);
            }
        }
        Path d = Path.of("").toAbsolutePath();
        for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
            Path p = d.resolve("../shared/corpus").normalize();
            if (isCorpus(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static boolean isCorpus(Path p) {
        return Files.isDirectory(p) && Files.isRegularFile(p.resolve("MANIFEST.md"));
    }

    /** The corpus folder; skips the calling test (JUnit assumption) with a clear message when it is absent. */
    public static Path require() {
        Optional<Path> d = dir();
        Assumptions.assumeTrue(d.isPresent(), () -> "test corpus not found: set -D" + PROPERTY
                + "=<folder> or place it at ../shared/corpus relative to the project root (see DESIGN.md, Testing)");
        return d.get();
    }

    /** A corpus sub-path; skips the calling test when the corpus or that path is absent. */
    public static Path require(String relative) {
        Path p = require().resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), () -> "corpus path missing: " + p);
        return p;
    }

    /** The path of {@code file} relative to the corpus folder, with forward slashes (stable test names). */
    public static String relative(Path file) {
        Path root = dir().orElseThrow();
        return root.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * Whether a corpus-relative path is selected by the optional system property
     * {@code fabwright.corpus.filter} (a regular expression searched in the path; all files when unset). Lets a
     * developer re-run the corpus tests on a few files: {@code -Dfabwright.corpus.filter=kicad-demos-fab/StickHub}.
     */
    public static boolean selected(String relative) {
        String f = System.getProperty("fabwright.corpus.filter");
        return f == null || f.isBlank() || java.util.regex.Pattern.compile(f).matcher(relative).find();
    }

    /** Every regular file under {@code dir}, sorted by path. */
    public static List<Path> files(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Gerber file under {@code dir} as classified by {@link GerberSniffer}, sorted by path. */
    public static List<Path> gerberFiles(Path dir) {
        return files(dir).stream().filter(GerberSniffer::isGerber).collect(Collectors.toList());
    }

    /** Every Gerber file in the whole corpus. */
    public static List<Path> allGerberFiles() {
        return gerberFiles(require());
    }
}
