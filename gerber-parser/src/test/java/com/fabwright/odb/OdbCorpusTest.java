package com.fabwright.odb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.board.Board;
import com.fabwright.board.HoleTable;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Image;
import com.fabwright.job.Corpus;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.identify.LayerFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 8 acceptance on real ODB++ exports: the same board as ODB++ and as Gerber/Excellon must
 * agree layer by layer (dark area within 0.5 %), in hole counts, outline size and components per
 * side; the PADS-to-Valor sample and the minimal zip load cleanly. Skips without the corpus.
 */
class OdbCorpusTest {
    private static final double AREA_TOLERANCE = 0.005;

    private static Job load(Path... inputs) {
        return new JobLoader().load(List.of(inputs));
    }

    private static double area(JobFile f) {
        Image image = f.image();
        return image == null ? 0 : new ImageGeometry().toGeometry(image).areaMm2();
    }

    private static JobFile layer(Job job, String id) {
        return job.files().stream().filter(f -> f.layer() != null && f.layer().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no layer " + id + " in " + job.files().stream().map(JobFile::path).toList()));
    }

    private static void assertSameArea(Job odb, Job gerber, String id, double tolerance) {
        double a = area(layer(odb, id));
        double b = area(layer(gerber, id));
        assertThat(a).as(id + ": ODB++ %.4f mm2 vs Gerber %.4f mm2", a, b).isCloseTo(b, within(Math.max(1e-6, b * tolerance)));
    }

    private static void assertSameHoles(HoleTable a, HoleTable b) {
        assertSameHoleSizes(a, b);
        assertThat(a.platedHoles()).isEqualTo(b.platedHoles());
        assertThat(a.nonPlatedHoles()).isEqualTo(b.nonPlatedHoles());
        assertThat(a.vias()).isEqualTo(b.vias());
    }

    /** Same hole and slot counts per diameter (to the micron). */
    private static void assertSameHoleSizes(HoleTable a, HoleTable b) {
        assertThat(a.holes()).isEqualTo(b.holes());
        assertThat(a.slots()).isEqualTo(b.slots());
        assertThat(bySize(a)).isEqualTo(bySize(b));
    }

    private static Map<Long, Integer> bySize(HoleTable t) {
        return t.tools().stream().collect(Collectors.groupingBy(r -> Math.round(r.diameterMm() * 1000),
                java.util.TreeMap::new, Collectors.summingInt(r -> r.holes() + r.slots())));
    }

    @Test
    void kicadFlatHierarchyOdbAgreesWithItsGerbersAndDrills() throws IOException {
        Path corpus = Corpus.root();
        Path fab = corpus.resolve("kicad9-cli-fab/flat_hierarchy");
        try (Job odb = load(corpus.resolve("odbpp/flat_hierarchy-odb.tgz"));
             Job gerber = load(fab.resolve("gerber"), fab.resolve("drill/excellon_g85_slots"))) {
            for (String id : List.of("top-copper", "bottom-copper", "top-mask", "bottom-mask", "top-paste", "bottom-paste",
                    "drill-pth", "drill-npth")) {
                assertSameArea(odb, gerber, id, AREA_TOLERANCE);
            }
            // KiCad 9's ODB++ writer gives drawn circles (donut_r, outer diameter D + w) an inner diameter of
            // D - w/2 instead of D - w: its rings are thinner than in its Gerbers, 0.8 % of the top silk's area
            assertSameArea(odb, gerber, "top-silk", 0.01);
            Board bo = Board.of(odb.files(), odb.jobFiles());
            Board bg = Board.of(gerber.files(), gerber.jobFiles());
            assertSameHoles(bo.holeTable(), bg.holeTable());
            assertThat(bo.holeTable().total()).isEqualTo(254);
            // the profile is the board edge's centre line, which is what the Gerber edge line follows
            assertThat(bo.outline().centreLine().getWidth()).isCloseTo(bg.outline().centreLine().getWidth(), within(0.001));
            assertThat(bo.outline().centreLine().getHeight()).isCloseTo(bg.outline().centreLine().getHeight(), within(0.001));
            assertThat(bo.copperLayers()).isEqualTo(2);
            assertThat(odb.files()).filteredOn(f -> f.kind() == FileKind.ODB && f.layer() != null)
                    .allSatisfy(f -> assertThat(f.layer().confidence()).isEqualTo(1.0));
            assertPlacementsMatchPos(OdbJobFiles.placements(odb), fab.resolve("pos/flat_hierarchy-both-pos.csv"));
            for (String id : List.of("top-copper", "bottom-copper")) {
                assertSameCopper(layer(odb, id), layer(gerber, id));
            }
        }
    }

    /**
     * Not only the same area: the same copper (the symmetric difference is under 0.01 % of the
     * layer, i.e. arc linearisation), and the same net names as the Gerber X2 {@code .N} attributes,
     * so geometric and net-aware DFM rules see the same board.
     */
    private static void assertSameCopper(JobFile odb, JobFile gerber) {
        var a = new ImageGeometry().toGeometry(odb.image()).darkArea();
        var b = new ImageGeometry().toGeometry(gerber.image()).darkArea();
        assertThat(a.symDifference(b).getArea()).as(odb.layer().id() + " XOR area").isLessThan(b.getArea() * 1e-4);
        assertThat(nets(odb)).isEqualTo(nets(gerber)).hasSizeGreaterThan(10);
    }

    /** Net names on a layer; Gerber's reserved "N/C" (not connected, spec 5.6.13) is ODB++'s $NONE$: no net. */
    private static java.util.Set<String> nets(JobFile f) {
        return f.image().objects().stream().map(o -> o.attributes().first(".N"))
                .filter(n -> n != null && !n.isEmpty() && !n.equals("N/C"))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    /** Parts to place (mount type smt or thmt; mounting holes are "other") per side, and their rotations. */
    private static void assertPlacementsMatchPos(List<Placement> placements, Path posCsv) throws IOException {
        List<String> rows = Files.readAllLines(posCsv).subList(1, Files.readAllLines(posCsv).size());
        Map<String, Long> posPerSide = rows.stream().map(r -> r.substring(r.lastIndexOf(',') + 1).trim())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        List<Placement> placed = placements.stream().filter(p -> p.mount() != MountType.UNKNOWN).toList();
        assertThat(placed.stream().filter(p -> p.side() == Side.TOP).count()).isEqualTo(posPerSide.getOrDefault("top", 0L));
        assertThat(placed.stream().filter(p -> p.side() == Side.BOTTOM).count())
                .isEqualTo(posPerSide.getOrDefault("bottom", 0L));
        Map<String, Double> posRotation = rows.stream().map(r -> r.split(","))
                .collect(Collectors.toMap(c -> c[0].replace("\"", ""), c -> ((Double.parseDouble(c[5]) % 360) + 360) % 360));
        for (Placement p : placed) {
            assertThat(p.rotationDeg()).as(p.refdes()).isCloseTo(posRotation.get(p.refdes()), within(1e-6));
        }
    }

    @Test
    void fab3000OdbAgreesWithItsGerbers() {
        Path dir = Corpus.root().resolve("gerbonara/resources/fab-3000");
        try (Job odb = load(dir.resolve("2340080a_p2.tgz"));
             Job gerber = load(dir.resolve("tl"), dir.resolve("bl"), dir.resolve("ts"), dir.resolve("bs"), dir.resolve("to"),
                     dir.resolve("bo"), dir.resolve("drl"), dir.resolve("ko"))) {
            for (String id : List.of("top-copper", "bottom-copper", "top-mask", "bottom-mask", "bottom-silk", "drill")) {
                assertSameArea(odb, gerber, id, AREA_TOLERANCE);
            }
            // the top legend holds one text record (a date stamp, "$$yy$$mm$$dd") that is reported, not drawn
            assertThat(area(layer(odb, "top-silk"))).isLessThan(area(layer(gerber, "top-silk")));
            assertThat(layer(odb, "top-silk").gerber().diagnostics()).isEmpty();
            assertThat(odb.files().get(0).diagnostics()).extracting(Diagnostic::code).containsExactly("ODB-W003");
            Board bo = Board.of(odb.files(), odb.jobFiles());
            Board bg = Board.of(gerber.files(), gerber.jobFiles());
            // the Gerber drill file does not say which holes are plated; the ODB++ .drill attributes do
            assertSameHoleSizes(bo.holeTable(), bg.holeTable());
            assertThat(bg.holeTable().unknownPlating()).isEqualTo(26);
            assertThat(bo.holeTable().platedHoles()).isEqualTo(2);
            assertThat(bo.holeTable().nonPlatedHoles()).isEqualTo(24);
            assertThat(bo.widthMm()).isCloseTo(50.0, within(1e-4));
            assertThat(bo.heightMm()).isCloseTo(50.0, within(1e-4));
            // the Gerber ko layer draws the edge with a 0.15 mm line: its centre line is the profile
            assertThat(bo.outline().centreLine().getWidth()).isCloseTo(bg.outline().centreLine().getWidth(), within(0.001));
            assertThat(bo.outline().centreLine().getHeight()).isCloseTo(bg.outline().centreLine().getHeight(), within(0.001));
        }
    }

    @Test
    void padsSampleLoadsWithEveryLayerIdentifiedItsComponentsAndNets() {
        try (Job job = load(Corpus.root().resolve("odbpp/sample_design.tgz"))) {
            List<JobFile> layers = job.files().stream().filter(f -> f.layer() != null).toList();
            assertThat(layers).hasSize(20);
            assertThat(layers).allSatisfy(f -> {
                assertThat(f.layer().id()).isNotEqualTo("other");
                assertThat(f.layer().confidence()).isEqualTo(1.0);
            });
            assertThat(layers.stream().filter(f -> f.layer().function() == LayerFunction.COPPER)).hasSize(8);
            assertThat(job.files()).allSatisfy(f -> assertThat(f.diagnostics()).extracting(Diagnostic::severity)
                    .doesNotContain(Severity.ERROR));
            assertThat(job.diagnostics()).isEmpty();
            List<Placement> placements = OdbJobFiles.placements(job);
            assertThat(placements.stream().filter(p -> p.side() == Side.TOP).count()).isGreaterThan(0);
            assertThat(placements.stream().filter(p -> p.side() == Side.BOTTOM).count()).isGreaterThan(0);
            assertThat(placements).allSatisfy(p -> assertThat(p.footprint()).isNotBlank());
            JobFile top = layer(job, "top-copper");
            long withNet = top.image().objects().stream().filter(o -> o.attributes().has(".N")).count();
            assertThat(withNet).isGreaterThan(top.image().objects().size() / 2);
            Board board = Board.of(job.files(), job.jobFiles());
            assertThat(board.copperLayers()).isEqualTo(8);
            assertThat(board.outlineClosed()).isTrue();
            assertThat(board.holeTable().total()).isGreaterThan(1900);
        }
    }

    @Test
    void padsSampleNetsAndPackagesAreRead() {
        Path tgz = Corpus.root().resolve("odbpp/sample_design.tgz");
        try (Job job = load(tgz)) {
            JobFile root = job.ofKind(FileKind.ODB).get(0);
            OdbProduct p = new OdbReader().readAssembly(root.file(), root.path());
            assertThat(p.eda().nets()).hasSizeGreaterThan(600);
            assertThat(p.eda().packages()).hasSize(71);
            assertThat(p.eda().netFeatureCount()).isGreaterThan(40_000);
        }
    }

    @Test
    void minimalZipLoads() {
        try (Job job = load(Corpus.root().resolve("odbpp/minimal-test-odb.zip"))) {
            assertThat(job.files()).extracting(f -> f.layer() == null ? "none" : f.layer().id())
                    .containsExactly("none", "outline", "top-copper", "bottom-copper");
            Board board = Board.of(job.files(), job.jobFiles());
            assertThat(board.widthMm()).isCloseTo(100, within(1e-9));
            assertThat(board.heightMm()).isCloseTo(80, within(1e-9));
            assertThat(job.files()).allSatisfy(f -> assertThat(f.hasErrors()).isFalse());
        }
    }
}
