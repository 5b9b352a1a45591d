package com.fabwright.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

class ViewportTest {
    @Test
    void fitCentresTheBoardAndKeepsTheMargin() {
        Viewport v = Viewport.fit(new Envelope(0, 50, 0, 30), 540, 340, 20);
        assertThat(v.scale()).isCloseTo(10, within(1e-9));
        double[] centre = v.toPx(25, 15);
        assertThat(centre[0]).isCloseTo(270, within(1e-9));
        assertThat(centre[1]).isCloseTo(170, within(1e-9));
        double[] topLeft = v.toPx(0, 30);
        assertThat(topLeft[0]).isCloseTo(20, within(1e-9));
        assertThat(topLeft[1]).isCloseTo(20, within(1e-9));
    }

    @Test
    void yPointsUpOnTheBoardAndDownOnTheScreen() {
        Viewport v = new Viewport(2, 0, 100);
        assertThat(v.toPx(0, 10)[1]).isLessThan(v.toPx(0, 0)[1]);
    }

    @Test
    void windowIsWhatTheCanvasShows() {
        Viewport v = Viewport.fit(new Envelope(0, 50, 0, 30), 500, 300, 0);
        Envelope w = v.windowMm(500, 300);
        assertThat(w.getMinX()).isCloseTo(0, within(1e-9));
        assertThat(w.getMaxX()).isCloseTo(50, within(1e-9));
        assertThat(w.getMinY()).isCloseTo(0, within(1e-9));
        assertThat(w.getMaxY()).isCloseTo(30, within(1e-9));
        assertThat(v.dpi()).isCloseTo(254, within(1e-9));
    }

    static Stream<Arguments> randomZooms() {
        Random r = new Random(20261121);
        return Stream.generate(() -> Arguments.of(new Viewport(0.5 + r.nextDouble() * 100, r.nextDouble() * 800 - 400,
                r.nextDouble() * 800 - 400), r.nextDouble() * 1000, r.nextDouble() * 700, 0.2 + r.nextDouble() * 5)).limit(100);
    }

    @ParameterizedTest
    @MethodSource("randomZooms")
    void zoomKeepsThePointUnderTheCursor(Viewport v, double px, double py, double factor) {
        double[] before = v.toMm(px, py);
        double[] after = v.zoomAbout(px, py, factor).toMm(px, py);
        assertThat(after[0]).isCloseTo(before[0], within(1e-7));
        assertThat(after[1]).isCloseTo(before[1], within(1e-7));
    }

    @Test
    void panMovesTheBoardWithTheMouse() {
        Viewport v = new Viewport(10, 0, 0).panBy(30, -20);
        assertThat(v.toPx(0, 0)).containsExactly(30, -20);
    }

    @Test
    void zoomIsClamped() {
        assertThat(new Viewport(1, 0, 0).zoomAbout(0, 0, 1e9).scale()).isEqualTo(Viewport.MAX_SCALE);
        assertThat(new Viewport(1, 0, 0).zoomAbout(0, 0, 1e-9).scale()).isEqualTo(Viewport.MIN_SCALE);
    }

    @Test
    void fitOfNothingIsTheDefault() {
        assertThat(Viewport.fit(new Envelope(), 100, 100, 0)).isEqualTo(Viewport.DEFAULT);
    }
}
