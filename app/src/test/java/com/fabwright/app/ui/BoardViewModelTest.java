package com.fabwright.app.ui;

import com.fabwright.app.view.Viewport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.app.engine.LayerShapes;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.gerber.GerberFile;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import com.fabwright.job.FileKind;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.Units;
import com.fabwright.image.Image;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import com.fabwright.app.view.TileGrid;
import com.fabwright.app.view.TileRenderer;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * The board view model without a window: executors run inline, so every background step is
 * finished when the call returns. The job is made here from WKT (what is drawn) and a few graphic
 * objects (what the board is built from), independent of the readers.
 */
class BoardViewModelTest {
    private BoardViewModel model;
    private Job job;

    static LoadedFile layer(String name, String id, LayerFunction function, Side side, String wkt, Diagnostic... diags)
            throws ParseException {
        return layer(name, id, function, side, Image.empty(), wkt, diags);
    }

    static LoadedFile layer(String name, String id, LayerFunction function, Side side, Image image, String wkt,
                            Diagnostic... diags) throws ParseException {
        Geometry g = new WKTReader(Units.FACTORY).read(wkt);
        LayerShapes shapes = new LayerShapes(g, g.getArea(), g.getEnvelopeInternal(), 1);
        Integer index = function == LayerFunction.COPPER ? (side == Side.TOP ? 1 : 2) : null;
        JobFile source = new JobFile(name, Path.of(name), name, FileKind.GERBER,
                LayerIdentity.of(id, function, side, index, 0.98, "test"), new GerberFile(name, image, List.of()), null,
                List.of(diags), 100, 0);
        return LoadedFile.of(source, image, shapes, List.of(), 0);
    }

    /** The outline as drawn: a 50 x 30 mm rectangle of 0.1 mm lines (centre line 0..50, 0..30). */
    static Image rectangle() {
        Aperture.Circle line = new Aperture.Circle(0.1, Hole.NONE);
        long[][] p = {{0, 0}, {50, 0}, {50, 30}, {0, 30}, {0, 0}};
        List<GraphicObject> objects = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            objects.add(new GraphicObject.Draw(new Point(p[i][0] * 1_000_000, p[i][1] * 1_000_000),
                    new Point(p[i + 1][0] * 1_000_000, p[i + 1][1] * 1_000_000), line, ApertureTransform.IDENTITY,
                    Polarity.DARK, Attributes.EMPTY));
        }
        return new Image(objects, Attributes.EMPTY, false, false);
    }

    @BeforeAll
    static void startToolkit() throws java.util.concurrent.TimeoutException {
        FxToolkit.registerPrimaryStage(); // javafx.concurrent.Task reports through the FX thread
    }

    /** Loads through the model's task (run inline) and waits for its result on the FX thread. */
    static void load(BoardViewModel m, String path) {
        m.load(List.of(Path.of(path)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The colour the tiles draw at a board point in the model's current view and style. */
    static int pixelAt(BoardViewModel m, double xMm, double yMm) {
        Viewport v = m.viewportProperty().get();
        double[] px = v.toPx(xMm, yMm);
        for (TileGrid.Placement p : TileGrid.plan(v, 533, 333, m.styleProperty().get().version())) {
            if (px[0] >= p.x() && px[0] < p.x() + p.size() && px[1] >= p.y() && px[1] < p.y() + p.size()) {
                java.awt.image.BufferedImage tile = TileRenderer.render(p.key(), m.styleProperty().get());
                int tx = (int) ((px[0] - p.x()) / p.size() * TileGrid.SIZE);
                int ty = (int) ((px[1] - p.y()) / p.size() * TileGrid.SIZE);
                return tile.getRGB(tx, ty);
            }
        }
        throw new AssertionError("no tile at " + xMm + "," + yMm);
    }

    @BeforeEach
    void setUp() throws ParseException {
        Diagnostic warning = new Diagnostic(Severity.WARNING, "GBR-W001", "top.gbr", new SourcePosition(3, 1), "assumed", "");
        LoadedFile top = layer("top.gbr", "top-copper", LayerFunction.COPPER, Side.TOP,
                "POLYGON ((10 10, 20 10, 20 20, 10 20, 10 10))", warning);
        LoadedFile bottom = layer("bottom.gbr", "bottom-copper", LayerFunction.COPPER, Side.BOTTOM,
                "POLYGON ((30 5, 40 5, 40 15, 30 15, 30 5))");
        LoadedFile outline = layer("edge.gbr", "outline", LayerFunction.OUTLINE, Side.NONE, rectangle(),
                "POLYGON ((-0.05 -0.05, 50.05 -0.05, 50.05 30.05, -0.05 30.05, -0.05 -0.05), "
                        + "(0.05 0.05, 49.95 0.05, 49.95 29.95, 0.05 29.95, 0.05 0.05))");
        LoadedFile bom = LoadedFile.of(new JobFile("bom.csv", Path.of("bom.csv"), "bom.csv", FileKind.BOM, null, null,
                List.of()), null, null, List.of(), 0);
        job = Job.of("fake-board", null, List.of(bottom, bom, top, outline));
        model = new BoardViewModel((paths, progress) -> {
            progress.fileDone(1, 2, "a");
            progress.fileDone(2, 2, "b");
            return job;
        }, Runnable::run);
    }

    @Test
    void startsEmptyWithANeutralTitle() {
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — no job");
        assertThat(model.layers()).isEmpty();
        assertThat(model.isBusy()).isFalse();
    }

    @Test
    void loadingShowsTitleLayersTopFirstAndDiagnostics() {
        load(model, "fake-board");
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — fake-board");
        assertThat(model.layers()).extracting(LayerItem::name).containsExactly("edge.gbr", "top.gbr", "bottom.gbr");
        assertThat(model.diagnosticsProperty().get()).isEqualTo("0 error(s), 1 warning(s)");
        assertThat(model.statusProperty().get()).contains("3 layer(s)").contains("1 other file(s)");
        assertThat(model.isBusy()).isFalse();
        assertThat(model.isLoading()).isFalse();
        assertThat(model.shownPaths()).containsExactly(Path.of("fake-board"));
        assertThat(model.layers().get(1).detail()).contains("top-copper").contains("1 warn");
    }

    @Test
    void layersGetTheStandardColours() {
        load(model, "x");
        java.awt.Color top = model.layers().get(1).color();
        java.awt.Color bottom = model.layers().get(2).color();
        assertThat(top.getRed()).isGreaterThan(top.getBlue());
        assertThat(bottom.getBlue()).isGreaterThan(bottom.getRed());
    }

    @Test
    void aCanvasSizeFitsTheOutlineAndTheTilesDrawTheTopCopper() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        Viewport v = model.viewportProperty().get();
        assertThat(v.scale()).isCloseTo(10, within(1e-6)); // (533 - 2*16) / 50.1, the outline's outer edge
        assertThat(model.styleProperty().get().layers()).hasSize(3);
        int rgb = pixelAt(model, 15, 15); // top copper: orange-red
        assertThat((rgb >> 16) & 0xff).isGreaterThan(rgb & 0xff);
    }

    @Test
    void hidingALayerOrChangingItsColourOrOpacityMakesANewStyle() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        long v0 = model.styleProperty().get().version();
        int shown = pixelAt(model, 15, 15);
        model.layers().get(1).setVisible(false);
        assertThat(model.styleProperty().get().version()).isGreaterThan(v0);
        assertThat(model.styleProperty().get().layers()).hasSize(2);
        assertThat(pixelAt(model, 15, 15)).isNotEqualTo(shown);
        model.layers().get(1).setVisible(true);
        model.layers().get(1).setColor(new java.awt.Color(0, 255, 0));
        int green = pixelAt(model, 15, 15);
        assertThat((green >> 8) & 0xff).isEqualTo(255);
        model.layers().get(1).setOpacity(0.0);
        assertThat(pixelAt(model, 15, 15)).as("fully transparent: the substrate shows").isEqualTo(0xff18201c);
    }

    @Test
    void theBottomViewMirrorsAndPaintsTheBottomSideLast() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        double[] topAt = model.viewportProperty().get().toPx(15, 15);
        java.util.List<java.awt.Color> topOrder = model.styleProperty().get().layers().stream()
                .map(com.fabwright.app.view.PaintLayer::color).toList();
        model.setBottomView(true);
        assertThat(model.isBottomView()).isTrue();
        double[] bottomAt = model.viewportProperty().get().toPx(15, 15);
        assertThat(bottomAt[0]).as("x mirrored about the centre").isCloseTo(533 - topAt[0], within(1.0));
        assertThat(bottomAt[1]).isCloseTo(topAt[1], within(1e-6));
        java.util.List<java.awt.Color> bottomOrder = model.styleProperty().get().layers().stream()
                .map(com.fabwright.app.view.PaintLayer::color).toList();
        assertThat(bottomOrder).containsExactlyElementsOf(reversed(topOrder));
        model.fit();
        assertThat(model.isBottomView()).as("fit keeps the side").isTrue();
        model.setBottomView(false);
        assertThat(model.viewportProperty().get().toPx(15, 15)[0]).as("back on top").isCloseTo(topAt[0], within(1e-6));
        assertThat(model.isBottomView()).isFalse();
    }

    private static <T> java.util.List<T> reversed(java.util.List<T> list) {
        java.util.List<T> copy = new ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    @Test
    void wheelZoomKeepsTheBoardPointUnderTheCursorAndDragPans() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        model.pointerAt(100, 100);
        String before = model.cursorProperty().get();
        model.zoomAt(100, 100, 2.5);
        model.pointerAt(100, 100);
        assertThat(model.cursorProperty().get()).isEqualTo(before)
                .matches("X -?\\d+\\.\\d{3}  Y -?\\d+\\.\\d{3} mm  \\|  X -?\\d+\\.\\d  Y -?\\d+\\.\\d mil");
        Viewport v = model.viewportProperty().get();
        model.panBy(10, 0);
        assertThat(model.viewportProperty().get().tx()).isCloseTo(v.tx() + 10, within(1e-9));
        model.zoomCentre(2);
        assertThat(model.viewportProperty().get().scale()).isCloseTo(v.scale() * 2, within(1e-9));
        model.fit();
        assertThat(model.viewportProperty().get().scale()).isCloseTo(10, within(1e-6));
        model.pointerExited();
        assertThat(model.cursorProperty().get()).isEmpty();
    }

    @Test
    void theCursorIsShownInMillimetresAndMils() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        double[] px = model.viewportProperty().get().toPx(25.4, 12.7);
        model.pointerAt(px[0], px[1]);
        assertThat(model.cursorProperty().get()).isEqualTo("X 25.400  Y 12.700 mm  |  X 1000.0  Y 500.0 mil");
    }

    @Test
    void measuringTwoClicksGivesTheDistanceInMmAndMilWithDxDy() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        Viewport v = model.viewportProperty().get();
        double[] a = v.toPx(10, 10);
        double[] b = v.toPx(13, 14);
        model.clickAt(a[0], a[1]);
        assertThat(model.measurement().aProperty().get()).as("not measuring: a click does nothing").isNull();
        model.measurement().setActive(true);
        model.clickAt(a[0], a[1]);
        double[] mid = v.toPx(11, 10);
        model.pointerAt(mid[0], mid[1]);
        assertThat(model.measurement().distanceMm()).as("rubber band").isCloseTo(1, within(1e-9));
        model.clickAt(b[0], b[1]);
        assertThat(model.measurement().distanceMm()).isCloseTo(5, within(1e-9));
        assertThat(model.measurement().textProperty().get())
                .isEqualTo("d 5.000 mm (196.9 mil)   dx 3.000 mm (118.1 mil)   dy 4.000 mm (157.5 mil)");
        model.pointerAt(0, 0);
        assertThat(model.measurement().distanceMm()).as("done: the pointer no longer moves B").isCloseTo(5, within(1e-9));
        model.setBottomView(true);
        assertThat(model.measurement().distanceMm()).as("points are board mm: turning over keeps them").isCloseTo(5, within(1e-9));
        model.measurement().setActive(false);
        assertThat(model.measurement().aProperty().get()).isNull();
        assertThat(model.measurement().textProperty().get()).isEmpty();
    }

    @Test
    void aJobThatCannotBeLoadedSaysWhyAndKeepsTheOldOne() {
        load(model, "x");
        BoardViewModel failing = new BoardViewModel((paths, progress) -> {
            throw new JobInputException(Path.of("broken.zip"), "corrupt zip archive");
        }, Runnable::run);
        List<Throwable> reported = new ArrayList<>();
        failing.setOnFailure(reported::add);
        load(failing, "broken.zip");
        assertThat(failing.statusProperty().get()).contains("broken.zip").contains("corrupt zip archive");
        assertThat(reported).singleElement().isInstanceOf(JobInputException.class);
        assertThat(failing.isBusy()).isFalse();
        assertThat(failing.titleProperty().get()).isEqualTo("Fabwright — no job");
    }

    @Test
    void aCancelledLoadKeepsTheJobShown() {
        load(model, "x");
        List<Runnable> queued = new ArrayList<>();
        BoardViewModel slow = new BoardViewModel((paths, progress) -> job, queued::add);
        slow.load(List.of(Path.of("big")));
        assertThat(slow.isLoading()).isTrue();
        assertThat(slow.isBusy()).isTrue();
        slow.cancelLoad();
        queued.forEach(Runnable::run); // the cancelled task does not run
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(slow.isLoading()).isFalse();
        assertThat(slow.isBusy()).isFalse();
        assertThat(slow.statusProperty().get()).startsWith("Loading cancelled");
        assertThat(slow.titleProperty().get()).isEqualTo("Fabwright — no job");
    }

    @Test
    void theFileTableListsEveryFileWithLayerConfidenceAndEvidenceAndTheBoardLine() {
        load(model, "x");
        assertThat(model.files()).extracting(FileRow::getPath).containsExactly("bottom.gbr", "bom.csv", "top.gbr", "edge.gbr");
        FileRow top = model.files().get(2);
        assertThat(top.getLayer()).isEqualTo("top-copper");
        assertThat(top.getConfidence()).isEqualTo("0.98");
        assertThat(top.getEvidence()).isEqualTo("test");
        assertThat(top.getDiagnostics()).isEqualTo("0 err, 1 warn");
        assertThat(top.isEditable()).isTrue();
        assertThat(model.files().get(1).getLayer()).isEqualTo("none");
        assertThat(model.files().get(1).isEditable()).isFalse();
        assertThat(model.layerChoices()).startsWith("top-copper", "bottom-copper").contains("outline", "drill-pth", "other");
        assertThat(model.boardProperty().get()).startsWith("Board 50.10 x 30.10 mm, 2 copper layer(s), outline closed");
    }

    @Test
    void correctingALayerRecoloursReordersRebuildsTheBoardAndCountsAsUnsaved() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        model.layers().get(2).setVisible(false); // bottom.gbr hidden
        model.layers().get(2).setOpacity(0.4);
        java.awt.Color before = model.layers().stream().filter(l -> l.name().equals("top.gbr")).findFirst().orElseThrow().color();
        assertThat(model.correctionsProperty().get()).isZero();

        assertThat(model.setLayer("top.gbr", "bottom-copper")).isTrue();

        assertThat(model.correctionsProperty().get()).isEqualTo(1);
        LayerItem moved = model.layers().stream().filter(l -> l.name().equals("top.gbr")).findFirst().orElseThrow();
        assertThat(moved.color()).isNotEqualTo(before);
        assertThat(moved.color().getBlue()).isGreaterThan(moved.color().getRed());
        assertThat(model.layers()).extracting(LayerItem::name).containsExactly("edge.gbr", "bottom.gbr", "top.gbr");
        assertThat(model.layers().get(1).isVisible()).as("visibility kept by file").isFalse();
        assertThat(model.layers().get(1).getOpacity()).as("opacity kept by file").isEqualTo(0.4);
        FileRow row = model.files().get(2);
        assertThat(row.getLayer()).isEqualTo("bottom-copper");
        assertThat(row.getConfidence()).isEqualTo("1.00");
        assertThat(row.getEvidence()).startsWith("set by the user (was top-copper, 0.98: test)");
        assertThat(model.statusProperty().get()).contains("top.gbr is now bottom-copper");

        assertThat(model.setLayer("edge.gbr", "mechanical-1")).isTrue();
        assertThat(model.correctionsProperty().get()).isEqualTo(2);
        assertThat(model.job().board().outline().evidence()).contains("no outline layer");
        assertThat(model.boardProperty().get()).contains("50.10 x 30.10 mm");
        assertThat(model.setLayer("bom.csv", "top-copper")).as("not a layer").isFalse();
        assertThat(model.setLayer("top.gbr", "no-such-layer")).isFalse();
        assertThat(model.correctionsProperty().get()).isEqualTo(2);
        load(model, "x");
        assertThat(model.correctionsProperty().get()).as("a new job starts clean").isZero();
    }

    @Test
    void zoomingToAFindingKeepsItInViewAndTheSide() {
        load(model, "x");
        model.setCanvasSize(533, 333);
        model.setBottomView(true);
        model.zoomTo(new org.locationtech.jts.geom.Envelope(30, 31, 5, 6));
        Viewport v = model.viewportProperty().get();
        assertThat(v.mirrored()).isTrue();
        assertThat(v.scale()).isGreaterThan(50);
        double[] c = v.toPx(30.5, 5.5);
        assertThat(c[0]).isCloseTo(266.5, within(1e-6));
        assertThat(c[1]).isCloseTo(166.5, within(1e-6));
    }

    @Test
    void droppingAFolderOrZipLoadsItAndDroppingNothingUsableSaysSo(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        assertThat(model.drop(List.of(tmp.resolve("missing.zip")))).isFalse();
        assertThat(model.statusProperty().get()).contains("Nothing to open");
        Path zip = java.nio.file.Files.writeString(tmp.resolve("board.zip"), "x");
        assertThat(model.drop(List.of(zip))).isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — fake-board");
    }
}
