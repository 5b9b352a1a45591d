package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.board.Board;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.identify.LayerFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A panel's output read back by Fabwright's own job loader: each copper layer's dark area is n
 * times the board's plus the fiducial pads, the holes are n times the board's plus mouse bites and
 * tooling holes, and the outline's centre line is the array's computed size.
 */
class PanelRoundTripTest {
    private static final Logger LOG = LoggerFactory.getLogger(PanelRoundTripTest.class);

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} {1}x{2} rot {3} {4}")
    @CsvSource({
            "StickHub, 2, 3, 0, mousebites-standard",
            "StickHub, 3, 2, 90, mousebites-standard",
            "flat_hierarchy, 2, 2, 270, jlc-mousebites",
            "pic_programmer, 1, 2, 180, mousebites-standard",
            "kit-dev-coldfire-xilinx_5213, 2, 1, 0, mousebites-standard",
            "custom_pads_test, 2, 2, 90, mousebites-standard"})
    void panelReadsBackAsNBoardsPlusRailFeatures(String name, int rows, int cols, int rot, String preset) throws Exception {
        try (Job job = CorpusBoards.job(name)) {
            PanelBoard board = PanelBoard.of(name, job, List.of());
            PanelSpec spec = PanelPresets.load(preset).withArray(rows, cols, PanelPresets.load(preset).spacingMm())
                    .withRotation(rot).withText("");
            ArrayLayout layout = new ArrayPlanner().plan(spec, List.of(board));
            List<String> files = new PanelOutput().write(layout, out);
            int n = rows * cols;
            try (Job panel = new JobLoader().load(List.of(out))) {
                ImageGeometry g = new ImageGeometry();
                double fid = Math.PI * Math.pow(spec.fiducials().diameterMm() / 2, 2) * layout.fiducials().size();
                for (JobFile f : job.files()) {
                    if (f.layer() == null || f.layer().function() != LayerFunction.COPPER || f.gerber() == null) {
                        continue;
                    }
                    String id = f.layer().id();
                    double boardArea = g.toGeometry(f.gerber().image()).areaMm2();
                    boolean outer = id.equals("top-copper") || id.equals("bottom-copper");
                    double expected = n * boardArea + (outer ? fid : 0);
                    JobFile back = panel.files().stream().filter(p -> p.fileName().equals("panel-" + id + ".gbr"))
                            .findFirst().orElseThrow();
                    assertThat(back.layer().id()).isEqualTo(id);
                    double got = g.toGeometry(back.gerber().image()).areaMm2();
                    LOG.info(String.format(Locale.ROOT, "%s %s: board %.3f mm2 x %d + fiducials %.3f = %.3f; panel %.3f (%.4f %%)",
                            name, id, boardArea, n, outer ? fid : 0, expected, got, 100 * (got - expected) / expected));
                    assertThat(got).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(0.1));
                }
                long boardHoles = job.files().stream().filter(f -> f.kind() == FileKind.EXCELLON && f.drill() != null)
                        .mapToLong(f -> f.drill().holeCount()).sum();
                long panelHoles = panel.files().stream().filter(f -> f.kind() == FileKind.EXCELLON && f.drill() != null)
                        .mapToLong(f -> f.drill().holeCount()).sum();
                long expectedHoles = n * boardHoles + layout.mouseBiteHoles() + layout.tooling().size();
                LOG.info(String.format(Locale.ROOT, "%s holes: board %d x %d + bites %d + tooling %d = %d; panel %d",
                        name, boardHoles, n, layout.mouseBiteHoles(), layout.tooling().size(), expectedHoles, panelHoles));
                assertThat(panelHoles).isEqualTo(expectedHoles);
                Board pb = Board.of(panel.files(), panel.jobFiles());
                assertThat(pb.outline().centreLine().getWidth()).isCloseTo(layout.widthMm(), org.assertj.core.data.Offset.offset(1e-6));
                assertThat(pb.outline().centreLine().getHeight()).isCloseTo(layout.heightMm(), org.assertj.core.data.Offset.offset(1e-6));
                LOG.info(String.format(Locale.ROOT, "%s outline %.4f x %.4f mm, computed %.4f x %.4f; files %s", name,
                        pb.outline().centreLine().getWidth(), pb.outline().centreLine().getHeight(), layout.widthMm(),
                        layout.heightMm(), files));
            }
        }
    }
}
