package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.Image;
import com.fabwright.image.MacroPrimitive;
import com.fabwright.image.Polarity;

class PolarityAndTransformTest {
    private static final Polarity D = Polarity.DARK;
    private static final Polarity C = Polarity.CLEAR;

    @Test
    void clearErasesOnlyEarlierDarkObjects() {
        // dark 10x10, clear 4x4 in the middle, dark 2x2 in the middle again
        double a = area(square(D, 0, 0, 10), square(C, 3, 3, 4), square(D, 4, 4, 2));
        assertThat(a).isCloseTo(100 - 16 + 4, within(1e-9));
    }

    @Test
    void clearBeforeAnyDarkErasesNothing() {
        assertThat(area(square(C, 0, 0, 10), square(D, 2, 2, 2))).isCloseTo(4, within(1e-9));
    }

    @Test
    void clearTouchesOnlyOverlappedPieces() {
        LayerGeometry g = geometry(square(D, 0, 0, 2), square(D, 10, 0, 2), square(C, 9, -1, 2));
        assertThat(g.areaMm2()).isCloseTo(4 + 3, within(1e-9));
        assertThat(g.polygons()).hasSize(2);
    }

    @Test
    void clearSplittingAPieceLeavesBothHalves() {
        LayerGeometry g = geometry(square(D, 0, 0, 10), polygonRegion(C, 4, -1, 6, -1, 6, 11, 4, 11),
                flash(rect(1, 1), 5, 5));
        assertThat(g.polygons()).hasSize(3);
        assertThat(g.areaMm2()).isCloseTo(80 + 1, within(1e-9));
    }

    @Test
    void manyAlternatingRunsResolveInOrder() {
        // 50 rounds of: dark strip, clear its left half; each strip keeps its right half.
        var objs = new java.util.ArrayList<com.fabwright.image.GraphicObject>();
        for (int i = 0; i < 50; i++) {
            objs.add(polygonRegion(D, 0, i, 10, i, 10, i + 1, 0, i + 1));
            objs.add(polygonRegion(C, -1, -1, 5, -1, 5, i + 1, -1, i + 1));
        }
        LayerGeometry g = new ImageGeometry().toGeometry(new Image(objs, Attributes.EMPTY, false, false));
        assertThat(g.areaMm2()).isCloseTo(50 * 5, within(1e-9));
        assertThat(g.polygons()).hasSize(1);
    }

    @Test
    void touchingShapesAreMergedAndResultIsValid() {
        LayerGeometry g = geometry(square(D, 0, 0, 1), square(D, 1, 0, 1), flash(circle(0.5), 2, 0.5));
        assertThat(g.polygons()).hasSize(1);
        assertThat(g.darkArea().isValid()).isTrue();
        assertThat(g.boundsMm()).isEqualTo(new Envelope(0, 2.25, 0, 1));
    }

    @Test
    void negativeImageIsBoundingBoxMinusDarkObjects() {
        Image negative = new Image(List.of(square(D, 0, 0, 2), square(D, 8, 8, 2), square(C, 0, 8, 1)),
                Attributes.EMPTY, true, false);
        LayerGeometry g = new ImageGeometry().toGeometry(negative);
        assertThat(g.areaMm2()).isCloseTo(100 - 8, within(1e-9));
        assertThat(g.boundsMm()).isEqualTo(new Envelope(0, 10, 0, 10));
    }

    @Test
    void emptyImageHasNoAreaAndNullBounds() {
        LayerGeometry g = new ImageGeometry().toGeometry(Image.empty());
        assertThat(g.areaMm2()).isZero();
        assertThat(g.boundsMm().isNull()).isTrue();
        assertThat(g.darkArea().isEmpty()).isTrue();
        assertThat(g.objectCount()).isZero();
    }

    @Test
    void chordErrorMustBePositive() {
        assertThatThrownBy(() -> new ImageGeometry(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static final Aperture TRIANGLE = macro(new MacroPrimitive.Outline(true,
            List.of(new double[] {0, 0}, new double[] {2, 0}, new double[] {0, 1}, new double[] {0, 0}), 0));

    static Stream<Arguments> transforms() {
        return Stream.of(
                Arguments.of("rotate rectangle 90", rect(2, 1), new ApertureTransform(false, false, 90, 1),
                        new Envelope(-0.5, 0.5, -1, 1)),
                Arguments.of("mirror x flips the triangle left", TRIANGLE, new ApertureTransform(true, false, 0, 1),
                        new Envelope(-2, 0, 0, 1)),
                Arguments.of("mirror y flips the triangle down", TRIANGLE, new ApertureTransform(false, true, 0, 1),
                        new Envelope(0, 2, -1, 0)),
                Arguments.of("mirror first, then rotate", TRIANGLE, new ApertureTransform(true, false, 90, 1),
                        new Envelope(-1, 0, -2, 0)),
                Arguments.of("rotate then scale", TRIANGLE, new ApertureTransform(false, false, 90, 2),
                        new Envelope(-2, 0, 0, 4)),
                Arguments.of("scale a circle", circle(1), new ApertureTransform(false, false, 0, 3),
                        new Envelope(-1.5, 1.5, -1.5, 1.5)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("transforms")
    void transformIsMirrorThenRotateThenScale(String name, Aperture ap, ApertureTransform t, Envelope expected) {
        Envelope b = geometry(flash(ap, 0, 0, t, D)).boundsMm();
        assertThat(b.getMinX()).isCloseTo(expected.getMinX(), within(1e-6));
        assertThat(b.getMaxX()).isCloseTo(expected.getMaxX(), within(1e-6));
        assertThat(b.getMinY()).isCloseTo(expected.getMinY(), within(1e-6));
        assertThat(b.getMaxY()).isCloseTo(expected.getMaxY(), within(1e-6));
    }

    @Test
    void scaleMultipliesAreaBySquareAndKeepsChordError() {
        double a = area(flash(circle(1), 0, 0, new ApertureTransform(false, false, 0, 3), D));
        assertThat(a).isCloseTo(Math.PI * 2.25, within(curveTolerance(3 * Math.PI)));
    }

    @Test
    void scaledDrawUsesScaledWidth() {
        var d = new com.fabwright.image.GraphicObject.Draw(pt(0, 0), pt(10, 0), rect(1, 1),
                new ApertureTransform(false, false, 0, 2), D, Attributes.EMPTY);
        assertThat(area(d)).isCloseTo(12 * 2, within(1e-9));
    }
}
