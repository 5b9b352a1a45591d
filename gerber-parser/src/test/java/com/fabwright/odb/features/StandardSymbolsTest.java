package com.fabwright.odb.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every standard symbol family of the ODB++ specification, by the area it covers (closed forms). */
class StandardSymbolsTest {
    private static final double PI = Math.PI;

    static Stream<Arguments> symbols() {
        // name in microns (features file in mm), expected area mm2, tolerance
        double thermalRing = PI / 4 * (2.0 * 2.0 - 1.0 * 1.0);
        return Stream.of(
                Arguments.of("r1000", PI / 4, 3e-3),
                Arguments.of("s1000", 1.0, 1e-9),
                Arguments.of("rect2000x1000", 2.0, 1e-9),
                Arguments.of("rect2000x1000xr200", 2.0 - (4 - PI) * 0.04, 1e-3),
                Arguments.of("rect2000x1000xr200x13", 2.0 - 2 * (1 - PI / 4) * 0.04, 1e-3),
                Arguments.of("rect2000x1000xc200", 2.0 - 4 * 0.02, 1e-6),
                Arguments.of("rect2000x1000xc200x2", 2.0 - 0.02, 1e-6),
                Arguments.of("oval2000x1000", 1.0 + PI / 4, 3e-3),
                Arguments.of("di2000x1000", 1.0, 1e-9),
                Arguments.of("oct2000x2000x500", 4.0 - 4 * 0.125, 1e-9),
                Arguments.of("donut_r2000x1000", thermalRing, 5e-3),
                Arguments.of("donut_s2000x1000", 3.0, 1e-9),
                Arguments.of("donut_sr2000x1000", 4.0 - PI / 4, 3e-3),
                Arguments.of("donut_rc3000x2000x250", 6.0 - 2.5 * 1.5, 1e-9),
                Arguments.of("donut_o3000x1000x250", (2.0 + PI / 4) - (2.0 * 0.5 + PI / 4 * 0.25), 2e-3),
                Arguments.of("hex_l2000x1000x500", 2.0 - 4 * 0.125, 1e-9),
                Arguments.of("hex_s1000x2000x500", 2.0 - 4 * 0.125, 1e-9),
                Arguments.of("bfr2000", PI / 2, 2e-3),
                Arguments.of("bfs2000", 2.0, 1e-9),
                Arguments.of("tri2000x1000", 1.0, 1e-9),
                Arguments.of("oval_h2000x1000", 1.5 + PI / 8, 2e-3),
                Arguments.of("el2000x1000", PI / 2, 2e-3),
                Arguments.of("thr2000x1000x45x4x200", thermalRing - 4 * 0.2 * 0.5, 6e-3),
                Arguments.of("ths2000x1000x0x4x200", thermalRing - 4 * 0.2 * 0.5, 6e-3),
                Arguments.of("s_ths2000x1000x0x4x200", 3.0 - 4 * 0.2 * 0.5, 1e-9),
                Arguments.of("s_tho2000x1000x45x4x200", 3.0 - 4 * 0.2 * 0.5 * Math.sqrt(2), 0.03),
                Arguments.of("sr_ths2000x1000x0x4x200", 4.0 - PI / 4 - 4 * 0.2 * 0.5, 3e-3),
                Arguments.of("rc_ths3000x2000x0x4x200x250", 6.0 - 2.5 * 1.5 - 2 * 0.2 * 0.25 - 2 * 0.2 * 0.25, 1e-6),
                Arguments.of("hole1000x0x0x0", PI / 4, 3e-3),
                Arguments.of("null0", 0.0, 1e-12));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("symbols")
    void standardSymbolCoversItsClosedFormArea(String name, double areaMm2, double tolerance) {
        Aperture ap = StandardSymbols.parse(name, 0.001).orElseThrow();
        assertThat(area(ap)).isCloseTo(areaMm2, within(tolerance));
    }

    static Stream<Arguments> inchSymbols() {
        double mil = 0.0254;
        return Stream.of(Arguments.of("r100", PI / 4 * 100 * mil * 100 * mil),
                Arguments.of("rect200x100", 200 * mil * 100 * mil),
                Arguments.of("oval400x200", (200 * mil * 200 * mil) + PI / 4 * 200 * mil * 200 * mil));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inchSymbols")
    void inchFilesGiveSymbolSizesInMils(String name, double areaMm2) {
        assertThat(area(StandardSymbols.parse(name, 0.0254).orElseThrow())).isCloseTo(areaMm2, within(areaMm2 * 0.002));
    }

    @ParameterizedTest
    @ValueSource(strings = {"construct+5_inc_0.6", "i274x.horizoval.d11", "pads_th_oval183x116x45x8x15x13", "rx", "donut_r"})
    void userSymbolNamesAreNotStandardSymbols(String name) {
        assertThat(StandardSymbols.parse(name, 0.001)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void moireDrawsRingsAndCrossHair() {
        Aperture ap = StandardSymbols.parse("moire100x100x3x50x2000x0", 0.001).orElseThrow();
        assertThat(ap).isInstanceOf(Aperture.Macro.class);
        assertThat(area(ap)).isGreaterThan(0.1).isLessThan(PI / 4 * 1.1 * 1.1 + 0.2);
    }

    static double area(Aperture ap) {
        GraphicObject flash = new GraphicObject.Flash(Point.ORIGIN, ap, ApertureTransform.IDENTITY, Polarity.DARK,
                Attributes.EMPTY);
        return new ImageGeometry().toGeometry(new Image(List.of(flash), Attributes.EMPTY, false, false)).areaMm2();
    }
}
