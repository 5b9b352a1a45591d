package com.fabwright.odb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.GraphicObject;
import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A product model written here: matrix, spans, negative layers, .Z members, nets, components, panel steps. */
class OdbReaderTest {
    @TempDir
    Path dir;

    private OdbProduct read(String step) throws IOException {
        return new OdbReader().read(OdbTrees.board(dir), "job", step);
    }

    private static Map<String, OdbLayer> byName(OdbProduct p) {
        return p.layers().stream().collect(Collectors.toMap(l -> l.matrix().name(), Function.identity()));
    }

    @Test
    void matrixLayersGetCanonicalIdsWithFullConfidence() throws IOException {
        OdbProduct p = read(null);
        Map<String, String> ids = p.layers().stream().collect(Collectors.toMap(l -> l.matrix().name(), l -> l.identity().id()));
        assertThat(ids).containsEntry("TOP", "top-copper").containsEntry("GND", "inner1-copper")
                .containsEntry("BOT", "bottom-copper").containsEntry("SMT", "top-mask").containsEntry("SMB", "bottom-mask")
                .containsEntry("DRILL", "drill").containsEntry("VIA1-2", "drill-blind-1-2").containsEntry("NOTES", "drawing")
                .doesNotContainKey("CORE");
        assertThat(p.layers()).allSatisfy(l -> assertThat(l.identity().confidence()).isEqualTo(1.0));
        assertThat(byName(p).get("GND").identity().copperIndex()).isEqualTo(2);
        assertThat(p.diagnostics()).extracting(Diagnostic::severity).doesNotContain(com.fabwright.diagnostics.Severity.ERROR);
    }

    @Test
    void boardStepIsTheOneThePanelRepeats() throws IOException {
        OdbProduct p = read(null);
        assertThat(p.step()).isEqualTo("pcb");
        assertThat(new ImageGeometry().toGeometry(p.profile()).areaMm2()).isCloseTo(100, within(1e-9));
    }

    @Test
    void negativeLayersAreDarkInsideTheProfileExceptTheirFeatures() throws IOException {
        double area = new ImageGeometry().toGeometry(byName(read(null)).get("GND").image()).areaMm2();
        assertThat(area).isCloseTo(100 - Math.PI, within(0.01));
    }

    @Test
    void compressedMembersAreRead() throws IOException {
        OdbLayer notes = byName(read(null)).get("NOTES");
        assertThat(notes.image().objects()).hasSize(1);
        assertThat(notes.file().getFileName().toString()).isEqualTo("features.Z");
    }

    @Test
    void netsOfEdaDataLandOnTheirFeaturesAsDotN() throws IOException {
        Map<String, OdbLayer> layers = byName(read(null));
        var top = layers.get("TOP").image().objects();
        assertThat(top.get(0).attributes().first(".N")).isEqualTo("GND");
        assertThat(top.get(1).attributes().first(".N")).isEqualTo("SIG");
        assertThat(top.get(2).attributes().has(".N")).isFalse();
        assertThat(layers.get("DRILL").image().objects().get(0).attributes().first(".N")).isEqualTo("GND");
        assertThat(read(null).eda().nets()).containsExactly("GND", "SIG");
    }

    @Test
    void drillAttributesGivePlatingPerHole() throws IOException {
        var drill = byName(read(null)).get("DRILL").image().objects();
        assertThat(drill).extracting(o -> o.attributes().get(".AperFunction").get(0)).containsExactly("ViaDrill",
                "MechanicalDrill");
    }

    @Test
    void componentsBecomePlacementsTurnedCounterClockwise() throws IOException {
        OdbProduct p = read(null);
        assertThat(p.placements()).hasSize(3);
        Placement r1 = p.placements().get(0);
        assertThat(r1.refdes()).isEqualTo("R1");
        assertThat(r1.rotationDeg()).isEqualTo(270);
        assertThat(r1.footprint()).isEqualTo("R0603");
        assertThat(r1.value()).isEqualTo("10k");
        assertThat(r1.mount()).isEqualTo(MountType.SMT);
        assertThat(p.placements().get(1).mount()).isEqualTo(MountType.THT);
        Placement c1 = p.placements().get(2);
        assertThat(c1.side()).isEqualTo(Side.BOTTOM);
        assertThat(c1.xMm()).isCloseTo(2.54, within(1e-9));
        assertThat(c1.rotationDeg()).isEqualTo(90);
    }

    @Test
    void choosingThePanelStepExpandsItsStepAndRepeat() throws IOException {
        OdbProduct p = read("panel");
        assertThat(p.step()).isEqualTo("panel");
        var top = byName(p).get("TOP").image().objects();
        // the panel's own pad, then 6 copies of the board's three objects
        assertThat(top).hasSize(1 + 6 * 3);
        GraphicObject.Flash lastCopy = (GraphicObject.Flash) top.get(top.size() - 3);
        assertThat(lastCopy.at()).isEqualTo(new com.fabwright.image.Point((5 + 12 + 2) * 1_000_000L, (5 + 24 + 2) * 1_000_000L));
    }

    @Test
    void stepAndRepeatInstancesAreCapped() throws IOException {
        OdbProduct p = new OdbReader(InputLimits.DEFAULTS.withMaxStepRepeatInstances(5)).read(OdbTrees.board(dir), "job", "panel");
        assertThat(p.diagnostics()).extracting(Diagnostic::code).contains("ODB-E006");
    }

    @Test
    void aMemberExpandingPastTheFileLimitIsRefusedWithAClearMessage() throws IOException {
        Path root = OdbTrees.board(dir);
        Files.writeString(root.resolve("steps/pcb/layers/bot/features"), "UNITS=MM\n" + "#".repeat(5000) + "\n");
        OdbProduct p = new OdbReader(InputLimits.DEFAULTS.withMaxFileBytes(4000)).read(root, "job", null);
        assertThat(p.diagnostics()).filteredOn(d -> d.code().equals("ODB-E003")).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("bot/features").contains("more than 4000 bytes"));
    }

    @Test
    void aFolderWithoutMatrixIsOneClearError() throws IOException {
        Files.createDirectories(dir.resolve("x/steps"));
        OdbProduct p = new OdbReader().read(dir.resolve("x"), "x", null);
        assertThat(p.layers()).isEmpty();
        assertThat(p.diagnostics()).extracting(Diagnostic::code).containsExactly("ODB-E001");
    }
}
