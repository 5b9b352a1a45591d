package com.fabwright.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench-view} on the demo board: every figure line is printed (figures are never asserted). */
class ViewBenchmarkTest {
    @Test
    void printsTheFirstPictureTimeAndAFrameTimeLinePerPhase() throws Exception {
        Path demo = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ViewBenchmark.run(List.of(demo), 320, 200, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("bench-view: demo-board, 10 file(s)")
                .containsPattern("first picture after loading: \\d+\\.\\d\\d s \\(layer indexes")
                .contains("PHASE", "P95 ms", "pan right 6 px/frame", "zoom in x1.03/frame", "bottom view, pan");
        assertThat(out.lines().filter(l -> l.matches("^(pan|zoom|bottom).* \\d+\\.\\d\\d%?.*"))).hasSize(6);
    }
}
