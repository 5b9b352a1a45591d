package com.fabwright.app.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.geometry.Units;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** Through LayerRasterizer: holes stay open, y points up, later layers paint over. */
class StackRasterizerTest {
    static Geometry wkt(String text) throws Exception {
        return new WKTReader(Units.FACTORY).read(text);
    }

    static int rgbAt(BufferedImage img, double xMm, double yMm, Envelope window, double dpi) {
        double s = dpi / 25.4;
        int px = (int) ((xMm - window.getMinX()) * s);
        int py = (int) ((window.getMaxY() - yMm) * s);
        return img.getRGB(px, py) & 0xffffff;
    }

    @Test
    void fillsPolygonsLeavingHolesOpenWithYUp() throws Exception {
        Geometry ring = wkt("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0), (4 4, 6 4, 6 6, 4 6, 4 4))");
        Geometry corner = wkt("POLYGON ((0 8, 2 8, 2 10, 0 10, 0 8))"); // top-left on the board
        Envelope window = new Envelope(-1, 11, -1, 11);
        double dpi = 254; // 10 px per mm
        BufferedImage img = StackRasterizer.render(List.of(new ColoredGeometry(ring, Color.RED),
                new ColoredGeometry(corner, Color.BLUE)), window, dpi, Color.BLACK);
        assertThat(img.getWidth()).isEqualTo(120);
        assertThat(img.getHeight()).isEqualTo(120);
        assertThat(rgbAt(img, 2, 2, window, dpi)).isEqualTo(0xff0000);
        assertThat(rgbAt(img, 5, 5, window, dpi)).as("hole").isEqualTo(0x000000);
        assertThat(rgbAt(img, 1, 9, window, dpi)).as("later layer on top, at the top-left").isEqualTo(0x0000ff);
        assertThat(rgbAt(img, 1, 1, window, dpi)).isEqualTo(0xff0000);
        assertThat(rgbAt(img, 10.5, 10.5, window, dpi)).isEqualTo(0x000000);
    }

    @Test
    void refusesAbsurdPictureSizes() throws Exception {
        Geometry g = wkt("POLYGON ((0 0, 1 0, 1 1, 0 0))");
        assertThatThrownBy(() -> StackRasterizer.render(List.of(new ColoredGeometry(g, Color.RED)),
                new Envelope(0, 1000, 0, 1000), 10_000, Color.BLACK)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("over the limit");
    }
}
