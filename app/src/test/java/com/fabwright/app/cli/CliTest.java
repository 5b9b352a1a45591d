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

/** The command-line contract of CLI.md: names, JSON fields, exit codes. */
class CliTest {
    static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void versionPrintsFabwrightJavaAndJavafx() {
        Result r = run("--version");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("fabwright 0.1.0").contains("Java 17").contains("JavaFX 21.0.12");
    }

    @Test
    void helpListsTheCommands() {
        Result r = run("--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("info", "render", "gui", "bench");
    }

    @Test
    void commandHelpWorksForEveryCommand() {
        for (String c : new String[] {"info", "render", "gui", "bench"}) {
            Result r = run(c, "--help");
            assertThat(r.code()).as(c).isZero();
            assertThat(r.out()).as(c).contains("Usage: fabwright " + c);
        }
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(run("info", "--bogus", DEMO.toString()).code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("frobnicate").code()).isEqualTo(ExitCodes.USAGE);
        assertThat(run("info").code()).as("missing JOB").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void missingInputExitsThreeNamingTheFile() {
        Result r = run("info", "no/such/board.zip");
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("no/such/board.zip").contains("no such file");
    }

    @Test
    void aDamagedTarArchiveExitsThreeNamingIt(@TempDir Path tmp) throws Exception {
        Path tgz = Files.write(tmp.resolve("job.tgz"), new byte[] {0x1f, (byte) 0x8b, 8, 0});
        Result r = run("info", tgz.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("job.tgz").contains("damaged");
    }

    @Test
    void infoJsonHasTheContractFieldsForEveryFile() throws Exception {
        Result r = run("info", DEMO.toString(), "--json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        JsonNode files = root.get("files");
        assertThat(files).hasSize(10);
        for (JsonNode f : files) {
            assertThat(f.has("path") && f.has("kind") && f.has("layer") && f.has("objects") && f.has("darkAreaMm2")
                    && f.has("bboxMm") && f.has("diagnostics") && f.has("x2FileFunction")).as(f.toString()).isTrue();
            assertThat(f.get("layer").has("function") && f.get("layer").has("side") && f.get("layer").has("id")).isTrue();
            assertThat(f.has("confidence") && f.has("evidence")).isTrue();
            assertThat(f.get("evidence").asText()).as(f.toString()).isNotBlank();
            String expectedKind = f.get("path").asText().endsWith(".gbr") ? "gerber" : "excellon";
            assertThat(f.get("kind").asText()).as(f.get("path").asText()).isEqualTo(expectedKind);
        }
        for (String field : new String[] {"widthMm", "heightMm", "copperLayers", "outlineClosed", "thicknessMm"}) {
            assertThat(root.get("board").has(field)).as(field).isTrue();
        }
        for (String field : new String[] {"holes", "slots", "platedHoles", "nonPlatedHoles", "tools"}) {
            assertThat(root.get("drills").has(field)).as(field).isTrue();
        }
        for (JsonNode t : root.get("drills").get("tools")) {
            assertThat(t.has("diameterMm") && t.has("plated") && t.has("holes") && t.has("slots")).as(t.toString()).isTrue();
        }
    }

    @Test
    void infoJsonIdentifiesTheDemoBoardLayersFromX2() throws Exception {
        JsonNode files = new ObjectMapper().readTree(run("info", DEMO.toString(), "--json").out()).get("files");
        JsonNode top = null;
        for (JsonNode f : files) {
            if (f.get("path").asText().equals("demo-board-F_Cu.gbr")) {
                top = f;
            }
        }
        assertThat(top).isNotNull();
        assertThat(top.get("layer").get("id").asText()).isEqualTo("top-copper");
        assertThat(top.get("layer").get("function").asText()).isEqualTo("copper");
        assertThat(top.get("layer").get("side").asText()).isEqualTo("top");
        assertThat(top.get("layer").get("copperIndex").asInt()).isEqualTo(1);
        assertThat(top.get("x2FileFunction").asText()).isEqualTo("Copper,L1,Top");
        assertThat(top.get("objects").asLong()).isEqualTo(40);
        assertThat(top.get("diagnostics")).isEmpty();
    }

    @Test
    void infoMeasuresTheBoardAndRenderWritesAPng(@TempDir Path tmp) throws Exception {
        JsonNode root = new ObjectMapper().readTree(run("info", DEMO.toString(), "--json").out());
        // the outer edge of the 0.1 mm outline, as KiCad reports board size; the centre line is 50 x 30
        assertThat(root.get("board").get("widthMm").asDouble()).isEqualTo(50.1);
        assertThat(root.get("board").get("heightMm").asDouble()).isEqualTo(30.1);
        assertThat(root.get("board").get("centreLineWidthMm").asDouble()).isEqualTo(50.0);
        assertThat(root.get("board").get("centreLineHeightMm").asDouble()).isEqualTo(30.0);
        assertThat(root.get("board").get("outlineClosed").asBoolean()).isTrue();
        assertThat(root.get("board").get("copperLayers").asInt()).isEqualTo(2);
        JsonNode drills = root.get("drills");
        assertThat(drills.get("holes").asInt()).isEqualTo(8);
        assertThat(drills.get("slots").asInt()).isZero();
        assertThat(drills.get("platedHoles").asInt()).isEqualTo(7);
        assertThat(drills.get("nonPlatedHoles").asInt()).isEqualTo(1);
        assertThat(drills.get("tools")).hasSize(3);
        assertThat(drills.get("tools").get(0).get("diameterMm").asDouble()).isEqualTo(0.3);
        assertThat(drills.get("tools").get(0).get("plated").asBoolean()).isTrue();
        assertThat(drills.get("tools").get(0).get("holes").asInt()).isEqualTo(3);
        for (JsonNode f : root.get("files")) {
            if (f.get("path").asText().endsWith("NPTH.drl")) {
                // one 2.2 mm hole: pi * 1.1^2, linearised within 1 µm
                assertThat(f.get("darkAreaMm2").asDouble()).isCloseTo(Math.PI * 1.21, org.assertj.core.api.Assertions.within(0.005));
                assertThat(f.get("layer").get("id").asText()).isEqualTo("drill-npth");
            }
            if (f.get("kind").asText().equals("gerber") || f.get("kind").asText().equals("excellon")) {
                assertThat(f.get("darkAreaMm2").asDouble()).as(f.get("path").asText()).isPositive();
                assertThat(f.get("bboxMm")).hasSize(4);
            }
        }
        Path png = tmp.resolve("out/top.png");
        Result r = run("render", DEMO.toString(), "--layer", "top-copper", "--out", png.toString(), "--dpi", "254",
                "--window", "0,0,50mm,30mm");
        assertThat(r.code()).as(r.err()).isZero();
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isEqualTo(500);
        assertThat(img.getHeight()).isEqualTo(300);
        // inside the GND pour (board 33, 5) is white, inside its clear cut-out (37, 12) is black
        assertThat(img.getRGB(330, 250) & 0xffffff).isEqualTo(0xffffff);
        assertThat(img.getRGB(370, 180) & 0xffffff).isEqualTo(0x000000);
        assertThat(run("render", DEMO.toString(), "--layer", "stack", "--out", tmp.resolve("s.png").toString()).code())
                .isZero();
    }

    @Test
    void infoTablePrintsOneRowPerFile() {
        Result r = run("info", DEMO.toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("demo-board-F_Cu.gbr").contains("demo-board-PTH.drl").contains("Board:")
                .contains("Board: 50.10 x 30.10 mm, 2 copper layer(s), outline closed").contains("drill-pth")
                .contains("Drills: 8 hole(s) + 0 slot(s) = 8").contains("X2 %TF.FileFunction,Copper,L1,Top");
    }

    @Test
    void renderRejectsAnUnknownLayerAsUsage(@TempDir Path tmp) {
        Result r = run("render", DEMO.toString(), "--layer", "nope.gbr", "--out", tmp.resolve("x.png").toString());
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no layer 'nope.gbr'").contains("demo-board-F_Cu.gbr");
    }

    @Test
    void renderRejectsBadDpiAndWindowAsUsage(@TempDir Path tmp) {
        String out = tmp.resolve("x.png").toString();
        assertThat(run("render", DEMO.toString(), "--layer", "all", "--out", out, "--dpi", "0").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("render", DEMO.toString(), "--layer", "all", "--out", out, "--window", "1,2,3").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("render", DEMO.toString(), "--layer", "all", "--out", out, "--window", "5,0,1,1").code())
                .isEqualTo(ExitCodes.USAGE);
        assertThat(run("render", DEMO.toString(), "--layer", "all").code()).as("--out missing").isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void guiOnAMissingJobExitsThreeWithoutOpeningAWindow() {
        Result r = run("gui", "no/such/folder");
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("no/such/folder");
    }
}
