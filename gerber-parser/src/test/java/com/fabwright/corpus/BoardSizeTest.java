package com.fabwright.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 2, Acceptance: the board size from each KiCad demo's {@code Edge_Cuts} Gerber matches
 * {@code stats.json} ({@code edge_cuts_bbox}, written by the corpus' {@code gen_kicad_fab.py} from pcbnew's
 * {@code GetBoardEdgesBoundingBox()}) within 0.01 mm, for {@code kicad-demos-fab/*} (KiCad 6) and
 * {@code kicad9-cli-fab/*} (KiCad 9).
 *
 * <p>Which box? KiCad's board-edge box includes the width of the Edge.Cuts strokes: for StickHub (0.1 mm
 * outline) stats.json says 16.6 x 40.1 mm, the dark area of the Edge_Cuts layer spans 16.6 x 40.1 mm and
 * the box of the stroke centrelines 16.5 x 40.0 mm. So the figure compared is the bounding box of the
 * layer's final image ({@code LayerGeometry.boundsMm()}, the outer edges of the strokes); this test also
 * computes the centreline box and prints how far it is off, so the finding stays visible.
 *
 * <p>Coordinates: KiCad's y points down, its Gerbers' y up with the same origin (Gerber y = -KiCad y), so
 * stats.json's {@code y_min} is minus the Gerber box's maximum y.
 */
class BoardSizeTest {
    private static final double TOLERANCE_MM = 0.01;
    private static final CorpusReport REPORT = new CorpusReport("board-size",
            "board\tstats_x_min\tstats_y_min\tstats_w\tstats_h\tours_x_min\tours_y_min\tours_w\tours_h"
                    + "\tmax_diff_mm\tcentreline_w\tcentreline_h");

    static Stream<Path> boards() throws IOException {
        Path corpus = Corpus.require();
        List<Path> out = new ArrayList<>();
        for (String set : List.of("kicad-demos-fab", "kicad9-cli-fab")) {
            Path dir = corpus.resolve(set);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> Files.isRegularFile(p.resolve("stats.json"))).sorted().forEach(out::add);
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void edgeCutsBoundingBoxMatchesStatsJson(Path board) throws IOException {
        String json = Files.readString(board.resolve("stats.json"), StandardCharsets.UTF_8);
        double xMin = number(json, "x_min");
        double yMin = number(json, "y_min");
        double w = number(json, "width");
        double h = number(json, "height");

        Path edge;
        try (Stream<Path> s = Files.list(board.resolve("gerber"))) {
            edge = s.filter(p -> p.getFileName().toString().endsWith("Edge_Cuts.gbr")).findFirst().orElseThrow(
                    () -> new AssertionError("no *Edge_Cuts.gbr in " + board.resolve("gerber")));
        }
        GerberFile f = new GerberReader().read(edge);
        LayerGeometry g = new ImageGeometry().toGeometry(f.image());
        Envelope b = g.boundsMm();
        double oursXMin = b.getMinX();
        double oursYMin = -b.getMaxY(); // back to KiCad's y-down coordinates
        Envelope centre = centrelineBounds(f);

        double diff = Math.max(Math.max(Math.abs(oursXMin - xMin), Math.abs(oursYMin - yMin)),
                Math.max(Math.abs(b.getWidth() - w), Math.abs(b.getHeight() - h)));
        String name = Corpus.relative(board);
        REPORT.add(name, xMin, yMin, w, h, f4(oursXMin), f4(oursYMin), f4(b.getWidth()), f4(b.getHeight()),
                f4(diff), f4(centre.getWidth()), f4(centre.getHeight()));
        System.out.printf(Locale.ROOT, "%s: stats.json %.4f x %.4f at (%.4f, %.4f); Edge_Cuts image %.4f x %.4f at"
                        + " (%.4f, %.4f), max diff %.4f mm; stroke centrelines %.4f x %.4f%n", name, w, h, xMin, yMin,
                b.getWidth(), b.getHeight(), oursXMin, oursYMin, diff, centre.getWidth(), centre.getHeight());

        assertThat(diff).as("%s: Edge_Cuts box vs stats.json edge_cuts_bbox (mm)", name).isLessThanOrEqualTo(
                TOLERANCE_MM);
    }

    @AfterAll
    static void writeReport() {
        if (!REPORT.rows().isEmpty()) {
            System.out.println("BoardSizeTest report: " + REPORT.write());
        }
    }

    /** Box of the stroke centrelines: draw end points and the axis extremes of arcs, in mm. */
    static Envelope centrelineBounds(GerberFile f) {
        Envelope e = new Envelope();
        for (GraphicObject o : f.image().objects()) {
            if (o instanceof GraphicObject.Draw d) {
                add(e, d.from());
                add(e, d.to());
            } else if (o instanceof GraphicObject.ArcDraw a) {
                addArc(e, a);
            }
        }
        return e;
    }

    private static void addArc(Envelope e, GraphicObject.ArcDraw a) {
        add(e, a.from());
        add(e, a.to());
        double cx = a.center().x() / 1e6;
        double cy = a.center().y() / 1e6;
        double a0 = Math.atan2(a.from().y() / 1e6 - cy, a.from().x() / 1e6 - cx);
        double a1 = Math.atan2(a.to().y() / 1e6 - cy, a.to().x() / 1e6 - cx);
        double r = Math.hypot(a.from().x() / 1e6 - cx, a.from().y() / 1e6 - cy);
        // counter-clockwise sweep from start to end (swap for clockwise); equal ends = full circle
        double from = a.clockwise() ? a1 : a0;
        double sweep = (a.clockwise() ? a0 : a1) - from;
        while (sweep <= 0) {
            sweep += 2 * Math.PI;
        }
        for (int k = 0; k < 4; k++) {
            double ang = k * Math.PI / 2;
            double rel = ang - from;
            while (rel < 0) {
                rel += 2 * Math.PI;
            }
            if (rel <= sweep) {
                e.expandToInclude(cx + r * Math.cos(ang), cy + r * Math.sin(ang));
            }
        }
    }

    private static void add(Envelope e, Point p) {
        e.expandToInclude(p.x() / 1e6, p.y() / 1e6);
    }

    private static double number(String json, String key) {
        Matcher m = Pattern.compile("\"edge_cuts_bbox\"\\s*:\\s*\\{[^}]*\"" + key + "\"\\s*:\\s*(-?[0-9.eE+-]+)")
                .matcher(json);
        if (!m.find()) {
            throw new AssertionError("stats.json has no edge_cuts_bbox." + key);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String f4(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
