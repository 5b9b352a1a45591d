package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code fabwright panel} per CLI.md: files, JSON fields, exit codes. */
class PanelCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void writesPanelFilesAndTheJsonReport() throws Exception {
        Path dir = tmp.resolve("out");
        Path json = tmp.resolve("panel.json");
        int rc = run("panel", CliTest.DEMO.toString(), "--rows", "2", "--cols", "3", "--spacing", "2mm", "--out", dir.toString(),
                "--json", json.toString());
        assertThat(rc).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        assertThat(j.at("/array/rows").asInt()).isEqualTo(2);
        assertThat(j.at("/array/cols").asInt()).isEqualTo(3);
        assertThat(j.at("/array/boards").asInt()).isEqualTo(6);
        assertThat(j.at("/array/separation").asText()).isEqualTo("mousebites");
        // 3 x 50 + 2 x 2 wide; 2 x 30 + 2 + 2 x (5 rail + 2 gap) high
        assertThat(j.at("/array/widthMm").asDouble()).isEqualTo(154.0);
        assertThat(j.at("/array/heightMm").asDouble()).isEqualTo(76.0);
        assertThat(j.at("/production/utilization").asDouble()).isBetween(0.0, 1.0);
        assertThat(j.at("/production/boardsPerPanel").asInt()).isEqualTo(6 * j.at("/production/arraysPerPanel").asInt());
        for (JsonNode f : j.get("files")) {
            assertThat(dir.resolve(f.asText())).exists();
        }
        assertThat(j.get("files").toString()).contains("panel-top-copper.gbr", "panel-drill-npth.drl", "panel-drawing.png",
                "panel-drawing.pdf");
        assertThat(Files.readString(dir.resolve("panel-top-copper.gbr"))).contains("%TF.Part,Array*%", "%FSLAX46Y46*%",
                "FiducialPad,Global");
    }

    @Test
    void vscoreAlongTheDemoBoardsRoundedCornersIsRefusedWithTheReason() {
        int rc = run("panel", CliTest.DEMO.toString(), "--preset", "vscore-standard", "--rows", "2", "--cols", "2",
                "--out", tmp.resolve("v").toString());
        assertThat(rc).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("refused: V-score", "straight on the cut line", "use mouse bites");
    }

    @Test
    void mouseBitesWithoutAGapAreRefusedWithExit2() {
        int rc = run("panel", CliTest.DEMO.toString(), "--spacing", "0", "--out", tmp.resolve("x").toString());
        assertThat(rc).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("refused", "router gap");
    }

    @Test
    void unknownPresetIsBadUsageAndMissingJobIsUnreadable() {
        assertThat(run("panel", CliTest.DEMO.toString(), "--preset", "nope", "--out", tmp.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("no preset 'nope'");
        assertThat(run("panel", "no/such/dir", "--out", tmp.toString())).isEqualTo(ExitCodes.INPUT);
    }

    @Test
    void optimiseChoosesAShapeWithinTheHandlingLimits() throws Exception {
        Path json = tmp.resolve("o.json");
        int rc = run("panel", CliTest.DEMO.toString(), "--optimize", "--rows", "6", "--cols", "6", "--out",
                tmp.resolve("o").toString(), "--json", json.toString());
        assertThat(rc).as(err.toString()).isZero();
        JsonNode j = new ObjectMapper().readTree(json.toFile());
        double w = j.at("/array/widthMm").asDouble();
        double h = j.at("/array/heightMm").asDouble();
        assertThat(Math.min(w, h)).isBetween(50.0, 400.0);
        assertThat(Math.max(w, h)).isLessThanOrEqualTo(460.0);
    }
}
