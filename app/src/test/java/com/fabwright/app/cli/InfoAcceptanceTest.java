package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance of issue 3 through the command line, on whole job folders of the shared corpus
 * (system property {@code fabwright.corpus}; skipped with a message when absent): board size from
 * {@code info --json} equals KiCad's {@code stats.json} within 0.01 mm, holes (holes + slots) equal
 * the KiCad drill report and {@code stats.json}, the Altium {@code .DRR} and the Allegro
 * {@code ncdrill.log}; a job with a junk file still loads the rest. Prints measured against expected.
 */
class InfoAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TABLE = new ArrayList<>();

    static Path corpus() {
        Path p = Path.of(System.getProperty("fabwright.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        assumeTrue(Files.isDirectory(p), "corpus folder " + p + " not present (system property fabwright.corpus): test skipped");
        return p;
    }

    static Stream<String> kicadBoards() throws IOException {
        List<String> out = new ArrayList<>();
        for (String set : List.of("kicad-demos-fab", "kicad9-cli-fab")) {
            Path dir = corpus().resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(b -> Files.isRegularFile(b.resolve("stats.json"))).sorted()
                        .forEach(b -> out.add(set + "/" + b.getFileName()));
            }
        }
        return out.stream();
    }

    static JsonNode info(Path... job) throws IOException {
        String[] args = new String[job.length + 2];
        args[0] = "info";
        for (int i = 0; i < job.length; i++) {
            args[i + 1] = job[i].toString();
        }
        args[args.length - 1] = "--json";
        CliTest.Result r = CliTest.run(args);
        assertThat(r.code()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    private static final Pattern KICAD_TOTAL = Pattern.compile("Total (?:plated|unplated) holes count (\\d+)");

    @ParameterizedTest(name = "{0}")
    @MethodSource("kicadBoards")
    void kicadWholeFolderBoardSizeAndHolesEqualStatsJsonAndTheDrillReport(String board) throws IOException {
        Path dir = corpus().resolve(board);
        JsonNode stats = JSON.readTree(dir.resolve("stats.json").toFile());
        double width = stats.path("edge_cuts_bbox").path("width").asDouble();
        double height = stats.path("edge_cuts_bbox").path("height").asDouble();
        int statsHoles = stats.path("vias").asInt();
        for (JsonNode n : stats.path("pad_hole_sizes_mm")) {
            statsHoles += n.asInt();
        }
        int reportHoles = 0;
        Matcher m = KICAD_TOTAL.matcher(Files.readString(dir.resolve("drill/drill_report.rpt"), StandardCharsets.ISO_8859_1));
        while (m.find()) {
            reportHoles += Integer.parseInt(m.group(1));
        }
        JsonNode root = info(dir);
        JsonNode b = root.get("board");
        JsonNode d = root.get("drills");
        int ours = d.get("holes").asInt() + d.get("slots").asInt();
        row(board, b.get("widthMm").asDouble(), b.get("heightMm").asDouble(), width, height, ours,
                statsHoles + " / report " + reportHoles);
        assertThat(b.get("widthMm").asDouble()).isCloseTo(width, within(0.01));
        assertThat(b.get("heightMm").asDouble()).isCloseTo(height, within(0.01));
        assertThat(b.get("outlineClosed").asBoolean()).isTrue();
        assertThat(b.get("copperLayers").asInt()).isEqualTo(stats.path("copper_layer_count").asInt());
        assertThat(b.get("thicknessMm").asDouble()).isEqualTo(stats.path("board_thickness_mm").asDouble());
        assertThat(ours).isEqualTo(statsHoles).isEqualTo(reportHoles);
        assertThat(d.get("vias").asInt()).isEqualTo(stats.path("vias").asInt());
        assertThat(d.get("platedHoles").asInt() + d.get("nonPlatedHoles").asInt() + d.get("platedSlots").asInt()
                + d.get("nonPlatedSlots").asInt()).isEqualTo(ours);
        for (JsonNode f : root.get("files")) {
            if (f.get("kind").asText().equals("excellon") && f.get("objects").asLong() > 0) {
                assertThat(f.get("darkAreaMm2").asDouble()).as(f.get("path").asText()).isPositive();
            }
            if (f.get("kind").asText().equals("gerber") || f.get("kind").asText().equals("excellon")) {
                assertThat(f.get("evidence").asText()).as(f.get("path").asText()).isNotBlank();
            }
        }
    }

    @Test
    void altiumLimeSdrJobHas4258HolesAsItsDrr() throws IOException {
        Path dir = corpus().resolve("gerbonara/resources/altium-composite-drill");
        assumeTrue(Files.isDirectory(dir), "corpus set " + dir + " not present: skipped");
        JsonNode root = info(dir);
        JsonNode d = root.get("drills");
        int ours = d.get("holes").asInt() + d.get("slots").asInt();
        row("altium LimeSDR-QPCIe (.DRR)", root.get("board").get("widthMm").asDouble(),
                root.get("board").get("heightMm").asDouble(), Double.NaN, Double.NaN, ours, "4258");
        assertThat(ours).isEqualTo(4258);
        assertThat(d.get("unknownPlating").asInt()).isZero();
    }

    @Test
    void allegroJobHasTheHolesOfItsNcdrillLog() throws IOException {
        Path dir = corpus().resolve("gerbonara/resources/allegro");
        assumeTrue(Files.isDirectory(dir), "corpus set " + dir + " not present: skipped");
        Matcher m = Pattern.compile("Total holes:\\s*(\\d+)")
                .matcher(Files.readString(dir.resolve("ncdrill.log"), StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        int expected = Integer.parseInt(m.group(1));
        JsonNode root = info(dir);
        JsonNode d = root.get("drills");
        int ours = d.get("holes").asInt() + d.get("slots").asInt();
        row("allegro (ncdrill.log)", root.get("board").get("widthMm").asDouble(), root.get("board").get("heightMm").asDouble(),
                Double.NaN, Double.NaN, ours, String.valueOf(expected));
        assertThat(ours).isEqualTo(expected).isEqualTo(287);
    }

    @Test
    void aJobWithOneJunkFileStillLoadsTheRest(@TempDir Path tmp) throws IOException {
        Path job = Files.createDirectories(tmp.resolve("job"));
        try (Stream<Path> s = Files.list(CliTest.DEMO)) {
            for (Path p : s.toList()) {
                Files.copy(p, job.resolve(p.getFileName()));
            }
        }
        // a Gerber header, then a bad aperture, random printable junk and no end
        StringBuilder junk = new StringBuilder("%FSLAX46Y46*%\n%MOMM*%\n%ADD10C,zz*%\nD10*\nX1Y1D03*\n");
        Random random = new Random(3);
        for (int i = 0; i < 2000; i++) {
            junk.append((char) (33 + random.nextInt(90)));
        }
        Files.writeString(job.resolve("demo-board-In1_Cu.gbr"), junk);
        Files.write(job.resolve("broken.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        CliTest.Result r = CliTest.run("info", job.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = JSON.readTree(r.out());
        JsonNode junkFile = null;
        int readable = 0;
        for (JsonNode f : root.get("files")) {
            if (f.get("path").asText().equals("demo-board-In1_Cu.gbr")) {
                junkFile = f;
            } else if (f.get("darkAreaMm2").isNumber() && f.get("darkAreaMm2").asDouble() > 0) {
                readable++;
            }
        }
        assertThat(junkFile).isNotNull();
        boolean reported = false;
        for (JsonNode diag : junkFile.get("diagnostics")) {
            reported |= diag.get("severity").asText().equals("error");
        }
        assertThat(reported).as(junkFile.toString()).isTrue();
        assertThat(readable).as("the ten demo layers").isEqualTo(10);
        assertThat(root.get("board").get("widthMm").asDouble()).isEqualTo(50.1);
        assertThat(root.get("drills").get("holes").asInt()).isEqualTo(8);
        assertThat(r.err()).contains("broken.zip");
        row("demo-board + junk .gbr + broken .zip", root.get("board").get("widthMm").asDouble(),
                root.get("board").get("heightMm").asDouble(), 50.1, 30.1, root.get("drills").get("holes").asInt(), "8");
    }

    private static void row(String name, double w, double h, double ew, double eh, int holes, String expected) {
        synchronized (TABLE) {
            TABLE.add(String.format(Locale.ROOT, "%-40s %9.3f x %-9.3f expected %9s x %-9s holes+slots %5d expected %s",
                    name, w, h, Double.isNaN(ew) ? "-" : String.format(Locale.ROOT, "%.3f", ew),
                    Double.isNaN(eh) ? "-" : String.format(Locale.ROOT, "%.3f", eh), holes, expected));
        }
    }

    @AfterAll
    static void printTable() {
        System.out.println("INFO ACCEPTANCE (measured vs expected)");
        TABLE.forEach(System.out::println);
    }
}
