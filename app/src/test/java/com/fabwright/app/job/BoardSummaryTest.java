package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.app.engine.LayerShapes;
import com.fabwright.geometry.Units;
import com.fabwright.image.Image;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

class BoardSummaryTest {
    static LoadedFile file(String id, LayerFunction function, Side side, String wkt) throws Exception {
        Geometry g = new WKTReader(Units.FACTORY).read(wkt);
        return new LoadedFile(id + ".gbr", Path.of(id + ".gbr"), FileKind.GERBER, 1,
                new LayerIdentity(id, function, side, null, 0.98, "test", null), Image.empty(),
                new LayerShapes(g, g.getArea(), g.getEnvelopeInternal(), 1), List.of(), 0, 0);
    }

    @Test
    void boardSizeIsTheCentreLineOfAClosedOutline() throws Exception {
        LoadedFile outline = file("outline", LayerFunction.OUTLINE, Side.NONE,
                "POLYGON ((-0.05 -0.05, 50.05 -0.05, 50.05 30.05, -0.05 30.05, -0.05 -0.05),"
                        + " (0.05 0.05, 49.95 0.05, 49.95 29.95, 0.05 29.95, 0.05 0.05))");
        LoadedFile top = file("top-copper", LayerFunction.COPPER, Side.TOP, "POLYGON ((1 1, 2 1, 2 2, 1 1))");
        BoardSummary b = BoardSummary.of(new Job("b", List.of(outline, top), List.of()));
        assertThat(b.widthMm()).isCloseTo(50, within(1e-9));
        assertThat(b.heightMm()).isCloseTo(30, within(1e-9));
        assertThat(b.outlineClosed()).isTrue();
        assertThat(b.copperLayers()).isEqualTo(1);
    }

    @Test
    void anOpenOutlineIsReportedAndTheSizeFallsBackToAllLayers() throws Exception {
        LoadedFile outline = file("outline", LayerFunction.OUTLINE, Side.NONE,
                "POLYGON ((0 -0.05, 40 -0.05, 40 0.05, 0 0.05, 0 -0.05))"); // a single edge
        LoadedFile top = file("top-copper", LayerFunction.COPPER, Side.TOP, "POLYGON ((0 0, 10 0, 10 20, 0 0))");
        BoardSummary b = BoardSummary.of(new Job("b", List.of(outline, top), List.of()));
        assertThat(b.outlineClosed()).isFalse();
        assertThat(b.widthMm()).isCloseTo(40, within(1e-9));
    }

    @Test
    void withoutGeometryTheSizeIsUnknown() {
        BoardSummary b = BoardSummary.of(Job.empty());
        assertThat(b.widthMm()).isNull();
        assertThat(b.outlineClosed()).isNull();
    }
}
