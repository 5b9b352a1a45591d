package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.app.engine.LayerShapes;
import com.fabwright.app.job.FileKind;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LayerFunction;
import com.fabwright.app.job.LayerIdentity;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.job.Side;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.Units;
import com.fabwright.image.Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The board view model without a window: executors run inline, so every background step is
 * finished when the call returns. The job is made here from WKT, independent of the readers.
 */
class BoardViewModelTest {
    private final List<Double> progressSeen = new ArrayList<>();
    private BoardViewModel model;
    private Job job;

    static LoadedFile layer(String name, String id, LayerFunction function, Side side, String wkt, Diagnostic... diags)
            throws ParseException {
        Geometry g = new WKTReader(Units.FACTORY).read(wkt);
        LayerShapes shapes = new LayerShapes(g, g.getArea(), g.getEnvelopeInternal(), 1);
        return new LoadedFile(name, Path.of(name), FileKind.GERBER, 100,
                new LayerIdentity(id, function, side, null, 0.98, "test", null), Image.empty(), shapes,
                List.of(diags), 0, 0);
    }

    @BeforeEach
    void setUp() throws ParseException {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "GBR-W001", "top.gbr", new SourcePosition(3, 1), "assumed", "");
        LoadedFile top = layer("top.gbr", "top-copper", LayerFunction.COPPER, Side.TOP,
                "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))", warning);
        LoadedFile bottom = layer("bottom.gbr", "bottom-copper", LayerFunction.COPPER, Side.BOTTOM,
                "POLYGON ((30 5, 40 5, 40 15, 30 15, 30 5))");
        LoadedFile outline = layer("edge.gbr", "outline", LayerFunction.OUTLINE, Side.NONE,
                "POLYGON ((0 0, 50 0, 50 30, 0 30, 0 0), (0.1 0.1, 49.9 0.1, 49.9 29.9, 0.1 29.9, 0.1 0.1))");
        LoadedFile drill = new LoadedFile("board.drl", Path.of("board.drl"), FileKind.OTHER, 10,
                LayerIdentity.unknown("not Gerber"), null, null, List.of(), 0, 0);
        job = new Job("fake-board", List.of(bottom, drill, top, outline), List.of());
        model = new BoardViewModel((paths, progress) -> {
            progress.fileDone(1, 2, "a");
            progress.fileDone(2, 2, "b");
            return job;
        }, Runnable::run, Runnable::run, Runnable::run);
        model.progressProperty().addListener((o, a, b) -> progressSeen.add(b.doubleValue()));
    }

    @Test
    void startsEmptyWithANeutralTitle() {
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — no job");
        assertThat(model.layers()).isEmpty();
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void loadingShowsTitleLayersTopFirstAndDiagnostics() {
        model.load(List.of(Path.of("fake-board")));
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — fake-board");
        assertThat(model.layers()).extracting(LayerItem::name).containsExactly("edge.gbr", "top.gbr", "bottom.gbr");
        assertThat(model.diagnosticsProperty().get()).isEqualTo("0 error(s), 1 warning(s)");
        assertThat(model.statusProperty().get()).contains("3 layer(s)").contains("1 other file(s)");
        assertThat(model.isBusy()).isFalse();
        assertThat(progressSeen).contains(0.5, 1.0);
        assertThat(model.layers().get(1).detail()).contains("top-copper").contains("1 warn");
    }

    @Test
    void layersGetTheStandardColours() {
        model.load(List.of(Path.of("x")));
        java.awt.Color top = model.layers().get(1).color();
        java.awt.Color bottom = model.layers().get(2).color();
        assertThat(top.getRed()).isGreaterThan(top.getBlue());
        assertThat(bottom.getBlue()).isGreaterThan(bottom.getRed());
    }

    @Test
    void aCanvasSizeFitsTheOutlineAndRendersAFrame() {
        model.load(List.of(Path.of("x")));
        model.setCanvasSize(532, 332);
        Viewport v = model.viewportProperty().get();
        assertThat(v.scale()).isCloseTo(10, within(1e-9)); // (532 - 2*16) / 50
        BoardViewModel.Frame frame = model.frameProperty().get();
        assertThat(frame).isNotNull();
        assertThat(frame.image().getWidth()).isBetween(531, 533);
        // top copper at board (15, 15) is drawn orange-red
        double[] px = v.toPx(15, 15);
        int rgb = frame.image().getRGB((int) px[0], (int) px[1]);
        assertThat((rgb >> 16) & 0xff).isGreaterThan(rgb & 0xff);
    }

    @Test
    void hidingALayerRendersAgainWithoutIt() {
        model.load(List.of(Path.of("x")));
        model.setCanvasSize(532, 332);
        BoardViewModel.Frame before = model.frameProperty().get();
        double[] px = model.viewportProperty().get().toPx(15, 15);
        int shown = before.image().getRGB((int) px[0], (int) px[1]);
        model.layers().get(1).setVisible(false);
        BoardViewModel.Frame after = model.frameProperty().get();
        assertThat(after).isNotSameAs(before);
        assertThat(after.image().getRGB((int) px[0], (int) px[1])).isNotEqualTo(shown);
    }

    @Test
    void wheelZoomKeepsTheBoardPointUnderTheCursorAndDragPans() {
        model.load(List.of(Path.of("x")));
        model.setCanvasSize(532, 332);
        model.pointerAt(100, 100);
        String before = model.cursorProperty().get();
        model.zoomAt(100, 100, 2.5);
        model.pointerAt(100, 100);
        assertThat(model.cursorProperty().get()).isEqualTo(before).matches("X -?\\d+\\.\\d{3}  Y -?\\d+\\.\\d{3} mm");
        Viewport v = model.viewportProperty().get();
        model.panBy(10, 0);
        assertThat(model.viewportProperty().get().tx()).isCloseTo(v.tx() + 10, within(1e-9));
        model.fit();
        assertThat(model.viewportProperty().get().scale()).isCloseTo(10, within(1e-9));
        model.pointerExited();
        assertThat(model.cursorProperty().get()).isEmpty();
    }

    @Test
    void aJobThatCannotBeLoadedSaysWhyAndKeepsTheOldOne() {
        model.load(List.of(Path.of("x")));
        BoardViewModel failing = new BoardViewModel((paths, progress) -> {
            throw new JobInputException(Path.of("broken.zip"), "corrupt zip archive");
        }, Runnable::run, Runnable::run, Runnable::run);
        failing.load(List.of(Path.of("broken.zip")));
        assertThat(failing.statusProperty().get()).contains("broken.zip").contains("corrupt zip archive");
        assertThat(failing.isBusy()).isFalse();
        assertThat(failing.titleProperty().get()).isEqualTo("Fabwright — no job");
    }
}
