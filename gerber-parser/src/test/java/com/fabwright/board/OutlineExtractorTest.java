package com.fabwright.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class OutlineExtractorTest {
    static final Aperture.Circle LINE = new Aperture.Circle(0.1, Hole.NONE);

    static Point mm(double x, double y) {
        return new Point(Math.round(x * 1e6), Math.round(y * 1e6));
    }

    static GraphicObject draw(Point a, Point b) {
        return new GraphicObject.Draw(a, b, LINE, ApertureTransform.IDENTITY, Polarity.DARK, Attributes.EMPTY);
    }

    static GraphicObject arc(Point a, Point b, Point c, boolean cw) {
        return new GraphicObject.ArcDraw(a, b, c, cw, LINE, ApertureTransform.IDENTITY, Polarity.DARK, Attributes.EMPTY);
    }

    static Image image(List<GraphicObject> objects) {
        return new Image(objects, Attributes.EMPTY, false, false);
    }

    static List<GraphicObject> rectangle(double x0, double y0, double x1, double y1) {
        return new ArrayList<>(List.of(draw(mm(x0, y0), mm(x1, y0)), draw(mm(x1, y0), mm(x1, y1)),
                draw(mm(x1, y1), mm(x0, y1)), draw(mm(x0, y1), mm(x0, y0))));
    }

    @Test
    void aRectangleDrawnInAnyOrderAndDirectionIsOneClosedContourSizedAtItsOuterEdge() {
        List<GraphicObject> objects = rectangle(0, 0, 50, 30);
        objects.set(1, draw(mm(50, 30), mm(50, 0))); // reversed
        Collections.swap(objects, 0, 2);
        Outline o = new OutlineExtractor().extract(image(objects), "edge.gbr", "test");
        assertThat(o.closed()).isTrue();
        assertThat(o.board()).hasSize(1);
        assertThat(o.board().get(0).areaMm2()).isCloseTo(1500, within(1e-6));
        assertThat(o.centreLine().getWidth()).isCloseTo(50, within(1e-9));
        assertThat(o.widthMm()).isCloseTo(50.1, within(1e-9));
        assertThat(o.heightMm()).isCloseTo(30.1, within(1e-9));
        assertThat(o.diagnostics()).isEmpty();
    }

    @Test
    void aGapUnderTheToleranceIsClosedWithAWarningNamingItsSizeAndPlace() {
        List<GraphicObject> objects = rectangle(0, 0, 50, 30);
        objects.set(2, draw(mm(50, 30), mm(0.02, 30))); // 0.02 mm short of the corner
        Outline o = new OutlineExtractor().extract(image(objects), "edge.gbr", "test");
        assertThat(o.closed()).isTrue();
        Diagnostic d = o.diagnostics().stream().filter(x -> x.code().equals("BRD-W001")).findFirst().orElseThrow();
        assertThat(d.message()).contains("0.0200 mm").contains("(0.0200, 30.0000)").contains("(0.0000, 30.0000)");
        assertThat(d.file()).isEqualTo("edge.gbr");
    }

    @Test
    void aGapOverTheToleranceLeavesTheOutlineOpen() {
        List<GraphicObject> objects = rectangle(0, 0, 50, 30);
        objects.set(2, draw(mm(50, 30), mm(1, 30)));
        Outline o = new OutlineExtractor().extract(image(objects), "edge.gbr", "test");
        assertThat(o.closed()).isFalse();
        assertThat(o.board()).isEmpty();
        assertThat(o.diagnostics()).anyMatch(d -> d.code().equals("BRD-W002") && d.message().contains("1.0000 mm apart"));
        assertThat(o.widthMm()).as("size of the open chain still given").isCloseTo(50.1, within(1e-9));
    }

    @Test
    void roundedCornersUseTheArcsExtremesAndACutOutIsNotTheBoard() {
        // 40 x 20 board with 2 mm corner radii, counter-clockwise, plus a circular cut-out
        List<GraphicObject> o = new ArrayList<>();
        o.add(draw(mm(2, 0), mm(38, 0)));
        o.add(arc(mm(38, 0), mm(40, 2), mm(38, 2), false));
        o.add(draw(mm(40, 2), mm(40, 18)));
        o.add(arc(mm(40, 18), mm(38, 20), mm(38, 18), false));
        o.add(draw(mm(38, 20), mm(2, 20)));
        o.add(arc(mm(2, 20), mm(0, 18), mm(2, 18), false));
        o.add(draw(mm(0, 18), mm(0, 2)));
        o.add(arc(mm(0, 2), mm(2, 0), mm(2, 2), false));
        o.add(arc(mm(13, 10), mm(13, 10), mm(10, 10), true)); // full circle, r = 3
        Outline out = new OutlineExtractor().extract(image(o), "edge.gbr", "test");
        assertThat(out.closed()).isTrue();
        assertThat(out.contours()).hasSize(2);
        assertThat(out.board()).hasSize(1);
        assertThat(out.centreLine().getWidth()).isCloseTo(40, within(1e-9));
        assertThat(out.centreLine().getHeight()).isCloseTo(20, within(1e-9));
        assertThat(out.board().get(0).areaMm2()).isCloseTo(800 - (4 - Math.PI) * 4, within(0.01));
        assertThat(out.contours().get(1).areaMm2()).isCloseTo(Math.PI * 9, within(0.02)); // chords of 1 µm sagitta
    }

    @Test
    void anArcAloneGivesExactBoundsThroughItsAxisExtremes() {
        // a round board of radius 10 made of two half circles
        List<GraphicObject> o = List.of(arc(mm(10, 0), mm(-10, 0), mm(0, 0), false), arc(mm(-10, 0), mm(10, 0), mm(0, 0), false));
        Outline out = new OutlineExtractor().extract(image(o), "round.gbr", "test");
        assertThat(out.closed()).isTrue();
        assertThat(out.centreLine().getMinY()).isCloseTo(-10, within(1e-9));
        assertThat(out.centreLine().getMaxY()).isCloseTo(10, within(1e-9));
    }

    @Test
    void aRegionIsAClosedContour() {
        Contour c = new Contour(mm(0, 0), List.of(new Contour.Line(mm(10, 0)), new Contour.Line(mm(10, 5)),
                new Contour.Line(mm(0, 5)), new Contour.Line(mm(0, 0))));
        Image img = image(List.of(new GraphicObject.Region(List.of(c), Polarity.DARK, Attributes.EMPTY)));
        Outline out = new OutlineExtractor().extract(img, "r.gbr", "test");
        assertThat(out.closed()).isTrue();
        assertThat(out.widthMm()).isCloseTo(10, within(1e-9));
    }

    @Test
    void textStrokesBesideTheBoardInAMechanicalLayerDoNotOpenTheEdgeButAnUnfinishedCutOutInAnEdgeLayerDoes() {
        List<GraphicObject> mech = rectangle(0, 0, 50, 30);
        for (int i = 0; i < 12; i++) {
            mech.add(draw(mm(60 + i, 0), mm(60 + i, 2))); // "text" outside
        }
        assertThat(new OutlineExtractor().extract(image(mech), "m.gbr", "t").closed()).isTrue();
        List<GraphicObject> edge = rectangle(0, 0, 50, 30);
        edge.add(draw(mm(10, 10), mm(20, 10)));
        edge.add(draw(mm(20, 10), mm(20, 20)));
        assertThat(new OutlineExtractor().extract(image(edge), "e.gbr", "t").closed()).isFalse();
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void shuffledAndReversedSegmentsOfAPolygonAlwaysCloseWithTheSameBounds(long seed) {
        Random r = new Random(seed);
        int n = 3 + r.nextInt(40);
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double radius = 10 + r.nextDouble() * 5;
            pts.add(mm(50 + radius * Math.cos(a), 50 + radius * Math.sin(a)));
        }
        List<GraphicObject> objects = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point a = pts.get(i);
            Point b = pts.get((i + 1) % n);
            objects.add(r.nextBoolean() ? draw(a, b) : draw(b, a));
        }
        Collections.shuffle(objects, r);
        Outline out = new OutlineExtractor().extract(image(objects), "p.gbr", "t");
        assertThat(out.closed()).isTrue();
        assertThat(out.contours()).hasSize(1);
        long minX = pts.stream().mapToLong(Point::x).min().orElseThrow();
        long maxX = pts.stream().mapToLong(Point::x).max().orElseThrow();
        assertThat(out.centreLine().getWidth()).isCloseTo((maxX - minX) / 1e6, within(1e-9));
        assertThat(out.diagnostics()).isEmpty();
    }
}
