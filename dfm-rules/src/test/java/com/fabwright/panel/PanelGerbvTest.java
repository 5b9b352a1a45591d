package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.corpus.Gerbv;
import com.fabwright.corpus.GerbvMeasurement;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel's copper as gerbv (an independent reader) sees it: the panel file's dark area equals n
 * times the board file's plus the fiducial pads, both rendered at the same resolution so gerbv's
 * pixel snapping is the same for both. Skips without gerbv or the corpus.
 */
class PanelGerbvTest {
    private static final Logger LOG = LoggerFactory.getLogger(PanelGerbvTest.class);

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} {1}x{2} rot {3} at {4} dpi")
    @CsvSource({"StickHub, 1, 2, 0, 2540", "StickHub, 2, 2, 0, 2540", "StickHub, 2, 1, 90, 5080"})
    void gerbvSeesNBoardsPlusFiducials(String name, int rows, int cols, int rot, int dpi) throws Exception {
        Gerbv.require();
        Gerbv gerbv = Gerbv.standard();
        try (Job job = CorpusBoards.job(name)) {
            PanelBoard board = PanelBoard.of(name, job, List.of());
            PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(rows, cols, 2).withRotation(rot).withText("");
            ArrayLayout layout = new ArrayPlanner().plan(spec, List.of(board));
            new PanelOutput().write(layout, out);
            int n = rows * cols;
            for (JobFile f : job.files()) {
                if (f.layer() == null || f.layer().function() != LayerFunction.COPPER) {
                    continue;
                }
                String id = f.layer().id();
                GerbvMeasurement b = gerbv.autoscaled(f.file(), dpi);
                GerbvMeasurement p = gerbv.autoscaled(out.resolve("panel-" + id + ".gbr"), dpi);
                double fid = Math.PI * Math.pow(spec.fiducials().diameterMm() / 2, 2) * layout.fiducials().size();
                double expected = n * b.darkAreaMm2() + fid;
                LOG.info(String.format(Locale.ROOT, "gerbv %s %s: board %.3f mm2 x %d + fiducials %.3f = %.3f; panel %.3f (%+.4f %%)",
                        name, id, b.darkAreaMm2(), n, fid, expected, p.darkAreaMm2(), 100 * (p.darkAreaMm2() - expected) / expected));
                assertThat(p.darkAreaMm2()).isCloseTo(expected, Percentage.withPercentage(0.1));
            }
        }
    }
}
