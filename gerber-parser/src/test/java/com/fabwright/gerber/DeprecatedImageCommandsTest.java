package com.fabwright.gerber;

import static com.fabwright.gerber.GerberText.hasCode;
import static com.fabwright.gerber.GerberText.mm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/** The deprecated SF (scale factor) and KO (knockout) commands, measured on the final geometry. */
class DeprecatedImageCommandsTest {
    private static LayerGeometry geometry(GerberFile f) {
        return new ImageGeometry().toGeometry(f.image());
    }

    static Stream<Arguments> scaleFactors() {
        double pi = Math.PI;
        return Stream.of(
                // a 1 x 2 mm rectangle flashed at (1, 1) under SF A2 B3: 2 x 6 mm at (2, 3)
                Arguments.of("rectangle A2B3", "%SFA2B3*%%ADD10R,1X2*%D10*X1000000Y1000000D03*", 12.0,
                        new Envelope(1, 3, 0, 6)),
                // uniform: a 1 mm circle at (1, 0) under SF A2 B2 is a 2 mm circle at (2, 0)
                Arguments.of("circle A2B2", "%SFA2B2*%%ADD10C,1*%D10*X1000000Y0D03*", pi, new Envelope(1, 3, -1, 1)),
                // non-uniform: the 1 mm circle becomes a 2 x 1 mm ellipse of area pi/2
                Arguments.of("circle A2B1 is an ellipse", "%SFA2B1*%%ADD10C,1*%D10*X0Y0D03*", pi / 2,
                        new Envelope(-1, 1, -0.5, 0.5)),
                // a stroke 0..2 mm along x with a 0.1 mm circle under A2 B1 (gerbv's test-layer-scale-factor-1
                // in small): 4 mm long, 0.1 mm wide, elliptic caps of half-axes 0.1 x 0.05
                Arguments.of("stroke A2B1", "%SFA2B1*%%ADD10C,0.1*%D10*X0Y0D02*X2000000Y0D01*",
                        4 * 0.1 + pi * 0.1 * 0.05, new Envelope(-0.1, 4.1, -0.05, 0.05)),
                // a vertical stroke under A2 B1: the width doubles
                Arguments.of("vertical stroke A2B1", "%SFA2B1*%%ADD10C,0.1*%D10*X0Y0D02*X0Y1000000D01*",
                        1 * 0.2 + pi * 0.1 * 0.05, new Envelope(-0.1, 0.1, -0.05, 1.05)),
                Arguments.of("rectangle with round hole A2B1", "%SFA2B1*%%ADD10R,1X1X0.5*%D10*X0Y0D03*",
                        2 - pi * 0.5 * 0.25, new Envelope(-1, 1, -0.5, 0.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scaleFactors")
    void scaleFactorScalesCoordinatesAndApertures(String name, String body, double area, Envelope box) {
        LayerGeometry g = geometry(mm(body));
        assertThat(g.areaMm2()).isCloseTo(area, within(area * 1e-4));
        Envelope b = g.boundsMm();
        assertThat(b.getMinX()).isCloseTo(box.getMinX(), within(2e-6));
        assertThat(b.getMaxX()).isCloseTo(box.getMaxX(), within(2e-6));
        assertThat(b.getMinY()).isCloseTo(box.getMinY(), within(2e-6));
        assertThat(b.getMaxY()).isCloseTo(box.getMaxY(), within(2e-6));
    }

    @Test
    void nonUniformScaleOfAMacroTakesTheSameAreaUniformScaleWithAWarning() {
        GerberFile f = mm("%SFA2B0.5*%%AMBOX*21,1,1,1,0,0,0*%%ADD10BOX*%D10*X0Y0D03*");
        assertThat(geometry(f).areaMm2()).isCloseTo(1.0, within(1e-9));
        assertThat(hasCode(f, "GBR-W033")).isTrue();
    }

    @Test
    void knockoutWithBorderClearsTheExtentOfTheFollowingObjectsGrownByTheBorder() {
        // a 10 x 10 mm dark square, then KOC K1: a 2 mm line of 0.2 mm at the centre gets a cleared
        // box of (2.2 + 2) x (0.2 + 2) mm around it, then the line is drawn dark on top
        GerberFile f = mm("G36*X0Y0D02*X10000000Y0D01*X10000000Y10000000D01*X0Y10000000D01*X0Y0D01*G37*"
                + "%KOCK1*%%ADD10R,0.2X0.2*%D10*X4000000Y5000000D02*X6000000Y5000000D01*");
        double line = 2.2 * 0.2;
        assertThat(geometry(f).areaMm2()).isCloseTo(100 - 4.2 * 2.2 + line, within(1e-9));
        assertThat(hasCode(f, "GBR-W032")).isTrue();
    }

    @Test
    void knockoutWithCornerAndSizeClearsThatRectangle() {
        GerberFile f = mm("G36*X0Y0D02*X10000000Y0D01*X10000000Y10000000D01*X0Y10000000D01*X0Y0D01*G37*"
                + "%KOCX1Y2I3J4*%");
        assertThat(geometry(f).areaMm2()).isCloseTo(100 - 12, within(1e-9));
    }

    @Test
    void knockoutWithBorderAndNothingAfterItDrawsNothing() {
        GerberFile f = mm("G36*X0Y0D02*X10000000Y0D01*X10000000Y10000000D01*X0Y10000000D01*X0Y0D01*G37*%KOCK1*%");
        assertThat(geometry(f).areaMm2()).isCloseTo(100, within(1e-9));
    }
}
