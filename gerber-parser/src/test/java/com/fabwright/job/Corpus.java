package com.fabwright.job;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/** Where the shared test corpus is ({@code ../shared/corpus}); tests skip with a message when absent. */
public final class Corpus {
    private Corpus() {
    }

    public static Path root() {
        String prop = System.getProperty("fabwright.corpus");
        Path p = prop != null ? Path.of(prop) : Path.of("../../shared/corpus");
        Assumptions.assumeTrue(Files.isDirectory(p), "test corpus not found at " + p.toAbsolutePath()
                + " (set -Dfabwright.corpus); skipping corpus tests");
        return p;
    }
}
