package com.fabwright.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import com.fabwright.geometry.Units;

class LayerRasterizerTest {
    private static final Color BG = Color.BLACK;
    private static final Color FG = Color.WHITE;

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return Units.FACTORY.toGeometry(new Envelope(x0, x1, y0, y1));
    }

    private static int count(BufferedImage img, Color c, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (img.getRGB(x, y) == c.getRGB()) {
                    n++;
                }
            }
        }
        return n;
    }

    @Test
    void tenMillimetreSquareAt254DpiCoversTenThousandPixels() {
        // 254 dpi = 10 px/mm; the window is 20 x 20 mm = 200 x 200 px.
        BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(box(0, 10, 10, 20), FG)),
                new Envelope(0, 20, 0, 20), 254, BG);
        assertThat(img.getWidth()).isEqualTo(200);
        assertThat(img.getHeight()).isEqualTo(200);
        assertThat(count(img, FG, 0, 0, 200, 200)).isEqualTo(10_000);
    }

    @Test
    void yAxisPointsUpSoHighYIsAtTheTop() {
        BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(box(0, 10, 10, 20), FG)),
                new Envelope(0, 20, 0, 20), 254, BG);
        assertThat(count(img, FG, 0, 0, 100, 100)).isEqualTo(10_000); // top-left quadrant
        assertThat(count(img, FG, 0, 100, 200, 200)).isZero();
    }

    @Test
    void holesStayOpen() {
        Geometry ring = box(0, 0, 10, 10).difference(box(2, 2, 8, 8));
        BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(ring, FG)), new Envelope(0, 10, 0, 10),
                254, BG);
        assertThat(count(img, FG, 0, 0, 100, 100)).isEqualTo(10_000 - 3_600);
    }

    @Test
    void laterLayersPaintOverEarlierOnesAndTranslucentColoursBlend() {
        Color red = new Color(255, 0, 0, 128);
        BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(box(0, 0, 10, 10), FG),
                new RenderLayer(box(5, 0, 10, 10), red)), new Envelope(0, 10, 0, 10), 254, BG);
        assertThat(img.getRGB(20, 50)).isEqualTo(FG.getRGB());
        Color blended = new Color(img.getRGB(80, 50), true);
        assertThat(blended.getRed()).isEqualTo(255);
        assertThat(blended.getGreen()).isBetween(120, 135);
    }

    @Test
    void antiAliasingShadesEdgePixels() {
        Geometry offGrid = box(0.05, 0.05, 5.05, 5.05);
        Envelope win = new Envelope(0, 10, 0, 10);
        BufferedImage hard = LayerRasterizer.render(List.of(new RenderLayer(offGrid, FG)), win, 254, BG);
        BufferedImage soft = LayerRasterizer.render(List.of(new RenderLayer(offGrid, FG)), win, 254, BG, true);
        int greysHard = 0;
        int greysSoft = 0;
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                greysHard += isGrey(hard.getRGB(x, y)) ? 1 : 0;
                greysSoft += isGrey(soft.getRGB(x, y)) ? 1 : 0;
            }
        }
        assertThat(greysHard).isZero();
        assertThat(greysSoft).isPositive();
    }

    private static boolean isGrey(int rgb) {
        int r = (rgb >> 16) & 0xff;
        return r != 0 && r != 255;
    }

    @Test
    void refusesAbsurdImageSizesWithAHelpfulMessage() {
        assertThatThrownBy(() -> LayerRasterizer.render(List.of(), new Envelope(0, 1000, 0, 1000), 10_000, BG))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pixels")
                .hasMessageContaining("lower dpi");
    }

    @Test
    void defaultWindowIsBoundsWithMargin() {
        List<RenderLayer> layers = List.of(new RenderLayer(box(0, 0, 10, 5), FG),
                new RenderLayer(box(20, -5, 30, 0), FG), new RenderLayer(Units.FACTORY.createPolygon(), FG));
        assertThat(LayerRasterizer.defaultWindow(layers, 1)).isEqualTo(new Envelope(-1, 31, -6, 6));
        assertThat(LayerRasterizer.defaultWindow(List.of())).isNull();
    }

    @Test
    void writesAReadablePng(@TempDir Path dir) throws Exception {
        BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(box(0, 0, 1, 1), FG)),
                new Envelope(0, 2, 0, 2), 254, BG);
        Path out = dir.resolve("sub/layer.png");
        LayerRasterizer.writePng(img, out);
        BufferedImage back = ImageIO.read(out.toFile());
        assertThat(back.getWidth()).isEqualTo(20);
        assertThat(count(back, FG, 0, 0, 20, 20)).isEqualTo(100);
    }
}
