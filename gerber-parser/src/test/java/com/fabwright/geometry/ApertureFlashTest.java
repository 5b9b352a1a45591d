package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import com.fabwright.image.Aperture;
import com.fabwright.image.Hole;
import com.fabwright.image.Polarity;

class ApertureFlashTest {

    static Stream<Arguments> flashes() {
        double pi = Math.PI;
        return Stream.of(
                Arguments.of("circle d=1", circle(1), pi / 4, curveTolerance(pi)),
                Arguments.of("circle d=0.05", circle(0.05), pi * 0.025 * 0.025, curveTolerance(pi * 0.05)),
                Arguments.of("rectangle 2x3 is exact", rect(2, 3), 6.0, 1e-12),
                Arguments.of("obround 3x1", new Aperture.Obround(3, 1, Hole.NONE), 2 + pi / 4, curveTolerance(pi)),
                Arguments.of("obround 1x3", new Aperture.Obround(1, 3, Hole.NONE), 2 + pi / 4, curveTolerance(pi)),
                Arguments.of("obround square is a circle", new Aperture.Obround(1, 1, Hole.NONE), pi / 4,
                        curveTolerance(pi)),
                Arguments.of("hexagon d=2", new Aperture.Polygon(2, 6, 0, Hole.NONE), 3 * Math.sin(pi / 3), 1e-5),
                Arguments.of("pentagon d=2 rotated 17", new Aperture.Polygon(2, 5, 17, Hole.NONE),
                        2.5 * Math.sin(2 * pi / 5), 1e-5),
                Arguments.of("circle with round hole", new Aperture.Circle(1, new Hole(0.4, 0)),
                        pi / 4 - pi * 0.04, curveTolerance(pi * 1.4)),
                Arguments.of("rectangle with rectangular hole", new Aperture.Rectangle(2, 2, new Hole(1, 0.5)), 3.5,
                        1e-12),
                Arguments.of("obround with round hole", new Aperture.Obround(3, 1, new Hole(0.5, 0)),
                        2 + pi / 4 - pi / 16, curveTolerance(pi * 1.5)),
                Arguments.of("zero circle draws nothing", circle(0), 0.0, 0.0),
                Arguments.of("zero-height rectangle draws nothing", rect(1, 0), 0.0, 0.0),
                Arguments.of("hole larger than pad leaves nothing", new Aperture.Rectangle(1, 1, new Hole(2, 0)), 0.0,
                        0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("flashes")
    void flashedApertureHasExpectedArea(String name, Aperture ap, double expected, double tol) {
        double area = area(flash(ap, 3.25, -7.5));
        assertThat(area).isCloseTo(expected, within(tol));
    }

    static Stream<Arguments> roundHoles() {
        // equal-area linearisation: a flashed circle keeps the true area to far below the chord
        // error's (4/3)s/r that inscribed chords lose (-0.9 % for a 0.3 mm hole at 1 µm)
        return Stream.of(Arguments.of(0.3), Arguments.of(0.1), Arguments.of(0.6), Arguments.of(1.0), Arguments.of(6.35));
    }

    @ParameterizedTest(name = "circle d={0} keeps its area")
    @MethodSource("roundHoles")
    void flashedCircleKeepsItsArea(double d) {
        double exact = Math.PI * d * d / 4;
        double area = area(flash(circle(d), 1.2345, -6.789));
        assertThat((area - exact) / exact).isCloseTo(0.0, within(1e-4));
    }

    @Test
    void polygonApertureFirstVertexSitsAtItsRotation() {
        Envelope b = geometry(flash(new Aperture.Polygon(2, 4, 0, Hole.NONE), 0, 0)).boundsMm();
        assertThat(b.getMaxX()).isCloseTo(1.0, within(1e-9));
        assertThat(b.getMaxY()).isCloseTo(1.0, within(1e-9));
        Envelope rotated = geometry(flash(new Aperture.Polygon(2, 4, 45, Hole.NONE), 0, 0)).boundsMm();
        assertThat(rotated.getMaxX()).isCloseTo(Math.sqrt(0.5), within(1e-6));
    }

    @Test
    void holeIsSeeThroughAndDoesNotClearObjectsBelow() {
        double area = area(square(Polarity.DARK, -2, -2, 4), flash(new Aperture.Circle(1, new Hole(0.5, 0)), 0, 0));
        assertThat(area).isCloseTo(16.0, within(1e-9));
    }

    @Test
    void flashIsCentredOnItsPoint() {
        Envelope b = geometry(flash(rect(2, 1), 10, 20)).boundsMm();
        assertThat(b).isEqualTo(new Envelope(9, 11, 19.5, 20.5));
    }

    @Test
    void circleVerticesLieWithinChordErrorOfTheTrueCircle() {
        LayerGeometry g = new ImageGeometry(0.01).toGeometry(image(flash(circle(2), 0, 0)));
        var ring = g.polygons().get(0).getExteriorRing().getCoordinates();
        for (int i = 0; i + 1 < ring.length; i++) {
            double mx = (ring[i].x + ring[i + 1].x) / 2;
            double my = (ring[i].y + ring[i + 1].y) / 2;
            double vertex = Math.hypot(ring[i].x, ring[i].y);
            assertThat(vertex - 1.0).isBetween(0.0, 0.01 + 1e-6); // vertices just outside
            assertThat(1.0 - Math.hypot(mx, my)).isBetween(0.0, 0.01 + 1e-6); // chord middles just inside
        }
    }
}
