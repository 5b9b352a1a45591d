package com.fabwright.assembly;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomReader;
import com.fabwright.assembly.cpl.CplReader;
import com.fabwright.assembly.cpl.LengthUnit;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.corpus.Corpus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fabwright.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 5 acceptance on the corpus: every BOM and placement file reads with the right counts.
 * KiCad pos files against {@code stats.json pos_footprint_counts}; the others against counts taken
 * from the files themselves (data lines, sides) and the tools' own figures.
 */
class AssemblyCorpusTest {

    static Stream<Arguments> kicadPos() throws IOException {
        Path corpus = Corpus.require();
        Stream.Builder<Arguments> b = Stream.builder();
        for (String base : new String[] {"kicad-demos-fab", "kikit/generated_by_kicad6"}) {
            try (Stream<Path> boards = Files.list(corpus.resolve(base))) {
                for (Path board : boards.sorted().toList()) {
                    Path stats = board.resolve("stats.json");
                    if (!Files.isRegularFile(stats)) {
                        continue;
                    }
                    JsonNode counts = new ObjectMapper().readTree(stats.toFile()).get("pos_footprint_counts");
                    String name = board.getFileName().toString();
                    for (String side : new String[] {"top", "bottom", "both"}) {
                        for (String ext : new String[] {"csv", "pos"}) {
                            Path f = board.resolve("pos/" + name + "-" + side + "-pos." + ext);
                            if (Files.isRegularFile(f)) {
                                b.add(Arguments.of(corpus.relativize(f).toString(), counts.get(side + "_" + ext).asInt()));
                            }
                        }
                    }
                }
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "{0}: {1} placements")
    @MethodSource("kicadPos")
    void kicadPosFilesMatchStatsJson(String file, int expected) {
        PlacementFile p = read(file);
        assertThat(p.placements()).hasSize(expected);
        assertThat(p.format()).isEqualTo("kicad");
        assertThat(p.unit()).isEqualTo(LengthUnit.MM);
        assertThat(p.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    static Stream<Arguments> otherPlacements() {
        return Stream.of(
                Arguments.of("kikit/test/resources/assembly_project_1_KiCAD6/pos.csv", 4, 0, "jlc", LengthUnit.MM),
                Arguments.of("kikit/test/resources/assembly_project_1_KiCAD7/pos.csv", 4, 0, "jlc", LengthUnit.MM),
                Arguments.of("altium-limesdr-qpcie/Pick Place/Pick Place for LimeSDR-QPCIe_1v2.txt", 759, 1253, "altium", LengthUnit.MM),
                Arguments.of("gerbv/example/protel-pnp/Pick_Place_for_SE_SG_IF_V2.csv", 279, 3, "altium", LengthUnit.MIL),
                Arguments.of("gerbv/example/protel-pnp/Pick_Place_for_SE_SG_IF_V2.txt", 279, 3, "altium", LengthUnit.MIL),
                Arguments.of("gerbv/example/pick-and-place/LED.xy", 46, 0, "geda", LengthUnit.MIL));
    }

    @ParameterizedTest(name = "{0}: {1} top, {2} bottom")
    @MethodSource("otherPlacements")
    void otherPlacementFilesReadWithTheirCounts(String file, int top, int bottom, String dialect, LengthUnit unit) {
        PlacementFile p = read(file);
        assertThat(p.count(Side.TOP)).as("top").isEqualTo(top);
        assertThat(p.count(Side.BOTTOM)).as("bottom").isEqualTo(bottom);
        assertThat(p.format()).isEqualTo(dialect);
        assertThat(p.unit()).isEqualTo(unit);
        assertThat(p.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    }

    static Stream<Arguments> boms() {
        return Stream.of(
                Arguments.of("kikit/test/resources/assembly_project_1_KiCAD6/bom.csv", 3, 4, 0),
                Arguments.of("kikit/test/resources/assembly_project_1_KiCAD7/bom.csv", 3, 4, 0),
                Arguments.of("gerbonara/resources/zero-length-lines/charliewatch-v2.panel.csv", 11, 110, 0),
                Arguments.of("kicad-demos-fab/StickHub/bom/StickHub-bom.csv", 32, 94, 0),
                Arguments.of("kicad9-cli-fab/StickHub/bom/StickHub-bom.csv", 31, 93, 0),
                // 178 rows; "Total NF element number: 162" and per-line NF(...) split 7 rows into fitted + NF parts
                Arguments.of("altium-limesdr-qpcie/BOM/LimeSDR-QPCIe_1v2_BOMr1.xls", 196, 1863, 162));
    }

    @ParameterizedTest(name = "{0}: {1} lines, {2} placements, {3} dnp")
    @MethodSource("boms")
    void bomsReadWithTheirCounts(String file, int lines, int placements, int dnp) {
        Path f = Corpus.require().resolve(file);
        Bom bom = new BomReader().read(f, file, ColumnOverride.none());
        assertThat(bom.mapping()).isNotNull();
        assertThat(bom.lines()).hasSize(lines);
        assertThat(bom.placements()).isEqualTo(placements);
        assertThat(bom.dnp()).isEqualTo(dnp);
        assertThat(bom.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
        assertThat(bom.diagnostics()).as(bom.diagnostics().toString()).noneMatch(d -> d.code().equals("BOM-W003"));
    }

    @ParameterizedTest(name = "{0}: X3 component layers = pos CSV")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"StickHub", "custom_pads_test", "flat_hierarchy"})
    void kicad9ComponentLayersGiveThePlacementsOfThePosCsv(String board) {
        Path dir = Corpus.require().resolve("kicad9-cli-fab/" + board + "/pos");
        java.util.List<Placement> x3 = new java.util.ArrayList<>();
        for (String side : new String[] {"top", "bottom"}) {
            var g = new com.fabwright.gerber.GerberReader(com.fabwright.input.InputLimits.DEFAULTS)
                    .read(dir.resolve(board + "-" + side + "-pos.gbr"));
            assertThat(com.fabwright.assembly.cpl.X3ComponentReader.isComponentLayer(g.image())).isTrue();
            x3.addAll(com.fabwright.assembly.cpl.X3ComponentReader.read(g.image(), side).placements());
        }
        PlacementFile csv = read("kicad9-cli-fab/" + board + "/pos/" + board + "-both-pos.csv");
        assertThat(x3).hasSameSizeAs(csv.placements());
        java.util.Map<String, Placement> byRef = new java.util.HashMap<>();
        x3.forEach(p -> byRef.put(p.refdes(), p));
        // KiCad 9 writes the X3 component layers relative to the board's auxiliary (drill/place) origin
        // while its copper layers and pos CSV use the page origin, under the same %TF.SameCoordinates:
        // flat_hierarchy has that origin at (62.23, -153.67) mm; the others have none.
        double dx = "flat_hierarchy".equals(board) ? -62.23 : 0;
        double dy = "flat_hierarchy".equals(board) ? 153.67 : 0;
        for (Placement c : csv.placements()) {
            Placement g = byRef.get(c.refdes());
            assertThat(g).as(c.refdes()).isNotNull();
            assertThat(g.xMm()).as(c.refdes() + " x").isCloseTo(c.xMm() + dx, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(g.yMm()).as(c.refdes() + " y").isCloseTo(c.yMm() + dy, org.assertj.core.data.Offset.offset(1e-6));
            assertThat(g.side()).as(c.refdes() + " side").isEqualTo(c.side());
            assertThat(g.rotationDeg()).as(c.refdes() + " rotation").isCloseTo(c.rotationDeg(), org.assertj.core.data.Offset.offset(1e-6));
            assertThat(g.footprint()).as(c.refdes() + " footprint").isEqualTo(c.footprint());
        }
    }

    @org.junit.jupiter.api.Test
    void theLimeSdrBomSpreadsheetIsSniffedAsABom() throws IOException {
        Path f = Corpus.require().resolve("altium-limesdr-qpcie/BOM/LimeSDR-QPCIe_1v2_BOMr1.xls");
        assertThat(new com.fabwright.job.FileSniffer().sniff(f).kind()).isEqualTo(com.fabwright.job.FileKind.BOM);
    }

    static PlacementFile read(String file) {
        Path f = Corpus.require().resolve(file);
        return new CplReader().read(f, file, ColumnOverride.none());
    }
}
