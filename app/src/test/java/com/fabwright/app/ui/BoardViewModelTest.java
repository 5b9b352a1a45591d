package com.fabwright.app.ui;

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
import org.junit.jupiter.api.BeforeEach;
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
    private final List<Double> progressSeen = new ArrayList<>();
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
        model.setCanvasSize(533, 333);
        Viewport v = model.viewportProperty().get();
        assertThat(v.scale()).isCloseTo(10, within(1e-6)); // (533 - 2*16) / 50.1, the outline's outer edge
        BoardViewModel.Frame frame = model.frameProperty().get();
        assertThat(frame).isNotNull();
        assertThat(frame.image().getWidth()).isBetween(532, 534);
        // top copper at board (15, 15) is drawn orange-red
        double[] px = v.toPx(15, 15);
        int rgb = frame.image().getRGB((int) px[0], (int) px[1]);
        assertThat((rgb >> 16) & 0xff).isGreaterThan(rgb & 0xff);
    }

    @Test
    void hidingALayerRendersAgainWithoutIt() {
        model.load(List.of(Path.of("x")));
        model.setCanvasSize(533, 333);
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
        model.setCanvasSize(533, 333);
        model.pointerAt(100, 100);
        String before = model.cursorProperty().get();
        model.zoomAt(100, 100, 2.5);
        model.pointerAt(100, 100);
        assertThat(model.cursorProperty().get()).isEqualTo(before).matches("X -?\\d+\\.\\d{3}  Y -?\\d+\\.\\d{3} mm");
        Viewport v = model.viewportProperty().get();
        model.panBy(10, 0);
        assertThat(model.viewportProperty().get().tx()).isCloseTo(v.tx() + 10, within(1e-9));
        model.fit();
        assertThat(model.viewportProperty().get().scale()).isCloseTo(10, within(1e-6));
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

    @Test
    void theFileTableListsEveryFileWithLayerConfidenceAndEvidenceAndTheBoardLine() {
        model.load(List.of(Path.of("x")));
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
    void correctingALayerRecoloursReordersAndRebuildsTheBoard() {
        model.load(List.of(Path.of("x")));
        model.setCanvasSize(533, 333);
        model.layers().get(2).setVisible(false); // bottom.gbr hidden
        java.awt.Color before = model.layers().stream().filter(l -> l.name().equals("top.gbr")).findFirst().orElseThrow().color();

        assertThat(model.setLayer("top.gbr", "bottom-copper")).isTrue();

        LayerItem moved = model.layers().stream().filter(l -> l.name().equals("top.gbr")).findFirst().orElseThrow();
        assertThat(moved.color()).isNotEqualTo(before);
        assertThat(moved.color().getBlue()).isGreaterThan(moved.color().getRed());
        assertThat(model.layers()).extracting(LayerItem::name).containsExactly("edge.gbr", "bottom.gbr", "top.gbr");
        assertThat(model.layers().get(1).isVisible()).as("visibility kept by file").isFalse();
        FileRow row = model.files().get(2);
        assertThat(row.getLayer()).isEqualTo("bottom-copper");
        assertThat(row.getConfidence()).isEqualTo("1.00");
        assertThat(row.getEvidence()).startsWith("set by the user (was top-copper, 0.98: test)");
        assertThat(model.statusProperty().get()).contains("top.gbr is now bottom-copper");

        assertThat(model.setLayer("edge.gbr", "mechanical-1")).isTrue();
        assertThat(model.job().board().outline().evidence()).contains("no outline layer");
        assertThat(model.boardProperty().get()).contains("50.10 x 30.10 mm");
        assertThat(model.setLayer("bom.csv", "top-copper")).as("not a layer").isFalse();
        assertThat(model.setLayer("top.gbr", "no-such-layer")).isFalse();
    }

    @Test
    void droppingAFolderOrZipLoadsItAndDroppingNothingUsableSaysSo(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws java.io.IOException {
        assertThat(model.drop(List.of(tmp.resolve("missing.zip")))).isFalse();
        assertThat(model.statusProperty().get()).contains("Nothing to open");
        Path zip = java.nio.file.Files.writeString(tmp.resolve("board.zip"), "x");
        assertThat(model.drop(List.of(zip))).isTrue();
        assertThat(model.titleProperty().get()).isEqualTo("Fabwright — fake-board");
    }
}
