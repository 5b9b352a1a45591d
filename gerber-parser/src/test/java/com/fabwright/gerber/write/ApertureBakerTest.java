package com.fabwright.gerber.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.MacroPrimitive;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A baked aperture flashed plainly covers exactly what the original aperture covers under its
 * transform, as the geometry adapter draws it: same area, same polygon (symmetric difference ~ 0),
 * for every aperture kind and macro primitive, turned by quarter and odd angles, mirrored, scaled.
 */
class ApertureBakerTest {
    private static final ImageGeometry G = new ImageGeometry(0.0005);

    static Stream<Arguments> cases() {
        List<Aperture> apertures = List.of(
                new Aperture.Circle(1.2, Hole.NONE),
                new Aperture.Rectangle(2.0, 0.8, Hole.NONE),
                new Aperture.Obround(2.0, 0.8, Hole.NONE),
                new Aperture.Obround(0.6, 1.5, Hole.NONE),
                new Aperture.Polygon(1.5, 5, 10, Hole.NONE),
                new Aperture.Macro("M", List.of(
                        new MacroPrimitive.Circle(true, 0.5, 1.0, 0.3, 20),
                        new MacroPrimitive.VectorLine(true, 0.2, -1, -0.5, 1.2, 0.4, 15),
                        new MacroPrimitive.CenterLine(true, 0.8, 0.3, 0.4, -0.6, 30),
                        new MacroPrimitive.Outline(true, List.of(new double[] {0, 0}, new double[] {1, 0},
                                new double[] {0.2, 0.9}, new double[] {0, 0}), 5),
                        new MacroPrimitive.Polygon(true, 3, -0.8, 0.7, 0.9, 12),
                        new MacroPrimitive.Circle(false, 0.2, 1.0, 0.3, 0),
                        new MacroPrimitive.Thermal(0.5, -1.2, 0.8, 0.5, 0.1, 10))));
        List<ApertureTransform> transforms = List.of(
                new ApertureTransform(false, false, 90, 1), new ApertureTransform(false, false, 180, 1),
                new ApertureTransform(false, false, 270, 1), new ApertureTransform(false, false, 33, 1),
                new ApertureTransform(true, false, 0, 1), new ApertureTransform(false, true, 90, 1),
                new ApertureTransform(true, true, 45, 0.5), new ApertureTransform(true, false, 120, 2));
        List<Arguments> out = new ArrayList<>();
        for (Aperture a : apertures) {
            for (ApertureTransform t : transforms) {
                out.add(Arguments.of(a.getClass().getSimpleName(), t, a));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void bakedApertureCoversTheSameShape(String kind, ApertureTransform t, Aperture a) {
        LayerGeometry original = flash(a, t);
        LayerGeometry baked = flash(ApertureBaker.bake(a, t), ApertureTransform.IDENTITY);
        double area = original.areaMm2();
        assertThat(baked.areaMm2()).isCloseTo(area, org.assertj.core.data.Offset.offset(1e-3 * area + 1e-6));
        double diff = original.darkArea().symDifference(baked.darkArea()).getArea();
        assertThat(diff).isLessThan(2e-3 * area + 1e-6);
    }

    private static LayerGeometry flash(Aperture a, ApertureTransform t) {
        return G.toGeometry(new Image(List.of(new GraphicObject.Flash(new Point(5_000_000, -3_000_000), a, t, Polarity.DARK,
                Attributes.EMPTY)), Attributes.EMPTY, false, false));
    }
}
