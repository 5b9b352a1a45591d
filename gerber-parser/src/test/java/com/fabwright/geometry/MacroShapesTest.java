package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import com.fabwright.image.Aperture;
import com.fabwright.image.MacroPrimitive;

class MacroShapesTest {
    private static final double PI = Math.PI;

    /** Area of {x > a, y > a, x² + y² < R²}: one quarter of a thermal's cut disk. */
    static double quarter(double r, double a) {
        if (r <= a * Math.sqrt(2)) {
            return 0;
        }
        double b = Math.sqrt(r * r - a * a);
        return r * r / 2 * (Math.asin(b / r) - Math.asin(a / r)) - a * (b - a);
    }

    static double thermalArea(double outer, double inner, double gap) {
        return 4 * (quarter(outer / 2, gap / 2) - quarter(inner / 2, gap / 2));
    }

    static Stream<Arguments> primitives() {
        return Stream.of(
                Arguments.of("circle", macro(new MacroPrimitive.Circle(true, 2, 1, 0, 0)), PI, curveTolerance(2 * PI)),
                Arguments.of("vector line has square ends at its points",
                        macro(new MacroPrimitive.VectorLine(true, 1, 0, 0, 3, 4, 0)), 5.0, 1e-5),
                Arguments.of("centre line", macro(new MacroPrimitive.CenterLine(true, 2, 1, 3, 0, 30)), 2.0, 1e-5),
                Arguments.of("outline triangle", macro(new MacroPrimitive.Outline(true,
                        List.of(new double[] {0, 0}, new double[] {2, 0}, new double[] {0, 2}, new double[] {0, 0}),
                        0)), 2.0, 1e-9),
                Arguments.of("polygon primitive", macro(new MacroPrimitive.Polygon(true, 5, 1, 1, 2, 10)),
                        2.5 * Math.sin(2 * PI / 5), 1e-5),
                Arguments.of("exposure off erases earlier primitives", macro(
                        new MacroPrimitive.Circle(true, 2, 0, 0, 0),
                        new MacroPrimitive.Circle(false, 1, 0, 0, 0)), PI * 0.75, curveTolerance(3 * PI)),
                Arguments.of("exposure on after off draws again", macro(
                        new MacroPrimitive.Circle(true, 2, 0, 0, 0),
                        new MacroPrimitive.Circle(false, 1, 0, 0, 0),
                        new MacroPrimitive.Circle(true, 0.5, 0, 0, 0)), PI * (0.75 + 0.0625),
                        curveTolerance(3.5 * PI)),
                Arguments.of("exposure off with nothing below erases nothing", macro(
                        new MacroPrimitive.Circle(false, 1, 0, 0, 0),
                        new MacroPrimitive.CenterLine(true, 1, 1, 0, 0, 0)), 1.0, 1e-9),
                Arguments.of("thermal matches the closed form", macro(
                        new MacroPrimitive.Thermal(0, 0, 2, 1.2, 0.3, 0)), thermalArea(2, 1.2, 0.3),
                        curveTolerance(3.2 * PI)),
                Arguments.of("thermal with small inner diameter has square notches", macro(
                        new MacroPrimitive.Thermal(0, 0, 2, 0.2, 0.4, 45)), thermalArea(2, 0.2, 0.4),
                        curveTolerance(2 * PI)),
                Arguments.of("moire rings down to a disk", macro(
                        new MacroPrimitive.Moire(0, 0, 10, 1, 1, 5, 0, 0, 0)), 15 * PI, curveTolerance(30 * PI)),
                Arguments.of("moire stops at max rings", macro(
                        new MacroPrimitive.Moire(0, 0, 10, 1, 1, 1, 0, 0, 0)), 9 * PI, curveTolerance(18 * PI)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("primitives")
    void flashedMacroHasExpectedArea(String name, Aperture macro, double expected, double tol) {
        assertThat(area(flash(macro, 5, 5))).isCloseTo(expected, within(tol));
    }

    @Test
    void rotationTurnsPrimitiveAboutMacroOriginNotItsCentre() {
        Aperture m = macro(new MacroPrimitive.CenterLine(true, 2, 1, 3, 0, 90));
        Envelope b = geometry(flash(m, 0, 0)).boundsMm();
        assertThat(b.getMinX()).isCloseTo(-0.5, within(1e-6));
        assertThat(b.getMaxX()).isCloseTo(0.5, within(1e-6));
        assertThat(b.getMinY()).isCloseTo(2, within(1e-6));
        assertThat(b.getMaxY()).isCloseTo(4, within(1e-6));
    }

    @Test
    void polygonPrimitiveCentreRotatesAboutOrigin() {
        Aperture m = macro(new MacroPrimitive.Polygon(true, 4, 2, 0, 1, 90));
        var c = geometry(flash(m, 0, 0)).darkArea().getCentroid();
        assertThat(c.getX()).isCloseTo(0, within(1e-6));
        assertThat(c.getY()).isCloseTo(2, within(1e-6));
    }

    @Test
    void moireCrosshairSpansItsLength() {
        Aperture m = macro(new MacroPrimitive.Moire(0, 0, 4, 0.5, 0.5, 2, 0.1, 6, 0));
        Envelope b = geometry(flash(m, 0, 0)).boundsMm();
        assertThat(b.getWidth()).isCloseTo(6, within(1e-9));
        assertThat(b.getHeight()).isCloseTo(6, within(1e-9));
    }

    @Test
    void thermalGapsSplitTheRingIntoFourPieces() {
        LayerGeometry g = geometry(flash(macro(new MacroPrimitive.Thermal(0, 0, 2, 1.2, 0.3, 0)), 0, 0));
        assertThat(g.polygons()).hasSize(4);
    }

    @Test
    void thermalRotationTurnsTheGaps() {
        LayerGeometry straight = geometry(flash(macro(new MacroPrimitive.Thermal(0, 0, 2, 1.2, 0.3, 0)), 0, 0));
        LayerGeometry turned = geometry(flash(macro(new MacroPrimitive.Thermal(0, 0, 2, 1.2, 0.3, 45)), 0, 0));
        var onXAxis = Units.FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(0.8, 0));
        assertThat(straight.darkArea().intersects(onXAxis)).isFalse();
        assertThat(turned.darkArea().intersects(onXAxis)).isTrue();
    }
}
