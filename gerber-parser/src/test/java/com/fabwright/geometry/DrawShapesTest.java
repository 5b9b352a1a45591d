package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import com.fabwright.image.Aperture;
import com.fabwright.image.Hole;
import com.fabwright.image.MacroPrimitive;

class DrawShapesTest {
    private static final double PI = Math.PI;

    static Stream<Arguments> draws() {
        return Stream.of(
                Arguments.of("horizontal capsule", draw(circle(0.2), 0, 0, 10, 0), 0.2 * 10 + PI * 0.01,
                        curveTolerance(0.2 * PI)),
                Arguments.of("diagonal capsule", draw(circle(0.5), 1, 1, 4, 5), 0.5 * 5 + PI * 0.0625,
                        curveTolerance(0.5 * PI)),
                Arguments.of("hole is ignored when drawing", draw(new Aperture.Circle(0.5, new Hole(0.2, 0)), 1, 1,
                        4, 5), 0.5 * 5 + PI * 0.0625, curveTolerance(0.5 * PI)),
                Arguments.of("rectangle along x", draw(rect(1, 0.5), 0, 0, 10, 0), 11 * 0.5, 1e-9),
                Arguments.of("rectangle diagonal is w*h + |dx|*h + |dy|*w", draw(rect(1, 0.5), 0, 0, 3, 4),
                        0.5 + 3 * 0.5 + 4 * 1, 1e-9),
                Arguments.of("obround along y", draw(new Aperture.Obround(2, 1, Hole.NONE), 0, 0, 0, 3),
                        1 + PI / 4 + 2 * 3, curveTolerance(PI)),
                Arguments.of("zero-length rectangle draw is a flash", draw(rect(1, 0.5), 2, 2, 2, 2), 0.5, 1e-9),
                Arguments.of("zero-length circle draw is a flash", draw(circle(1), 2, 2, 2, 2), PI / 4,
                        curveTolerance(PI)),
                Arguments.of("zero-width circle draws nothing", draw(circle(0), 0, 0, 5, 0), 0.0, 0.0),
                Arguments.of("non-convex macro sweeps each part, not the hull", draw(macro(
                        new MacroPrimitive.CenterLine(true, 1, 1, -2, 0, 0),
                        new MacroPrimitive.CenterLine(true, 1, 1, 2, 0, 0)), 0, 0, 0, 3), 2 * 4.0, 1e-9),
                Arguments.of("convex macro sweeps as its hull", draw(macro(
                        new MacroPrimitive.CenterLine(true, 1, 1, 0, 0, 0)), 0, 0, 3, 0), 4.0, 1e-9));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("draws")
    void drawHasExpectedArea(String name, com.fabwright.image.GraphicObject draw, double expected, double tol) {
        assertThat(area(draw)).isCloseTo(expected, within(tol));
    }

    @Test
    void capsuleIsAValidSinglePolygon() {
        LayerGeometry g = geometry(draw(circle(0.25), 0, 0, 1.234567, -7.654321));
        assertThat(g.polygons()).hasSize(1);
        assertThat(g.darkArea().isValid()).isTrue();
    }

    @Test
    void ringMacroDrawnFurtherThanItsHoleCoversTheWholeCapsule() {
        // Every point within 1 of the path is at distance 0.5..1 of some centre on it.
        Aperture ring = macro(new MacroPrimitive.Circle(true, 2, 0, 0, 0), new MacroPrimitive.Circle(false, 1, 0, 0, 0));
        LayerGeometry g = geometry(draw(ring, 0, 0, 10, 0));
        assertThat(g.areaMm2()).isCloseTo(2 * 10 + PI, within(curveTolerance(3 * PI)));
        assertThat(g.polygons().get(0).getNumInteriorRing()).isZero();
    }
}
