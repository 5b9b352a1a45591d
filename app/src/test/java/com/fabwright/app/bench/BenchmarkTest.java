package com.fabwright.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Smoke test: the benchmark prints a row per job and survives a missing one. No timing asserted. */
class BenchmarkTest {
    @Test
    void printsARowPerJob() {
        Path demo = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Benchmark.run(List.of(demo, Path.of("no/such/job")), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("PARSE MB/s").contains("PEAK MB").contains("demo-board").contains("cannot load");
    }
}
