package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several designs in one array: cells filled in turn, columns as wide as their widest board, copper summed. */
class MultiDesignTest {
    @TempDir
    Path out;

    @Test
    void twoDesignsAlternateAndTheirCopperAddsUp() throws Exception {
        try (Job a = CorpusBoards.job("StickHub"); Job b = CorpusBoards.job("custom_pads_test")) {
            PanelBoard sh = PanelBoard.of("StickHub", a, List.of());
            PanelBoard cp = PanelBoard.of("custom_pads_test", b, List.of());
            PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(2, 2, 2).withText("");
            ArrayLayout l = new ArrayPlanner().plan(spec, List.of(sh, cp));
            assertThat(l.instances()).extracting(ArrayLayout.Instance::design).containsExactly(0, 1, 0, 1);
            double col0 = Math.max(sh.widthMm(), sh.widthMm());
            double col1 = cp.widthMm();
            assertThat(l.widthMm()).isCloseTo(col0 + col1 + 2, org.assertj.core.data.Offset.offset(1e-6));
            new PanelOutput().write(l, out);
            ImageGeometry g = new ImageGeometry();
            double expected = 2 * g.toGeometry(sh.layers().get("top-copper").image()).areaMm2()
                    + 2 * g.toGeometry(cp.layers().get("top-copper").image()).areaMm2()
                    + Math.PI * 0.25 * l.fiducials().size();
            try (Job panel = new JobLoader().load(List.of(out))) {
                JobFile top = panel.files().stream().filter(f -> f.fileName().equals("panel-top-copper.gbr")).findFirst().orElseThrow();
                assertThat(g.toGeometry(top.gerber().image()).areaMm2()).isCloseTo(expected, Percentage.withPercentage(0.1));
            }
        }
    }
}
