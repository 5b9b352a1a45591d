package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import com.fabwright.image.GraphicObject;

class ArcDrawTest {
    private static final double PI = Math.PI;

    static Stream<Arguments> arcs() {
        // Annular sector theta*r*w plus the two half-disk caps outside it: pi*w^2/4.
        return Stream.of(
                Arguments.of("quarter arc counter-clockwise", arc(circle(1), 5, 0, 0, 5, 0, 0, false),
                        PI / 2 * 5 * 1 + PI / 4, curveTolerance(7 * PI)),
                Arguments.of("same end points clockwise takes the long way", arc(circle(1), 5, 0, 0, 5, 0, 0, true),
                        1.5 * PI * 5 * 1 + PI / 4, curveTolerance(17 * PI)),
                Arguments.of("clockwise quarter", arc(circle(0.4), 0, 3, 3, 0, 0, 0, true),
                        PI / 2 * 3 * 0.4 + PI * 0.04, curveTolerance(4 * PI)),
                Arguments.of("full circle when start equals end is an annulus",
                        arc(circle(1), 5, 0, 5, 0, 0, 0, false), 2 * PI * 5 * 1, curveTolerance(20 * PI)),
                Arguments.of("full circle thicker than its radius is a disk",
                        arc(circle(2), 0.5, 0, 0.5, 0, 0, 0, true), PI * 1.5 * 1.5, curveTolerance(3 * PI)),
                Arguments.of("zero-width arc draws nothing", arc(circle(0), 5, 0, 0, 5, 0, 0, false), 0.0, 0.0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("arcs")
    void arcDrawHasExpectedArea(String name, GraphicObject arc, double expected, double tol) {
        assertThat(area(arc)).isCloseTo(expected, within(tol));
    }

    @Test
    void arcSmallerThanItsWidthMatchesBufferOfItsCentreLine() {
        GraphicObject a = arc(circle(1), 0.3, 0, -0.3, 0, 0, 0, false);
        Geometry path = Units.FACTORY.createLineString(ArcStrokeShapes.arcPath(pt(0.3, 0), pt(-0.3, 0), pt(0, 0),
                false, 1e-5).toArray(new Coordinate[0]));
        double reference = path.buffer(0.5, 200).getArea();
        assertThat(area(a)).isCloseTo(reference, within(curveTolerance(2 * PI)));
    }

    @Test
    void rectangleApertureArcIsSweptWithinChordError() {
        LayerGeometry g = geometry(arc(rect(1, 1), 5, 0, 0, 5, 0, 0, false));
        Envelope b = g.boundsMm();
        assertThat(b.getMinX()).isCloseTo(-0.5, within(1e-6));
        assertThat(b.getMaxX()).isCloseTo(5.5, within(1e-6));
        assertThat(b.getMaxY()).isCloseTo(5.5, within(1e-6));
        assertThat(g.darkArea().isValid()).isTrue();
        // The square's corner sweeps outside r+0.5: area lies between the round-aperture stroke and the hull.
        assertThat(g.areaMm2()).isGreaterThan(PI / 2 * 5 + 1).isLessThan(PI / 2 * 5 * 1.5 + 1);
    }

    @Test
    void arcVerticesStayWithinChordErrorOfTrueRadius() {
        double chord = 0.01;
        LayerGeometry g = new ImageGeometry(chord).toGeometry(image(arc(circle(1), 5, 0, 5, 0, 0, 0, false)));
        Coordinate[] outer = g.polygons().get(0).getExteriorRing().getCoordinates();
        for (int i = 0; i + 1 < outer.length; i++) {
            assertThat(Math.hypot(outer[i].x, outer[i].y) - 5.5).isBetween(-1e-6, chord + 1e-6);
            double mid = Math.hypot((outer[i].x + outer[i + 1].x) / 2, (outer[i].y + outer[i + 1].y) / 2);
            assertThat(5.5 - mid).isBetween(-1e-6, chord + 1e-6);
        }
        // the annulus keeps its true area: pi (5.5^2 - 4.5^2) = 10 pi
        assertThat(g.areaMm2()).isCloseTo(10 * PI, within(1e-3));
    }

    static Stream<Arguments> openArcs() {
        return Stream.of(
                Arguments.of(0.15, PI),
                Arguments.of(0.15, PI / 2),
                Arguments.of(1.0, 0.3),
                Arguments.of(5.0, 2 * PI - 0.1),
                Arguments.of(0.0008, PI));
    }

    @ParameterizedTest(name = "r={0} sweep={1}")
    @MethodSource("openArcs")
    void openArcKeepsEndsExactStaysWithinChordErrorAndKeepsTheSectorArea(double r, double sweep) {
        double chord = 0.001;
        List<Coordinate> pts = ArcLinearizer.points(0, 0, r, r, 0.2, sweep, chord, 2);
        assertThat(Math.hypot(pts.get(0).x, pts.get(0).y)).isCloseTo(r, within(1e-12));
        Coordinate last = pts.get(pts.size() - 1);
        assertThat(Math.hypot(last.x, last.y)).isCloseTo(r, within(1e-12));
        double fan = 0;
        for (int i = 0; i + 1 < pts.size(); i++) {
            Coordinate a = pts.get(i);
            Coordinate b = pts.get(i + 1);
            fan += (a.x * b.y - a.y * b.x) / 2;
            assertThat(Math.hypot(b.x, b.y) - r).isLessThanOrEqualTo(chord + 1e-12);
            for (double t = 0; t <= 1; t += 0.01) {
                double d = Math.hypot(a.x + t * (b.x - a.x), a.y + t * (b.y - a.y));
                assertThat(Math.abs(d - r)).isLessThanOrEqualTo(chord + 1e-12);
            }
        }
        assertThat(fan).isCloseTo(r * r * sweep / 2, within(r * r * sweep * 1e-9));
    }

    @Test
    void segmentCountIsTheSmallestMeetingTheSagittaBound() {
        for (double r : new double[] {0.05, 0.3, 1, 10, 250}) {
            int n = ArcLinearizer.segments(r, PI, 0.001);
            assertThat(ArcLinearizer.sagitta(r, PI / n)).isLessThanOrEqualTo(0.001 + 1e-15);
            if (n > 4) { // below 4 segments the 45-degree cap decides
                assertThat(ArcLinearizer.sagitta(r, PI / (n - 1))).isGreaterThan(0.001);
            }
        }
    }
}
