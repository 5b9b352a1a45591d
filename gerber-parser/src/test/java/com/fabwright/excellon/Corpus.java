package com.fabwright.excellon;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: the shared corpus folder ({@code fabwright.corpus}, set by surefire), or a skip. */
final class Corpus {
    private Corpus() {
    }

    static Path root() {
        String prop = System.getProperty("fabwright.corpus", "../../shared/corpus");
        Path p = Path.of(prop).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p), "corpus folder " + p + " not present (system property fabwright.corpus): test skipped");
        return p;
    }

    static Path file(String relative) {
        Path p = root().resolve(relative);
        assumeTrue(Files.exists(p), "corpus file " + p + " not present: test skipped");
        return p;
    }
}
