package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Polarity;

class RegionShapesTest {
    private static final double PI = Math.PI;

    private static GraphicObject region(Contour... contours) {
        return new GraphicObject.Region(List.of(contours), Polarity.DARK, Attributes.EMPTY);
    }

    @Test
    void squareRegionIsExact() {
        assertThat(area(square(Polarity.DARK, 1, 2, 10))).isEqualTo(100.0);
    }

    @Test
    void regionWithArcSegmentIsAHalfDisk() {
        Contour half = new Contour(pt(-5, 0), List.of(new Contour.Line(pt(5, 0)),
                new Contour.Arc(pt(-5, 0), pt(0, 0), false)));
        assertThat(area(region(half))).isCloseTo(PI * 25 / 2, within(curveTolerance(5 * PI)));
    }

    @Test
    void clockwiseArcSegmentBulgesTheOtherWay() {
        Contour half = new Contour(pt(-5, 0), List.of(new Contour.Line(pt(5, 0)),
                new Contour.Arc(pt(-5, 0), pt(0, 0), true)));
        LayerGeometry g = geometry(region(half));
        assertThat(g.boundsMm().getMinY()).isCloseTo(-5, within(CHORD));
        assertThat(g.areaMm2()).isCloseTo(PI * 25 / 2, within(curveTolerance(5 * PI)));
    }

    @Test
    void arcWhoseStartEqualsEndIsAFullCircle() {
        Contour disk = new Contour(pt(3, 0), List.of(new Contour.Arc(pt(3, 0), pt(0, 0), false)));
        assertThat(area(region(disk))).isCloseTo(PI * 9, within(curveTolerance(6 * PI)));
    }

    @Test
    void cutInMakesAHole() {
        Contour cutIn = lines(0, 0, 10, 0, 10, 10, 0, 10, 0, 5, 3, 5, 3, 7, 7, 7, 7, 3, 3, 3, 3, 5, 0, 5);
        LayerGeometry g = geometry(region(cutIn));
        assertThat(g.areaMm2()).isCloseTo(84.0, within(1e-9));
        assertThat(g.polygons()).hasSize(1);
        assertThat(g.polygons().get(0).getNumInteriorRing()).isEqualTo(1);
    }

    @Test
    void cutInTouchingAtOnePointMakesAHole() {
        // Outer square, then a diamond hole touching the outer boundary's vertex at (0,5).
        Contour c = lines(0, 0, 10, 0, 10, 10, 0, 10, 0, 5, 2, 7, 4, 5, 2, 3, 0, 5);
        assertThat(area(region(c))).isCloseTo(100 - 8, within(1e-9));
    }

    @Test
    void zeroAreaRegionContributesNothing() {
        LayerGeometry g = geometry(region(lines(0, 0, 5, 0, 10, 0, 5, 0)));
        assertThat(g.isEmpty()).isTrue();
        assertThat(g.areaMm2()).isZero();
        assertThat(g.boundsMm().isNull()).isTrue();
        assertThat(g.objectCount()).isEqualTo(1);
    }

    @Test
    void contoursOfOneRegionAreUnited() {
        GraphicObject two = region(lines(0, 0, 2, 0, 2, 2, 0, 2), lines(1, 1, 3, 1, 3, 3, 1, 3),
                lines(10, 10, 11, 10, 11, 11, 10, 11));
        assertThat(area(two)).isCloseTo(4 + 4 - 1 + 1, within(1e-9));
    }

    @Test
    void clockwiseContourFillsLikeCounterClockwise() {
        assertThat(area(region(lines(0, 0, 0, 2, 2, 2, 2, 0)))).isEqualTo(4.0);
    }

    @Test
    void windingNumberCountsTurns() {
        var ring = Shapes.ring(List.of(new org.locationtech.jts.geom.Coordinate(0, 0),
                new org.locationtech.jts.geom.Coordinate(1, 0), new org.locationtech.jts.geom.Coordinate(1, 1)))
                .getCoordinates();
        assertThat(RegionShapes.winding(ring, 0.7, 0.3)).isEqualTo(1);
        assertThat(RegionShapes.winding(ring, 2, 0.3)).isZero();
    }
}
