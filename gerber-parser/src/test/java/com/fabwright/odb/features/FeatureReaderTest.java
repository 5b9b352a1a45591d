package com.fabwright.odb.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The features file grammar: records, units, orientations, polarity, attributes, surfaces, user symbols. */
class FeatureReaderTest {
    private static final String HEADER_MM = "UNITS=MM\n$0 r200\n$1 rect2000x1000\n$2 s500\n$3 my_symbol\n"
            + "@0 .smd\n@1 .drill\n@2 .pad_usage\n@3 .string\n&0 HELLO\n";

    private static FeatureLayer read(String text) {
        return new FeatureReader((name, depth) -> null, 1_000_000).read(text, "t/features", null, 0);
    }

    @Test
    void padsLinesAndArcsBecomeFlashesDrawsAndArcDrawsInNanometres() {
        FeatureLayer l = read(HEADER_MM + "P 1.5 -2.25 1 P 0 0\nL 0 0 10 0 0 P 0\nA 1 0 -1 0 0 0 0 P 0 Y\n");
        List<GraphicObject> o = l.image().objects();
        assertThat(o).hasSize(3);
        GraphicObject.Flash f = (GraphicObject.Flash) o.get(0);
        assertThat(f.at()).isEqualTo(new Point(1_500_000, -2_250_000));
        assertThat(f.aperture()).isEqualTo(new Aperture.Rectangle(2.0, 1.0, com.fabwright.image.Hole.NONE));
        GraphicObject.Draw d = (GraphicObject.Draw) o.get(1);
        assertThat(d.to()).isEqualTo(new Point(10_000_000, 0));
        assertThat(((Aperture.Circle) d.aperture()).diameter()).isCloseTo(0.2, within(1e-12));
        GraphicObject.ArcDraw a = (GraphicObject.ArcDraw) o.get(2);
        assertThat(a.clockwise()).isTrue();
        assertThat(a.center()).isEqualTo(Point.ORIGIN);
        assertThat(l.features()).isEqualTo(3);
        assertThat(l.inch()).isFalse();
    }

    @Test
    void inchIsTheDefaultUnitAndSymbolSizesAreMils() {
        FeatureLayer l = read("$0 r10\nP 1 1 0 P 0 0\n");
        GraphicObject.Flash f = (GraphicObject.Flash) l.image().objects().get(0);
        assertThat(f.at()).isEqualTo(new Point(25_400_000, 25_400_000));
        assertThat(((Aperture.Circle) f.aperture()).diameter()).isCloseTo(0.254, within(1e-9));
    }

    @Test
    void orientationsTurnClockwiseAndFourToSevenAndNineMirror() {
        Map<String, double[]> cases = Map.of(
                "0", new double[] {0, 0}, "1", new double[] {270, 0}, "2", new double[] {180, 0}, "3", new double[] {90, 0},
                "5", new double[] {270, 1}, "8 30", new double[] {330, 0}, "9 90", new double[] {270, 1});
        cases.forEach((orient, expect) -> {
            GraphicObject.Flash f = (GraphicObject.Flash) read(HEADER_MM + "P 0 0 1 P 0 " + orient + "\n").image().objects()
                    .get(0);
            assertThat(f.transform().rotationDeg()).as(orient).isCloseTo(expect[0], within(1e-9));
            assertThat(f.transform().mirrorX()).as(orient).isEqualTo(expect[1] == 1);
        });
    }

    @Test
    void negativeFeaturesAreClear() {
        FeatureLayer l = read(HEADER_MM + "P 0 0 1 P 0 0\nP 0 0 2 N 0 0\n");
        assertThat(l.image().objects()).extracting(GraphicObject::polarity).containsExactly(Polarity.DARK, Polarity.CLEAR);
        assertThat(new ImageGeometry().toGeometry(l.image()).areaMm2()).isCloseTo(2.0 - 0.25, within(1e-9));
    }

    @Test
    void attributesKeepTheirOdbNamesAndGiveGerberAperFunctions() {
        FeatureLayer l = read(HEADER_MM + "P 0 0 1 P 0 0;0,2=0\nP 0 0 0 P 0 0;1=2\nP 0 0 0 P 0 0;1=1;ID=77\n"
                + "P 0 0 0 P 0 0;1=0\nL 0 0 1 1 0 P 0;3=0\n");
        List<GraphicObject> o = l.image().objects();
        assertThat(o.get(0).attributes().get(".AperFunction")).containsExactly("SMDPad", "CuDef");
        assertThat(o.get(0).attributes().first(".pad_usage")).isEqualTo("toeprint");
        assertThat(o.get(1).attributes().get(".AperFunction")).containsExactly("ViaDrill");
        assertThat(o.get(2).attributes().get(".AperFunction")).containsExactly("MechanicalDrill", "NPTH");
        assertThat(o.get(3).attributes().get(".AperFunction")).containsExactly("ComponentDrill", "PTH");
        assertThat(o.get(4).attributes().first(".string")).isEqualTo("HELLO");
    }

    @Test
    void netsFromEdaDataBecomeDotN() {
        FeatureLayer l = new FeatureReader((n, d) -> null, 100).read(HEADER_MM + "P 0 0 0 P 0 0\nT 0 0 standard P 0 1 1 1 'X' 1\n"
                + "P 1 0 0 P 0 0\n", "t", i -> i == 2 ? "GND" : i == 0 ? "$NONE$" : null, 0);
        assertThat(l.image().objects()).hasSize(2);
        assertThat(l.image().objects().get(0).attributes().has(".N")).isFalse();
        assertThat(l.image().objects().get(1).attributes().first(".N")).isEqualTo("GND");
        assertThat(l.texts()).isEqualTo(1);
        assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("ODB-W003");
    }

    @Test
    void aDotNetTextAttributeNamesTheNetWhenEdaDataDoesNot() {
        FeatureLayer l = read("UNITS=MM\n$0 r100\n@0 .net\n&0 VCC\nP 0 0 0 P 0 0;0=0\n");
        assertThat(l.image().objects().get(0).attributes().first(".N")).isEqualTo("VCC");
    }

    @Test
    void surfaceHolesCutOnlyTheirOwnSurfaceWhicheverWayRoundTheyAreWritten() {
        String island = "OB 0 0 I\nOS 0 10\nOS 10 10\nOS 10 0\nOS 0 0\nOE\n";
        String holeCcw = "OB 4 4 H\nOS 6 4\nOS 6 6\nOS 4 6\nOS 4 4\nOE\n";
        String holeCw = "OB 4 4 H\nOS 4 6\nOS 6 6\nOS 6 4\nOS 4 4\nOE\n";
        for (String hole : List.of(holeCcw, holeCw)) {
            // a pad drawn first inside the hole stays: the hole is not a clear object
            FeatureLayer l = read(HEADER_MM + "P 5 5 2 P 0 0\nS P 0\n" + island + hole + "SE\n");
            assertThat(l.image().objects()).hasSize(2);
            assertThat(new ImageGeometry().toGeometry(l.image()).areaMm2()).isCloseTo(100 - 4 + 0.25, within(1e-6));
        }
    }

    @Test
    void surfaceArcSegmentsAndSeveralIslands() {
        String circle = "OB 1 0 I\nOC 1 0 0 0 Y\nOE\n";
        String square = "OB 5 5 I\nOS 5 6\nOS 6 6\nOS 6 5\nOS 5 5\nOE\n";
        FeatureLayer l = read("UNITS=MM\nS P 0\n" + circle + square + "SE\n");
        GraphicObject.Region r = (GraphicObject.Region) l.image().objects().get(0);
        assertThat(r.contours()).hasSize(2);
        assertThat(new ImageGeometry().toGeometry(l.image()).areaMm2()).isCloseTo(Math.PI + 1, within(0.01));
    }

    @Test
    void userSymbolsAreExpandedAtThePadWithItsRotationAndPolarity() {
        List<GraphicObject> symbol = read("UNITS=MM\n$0 s1000\nP 1 0 0 P 0 0\n").image().objects();
        FeatureReader reader = new FeatureReader((name, depth) -> name.equals("my_symbol") ? symbol : null, 100);
        FeatureLayer l = reader.read(HEADER_MM + "P 10 10 3 P 0 8 90\n", "t", null, 0);
        GraphicObject.Flash f = (GraphicObject.Flash) l.image().objects().get(0);
        // (1, 0) turned 90 degrees clockwise is (0, -1)
        assertThat(f.at()).isEqualTo(new Point(10_000_000, 9_000_000));
        FeatureLayer neg = reader.read(HEADER_MM + "P 10 10 3 N 0 0\n", "t", null, 0);
        assertThat(neg.image().objects().get(0).polarity()).isEqualTo(Polarity.CLEAR);
    }

    @Test
    void unknownSymbolsAndMalformedRecordsAreWarningsNamingTheLine() {
        FeatureLayer l = read(HEADER_MM + "P 0 0 3 P 0 0\nL 0 0 zz 1 0 P 0\nP 0 0 9 P 0 0\nP 1 1 0 P 0 0\n");
        assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("ODB-W002", "ODB-W001", "ODB-W001");
        assertThat(l.diagnostics().get(1).position().line()).isEqualTo(12);
        assertThat(l.image().objects()).hasSize(1);
    }

    @Test
    void objectCapStopsReadingWithAnError() {
        FeatureLayer l = new FeatureReader((n, d) -> null, 2).read(HEADER_MM + "P 0 0 0 P 0 0\n".repeat(5), "t", null, 0);
        assertThat(l.image().objects()).hasSize(2);
        assertThat(l.diagnostics()).extracting(Diagnostic::code).containsExactly("ODB-E004");
    }
}
