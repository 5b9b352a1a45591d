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

/** {@code fabwright dfm} per CLI.md: reports, JSON fields, exit codes for CI. */
class DfmCommandTest {
    static final Path SAMPLES = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("dfm");

    @TempDir
    Path tmp;

    static int run(StringWriter out, String... args) {
        return Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), args);
    }

    @Test
    void clearanceSampleFailsTheBuildAndWritesEveryReport() throws Exception {
        Path json = tmp.resolve("r.json");
        Path html = tmp.resolve("r.html");
        Path csv = tmp.resolve("r.csv");
        StringWriter out = new StringWriter();
        int code = run(out, "dfm", SAMPLES.resolve("copper-clearance").toString(), "--json", json.toString(),
                "--html", html.toString(), "--csv", csv.toString());
        assertThat(code).isEqualTo(ExitCodes.VIOLATIONS);
        assertThat(out.toString()).contains("copper.clearance").contains("1 errors, 0 warnings");
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.at("/profile/name").asText()).isEqualTo("generic-class2");
        assertThat(doc.at("/summary/errors").asInt()).isEqualTo(1);
        assertThat(doc.at("/summary/rulesRun").asInt()).isGreaterThan(10);
        JsonNode v = doc.at("/violations/0");
        assertThat(v.get("rule").asText()).isEqualTo("copper.clearance");
        assertThat(v.get("severity").asText()).isEqualTo("error");
        assertThat(v.get("measuredMm").asDouble()).isBetween(0.099, 0.101);
        assertThat(v.get("limitMm").asDouble()).isEqualTo(0.127);
        assertThat(v.get("net")).hasSize(2);
        assertThat(v.get("layers").get(0).asText()).isEqualTo("top-copper");
        assertThat(doc.at("/inputs/0/sha256").asText()).hasSize(64);
        assertThat(Files.readString(html)).contains("<img").contains("data:image/png;base64,").contains("copper.clearance");
        assertThat(Files.readAllLines(csv)).hasSize(2).first().asString().startsWith("rule,severity");
    }

    @Test
    void failOnDecidesTheExitCode() {
        String board = SAMPLES.resolve("silk-min-width").toString();
        assertThat(run(new StringWriter(), "dfm", board)).as("warnings only, --fail-on error").isEqualTo(ExitCodes.OK);
        assertThat(run(new StringWriter(), "dfm", board, "--fail-on", "warning")).isEqualTo(ExitCodes.VIOLATIONS);
        assertThat(run(new StringWriter(), "dfm", SAMPLES.resolve("copper-clearance").toString(), "--fail-on", "never"))
                .isEqualTo(ExitCodes.OK);
        assertThat(run(new StringWriter(), "dfm", SAMPLES.resolve("clean").toString(), "--fail-on", "warning"))
                .isEqualTo(ExitCodes.OK);
    }

    @Test
    void unknownProfileIsBadUsage() {
        assertThat(run(new StringWriter(), "dfm", SAMPLES.resolve("clean").toString(), "--profile", "no-such-fab"))
                .isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void jsonToStdoutIsOneDocument() throws Exception {
        StringWriter out = new StringWriter();
        run(out, "dfm", SAMPLES.resolve("drill-to-edge").toString(), "--json", "-", "--profile", "proto-standard");
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        assertThat(doc.at("/profile/name").asText()).isEqualTo("proto-standard");
        assertThat(doc.at("/violations/0/rule").asText()).isEqualTo("drill.to-edge");
    }
}
