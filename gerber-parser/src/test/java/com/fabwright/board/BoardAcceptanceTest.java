package com.fabwright.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fabwright.job.Corpus;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The board as the CAD tools report it, from whole job folders: board size equals KiCad's
 * {@code stats.json} within 0.01 mm for every KiCad demo; holes (hits + slots) equal KiCad's
 * {@code stats.json}, the Altium {@code .DRR} and the Allegro {@code ncdrill.log}. Prints a table
 * of measured against expected.
 */
class BoardAcceptanceTest {
    private static final List<String> TABLE = new ArrayList<>();

    static Stream<Arguments> kicadBoards() throws IOException {
        Path root = Corpus.root();
        List<Arguments> out = new ArrayList<>();
        for (String set : List.of("kicad-demos-fab", "kicad9-cli-fab")) {
            Path dir = root.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> boards = Files.list(dir)) {
                boards.filter(b -> Files.isRegularFile(b.resolve("stats.json"))).sorted()
                        .forEach(b -> out.add(Arguments.of(set + "/" + b.getFileName())));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kicadBoards")
    void kicadBoardSizeCopperAndHolesEqualStatsJson(String board) throws IOException {
        Path dir = Corpus.root().resolve(board);
        JsonNode stats = new ObjectMapper().readTree(dir.resolve("stats.json").toFile());
        double width = stats.path("edge_cuts_bbox").path("width").asDouble();
        double height = stats.path("edge_cuts_bbox").path("height").asDouble();
        int vias = stats.path("vias").asInt();
        int padHoles = 0;
        for (JsonNode n : stats.path("pad_hole_sizes_mm")) {
            padHoles += n.asInt();
        }
        try (Job job = new JobLoader().load(List.of(dir.resolve("gerber"), dir.resolve("drill")))) {
            Board b = Board.of(job.files(), job.jobFiles());
            row(board, b.widthMm(), b.heightMm(), width, height, b.holeTable().total(), vias + padHoles,
                    b.holeTable().vias() + " vias (stats " + vias + ")");
            assertThat(b.outlineClosed()).as(b.outline().evidence()).isTrue();
            assertThat(b.widthMm()).as("width").isCloseTo(width, within(0.01));
            assertThat(b.heightMm()).as("height").isCloseTo(height, within(0.01));
            assertThat(b.copperLayers()).isEqualTo(stats.path("copper_layer_count").asInt());
            assertThat(b.thicknessMm()).isCloseTo(stats.path("board_thickness_mm").asDouble(), within(1e-9));
            assertThat(b.holeTable().total()).as("holes + slots").isEqualTo(vias + padHoles);
            assertThat(b.holeTable().vias()).as("vias").isEqualTo(vias);
            assertThat(b.holeTable().unknownPlating()).isZero();
        }
    }

    private static final Pattern ALTIUM_TOTAL = Pattern.compile("^Totals\\s+(\\d+)");

    @Test
    void altiumLimeSdrJobHoleCountEqualsTheDrr() throws IOException {
        Path dir = Corpus.root().resolve("gerbonara/resources/altium-composite-drill");
        assumeTrue(Files.isDirectory(dir), "corpus set " + dir + " not present: skipped");
        int expected = 0;
        for (String line : Files.readAllLines(dir.resolve("NC Drill/LimeSDR-QPCIe_1v2.DRR"), StandardCharsets.ISO_8859_1)) {
            Matcher m = ALTIUM_TOTAL.matcher(line);
            if (m.find()) {
                expected = Integer.parseInt(m.group(1));
            }
        }
        try (Job job = new JobLoader().load(List.of(dir))) {
            Board b = Board.of(job.files(), job.jobFiles());
            row("altium LimeSDR-QPCIe (DRR)", b.widthMm(), b.heightMm(), Double.NaN, Double.NaN, b.holeTable().total(),
                    expected, b.holeTable().slots() + " slots, " + b.holeTable().tools().size() + " tool rows");
            assertThat(expected).isEqualTo(4258);
            assertThat(b.holeTable().total()).isEqualTo(expected);
            assertThat(b.outlineClosed()).as(b.outline().evidence()).isTrue();
        }
    }

    private static final Pattern ALLEGRO_TOTAL = Pattern.compile("Total holes:\\s*(\\d+)");

    @Test
    void allegroJobHoleCountEqualsNcdrillLogWithNcParam() throws IOException {
        Path dir = Corpus.root().resolve("gerbonara/resources/allegro");
        assumeTrue(Files.isDirectory(dir), "corpus set " + dir + " not present: skipped");
        Matcher m = ALLEGRO_TOTAL.matcher(Files.readString(dir.resolve("ncdrill.log"), StandardCharsets.ISO_8859_1));
        assertThat(m.find()).isTrue();
        int expected = Integer.parseInt(m.group(1));
        try (Job job = new JobLoader().load(List.of(dir))) {
            Board b = Board.of(job.files(), job.jobFiles());
            row("allegro (ncdrill.log)", b.widthMm(), b.heightMm(), Double.NaN, Double.NaN, b.holeTable().total(), expected,
                    "outline " + b.outline().source());
            assertThat(job.find("ncdrill-1-4.drl").orElseThrow().drill().formatOrigin())
                    .isEqualTo(com.fabwright.excellon.FormatOrigin.NC_PARAM);
            assertThat(b.holeTable().total()).isEqualTo(expected);
        }
    }

    private static void row(String name, Double w, Double h, double ew, double eh, int holes, int expectedHoles, String note) {
        String line = String.format(Locale.ROOT, "%-36s %9s x %-9s  expected %9s x %-9s  holes %5d expected %5d  %s",
                name, fmt(w), fmt(h), fmt(ew), fmt(eh), holes, expectedHoles, note);
        synchronized (TABLE) {
            TABLE.add(line);
        }
    }

    private static String fmt(Double v) {
        return v == null || v.isNaN() ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }

    @AfterAll
    static void printTable() {
        System.out.println("BOARD (measured vs expected: size mm, holes+slots)");
        TABLE.forEach(System.out::println);
    }
}
