package com.fabwright.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The tile pyramid, the tile renderer and the frame composer, without a toolkit. */
class TileEngineTest {
    static final Color BG = new Color(24, 32, 28);
    static final Color RED = new Color(255, 0, 0);

    static Geometry wkt(String s) throws ParseException {
        return new WKTReader().read(s);
    }

    static TileStyle style(long version, Geometry g, Color c) {
        return new TileStyle(version, List.of(new PaintLayer(LayerIndex.of(g), c)), BG);
    }

    @Test
    void theLevelIsTheFirstPowerOfTwoAtOrAboveTheZoom() {
        assertThat(TileGrid.levelFor(1)).isZero();
        assertThat(TileGrid.levelFor(1.01)).isEqualTo(1);
        assertThat(TileGrid.levelFor(2)).isEqualTo(1);
        assertThat(TileGrid.levelFor(10)).isEqualTo(4);
        assertThat(TileGrid.levelFor(0.3)).isEqualTo(-1);
        assertThat(TileGrid.scaleOf(-2)).isEqualTo(0.25);
    }

    static Stream<Arguments> views() {
        Random r = new Random(7);
        List<Arguments> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double scale = Math.exp(r.nextDouble() * 12 - 3);
            out.add(Arguments.of(new Viewport(scale, r.nextDouble() * 4000 - 2000, r.nextDouble() * 4000 - 2000, r.nextBoolean()),
                    200 + r.nextInt(1800), 150 + r.nextInt(1000)));
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("views")
    void thePlanCoversTheWholeCanvasWithTilesDrawnAtHalfToFullSize(Viewport view, int w, int h) {
        List<TileGrid.Placement> plan = TileGrid.plan(view, w, h, 1);
        double size = plan.get(0).size();
        assertThat(size).isBetween(TileGrid.SIZE / 2.0 - 1e-9, TileGrid.SIZE + 1e-9);
        double minX = plan.stream().mapToDouble(TileGrid.Placement::x).min().orElseThrow();
        double minY = plan.stream().mapToDouble(TileGrid.Placement::y).min().orElseThrow();
        double maxX = plan.stream().mapToDouble(p -> p.x() + p.size()).max().orElseThrow();
        double maxY = plan.stream().mapToDouble(p -> p.y() + p.size()).max().orElseThrow();
        assertThat(minX).isLessThanOrEqualTo(0);
        assertThat(minY).isLessThanOrEqualTo(0);
        assertThat(maxX).isGreaterThanOrEqualTo(w);
        assertThat(maxY).isGreaterThanOrEqualTo(h);
        assertThat(plan.size()).as("no tile wasted beyond one ring").isLessThanOrEqualTo(
                (int) ((Math.ceil(w / size) + 1) * (Math.ceil(h / size) + 1)));
        Set<TileKey> unique = new HashSet<>();
        plan.forEach(p -> unique.add(p.key()));
        assertThat(unique).hasSameSizeAs(plan);
    }

    @Test
    void aTileShowsThePolygonsOfItsWindowAtTheRightPixels() throws ParseException {
        // level 4: 16 px/mm; tile (0, -1) covers x 0..16 mm, y 0..16 mm
        TileStyle s = style(1, wkt("POLYGON ((2 2, 4 2, 4 4, 2 4, 2 2))"), RED);
        BufferedImage tile = TileRenderer.render(new TileKey(4, 0, -1, 1), s);
        assertThat(TileGrid.windowOf(new TileKey(4, 0, -1, 1))).isEqualTo(new Envelope(0, 16, 0, 16));
        // board (3, 3) -> pixel (48, 256 - 48)
        assertThat(tile.getRGB(48, 256 - 48)).isEqualTo(RED.getRGB());
        assertThat(tile.getRGB(10, 10)).isEqualTo(BG.getRGB());
        assertThat(tile.getRGB(70, 256 - 48)).as("x 4.4 mm is outside").isEqualTo(BG.getRGB());
    }

    @Test
    void holesStayOpenAndLaterLayersPaintOver() throws ParseException {
        Geometry ring = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))");
        Geometry dot = wkt("POLYGON ((8 8, 9 8, 9 9, 8 9, 8 8))");
        Color blue = new Color(0, 0, 255);
        TileStyle s = new TileStyle(1, List.of(new PaintLayer(LayerIndex.of(ring), RED), new PaintLayer(LayerIndex.of(dot), blue)), BG);
        BufferedImage tile = TileRenderer.render(new TileKey(4, 0, -1, 1), s);
        assertThat(tile.getRGB(80, 256 - 80)).as("hole at (5, 5)").isEqualTo(BG.getRGB());
        assertThat(tile.getRGB(32, 256 - 32)).isEqualTo(RED.getRGB());
        assertThat(tile.getRGB(136, 256 - 136)).as("the later layer on top at (8.5, 8.5)").isEqualTo(blue.getRGB());
    }

    @Test
    void aPolygonSmallerThanAPixelIsStillOnePixel() throws ParseException {
        // level 0: 1 px/mm; a 0.1 mm pad at (100.5, 50.5) must not vanish when zoomed out
        TileStyle s = style(1, wkt("POLYGON ((100.45 50.45, 100.55 50.45, 100.55 50.55, 100.45 50.55, 100.45 50.45))"), RED);
        BufferedImage tile = TileRenderer.render(new TileKey(0, 0, -1, 1), s);
        assertThat(tile.getRGB(100, 256 - 51)).isEqualTo(RED.getRGB());
    }

    @Test
    void translucentColoursBlendOverTheBackgroundWithOpacity() throws ParseException {
        Color half = PaintLayer.withOpacity(new Color(255, 255, 255, 255), 0.5);
        assertThat(half.getAlpha()).isEqualTo(128);
        TileStyle s = style(1, wkt("POLYGON ((0 0, 16 0, 16 16, 0 16, 0 0))"), half);
        int rgb = TileRenderer.render(new TileKey(4, 0, -1, 1), s).getRGB(100, 100);
        assertThat((rgb >> 16) & 0xff).isCloseTo((255 + 24) / 2, within(2));
    }

    @Test
    void theIndexFindsOnlyPolygonsNearTheWindow() throws ParseException {
        LayerIndex index = LayerIndex.of(wkt("MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)), ((50 50, 51 50, 51 51, 50 50)))"));
        assertThat(index.size()).isEqualTo(2);
        List<Object> found = new ArrayList<>();
        index.query(new Envelope(-1, 2, -1, 2), found::add);
        assertThat(found).hasSize(1);
        assertThat(LayerIndex.of(null).size()).isZero();
    }

    @Test
    void aFrameDrawsCachedTilesAndStandsInWithACoarserOneWhileTheRightOnesRender() throws Exception {
        TileStyle s = style(1, wkt("POLYGON ((0 0, 50 0, 50 30, 0 30, 0 0))"), RED);
        CountDownLatch first = new CountDownLatch(1);
        List<double[]> drawn = new ArrayList<>();
        try (TileService<BufferedImage> tiles = new TileService<>(2, 256, img -> img, first::countDown)) {
            tiles.setStyle(s);
            Viewport fit = Viewport.fit(new Envelope(0, 50, 0, 30), 640, 400, 16);
            FrameComposer.Coverage c = FrameComposer.compose(fit, 640, 400, tiles, (t, sx, sy, sw, sh, dx, dy, dw, dh) -> drawn.add(new double[] {sw}));
            assertThat(c.blank()).as("nothing cached yet").isEqualTo(c.total());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            do {
                Thread.sleep(5);
                c = FrameComposer.compose(fit, 640, 400, tiles, (t, sx, sy, sw, sh, dx, dy, dw, dh) -> { });
            } while (c.sharp() < c.total() && System.nanoTime() < deadline);
            assertThat(c.sharp()).isEqualTo(c.total());
            // zoom in 4x: the new level is not cached; the fitted tiles stand in, a quarter of each
            Viewport zoomed = fit.zoomAbout(320, 200, 4);
            drawn.clear();
            FrameComposer.Coverage z = FrameComposer.compose(zoomed, 640, 400, tiles, (t, sx, sy, sw, sh, dx, dy, dw, dh) -> drawn.add(new double[] {sw}));
            assertThat(z.standIn()).isGreaterThan(0);
            assertThat(z.blank()).isZero();
            assertThat(drawn).allSatisfy(d -> assertThat(d[0]).isEqualTo(TileGrid.SIZE / 4.0));
            // a new style: its tiles are rendered afresh, old ones never shown as sharp
            tiles.setStyle(style(2, wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))"), RED));
            FrameComposer.Coverage restyled = FrameComposer.compose(fit, 640, 400, tiles, (t, sx, sy, sw, sh, dx, dy, dw, dh) -> { });
            assertThat(restyled.sharp()).isZero();
        }
    }
}
