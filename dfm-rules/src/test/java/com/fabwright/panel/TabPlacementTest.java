package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.Placement;
import com.fabwright.dfm.Violation;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.Units;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.identify.LayerFunction;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tabs never land on copper or parts near the edge: every mouse-bite hole of the written panel keeps
 * the tab clearance from the copper of every layer read back from the panel files, and from every
 * part centroid of the panel CPL. Where an edge has no clear place (StickHub and kit-dev-coldfire:
 * ground pours 0.15 mm from the edge), the tab is kept at its clearest place and panel DFM reports it.
 */
class TabPlacementTest {
    private static final Logger LOG = LoggerFactory.getLogger(TabPlacementTest.class);

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} {1}x{2} rot {3}")
    @CsvSource({"pic_programmer, 2, 2, 0, true", "flat_hierarchy, 2, 1, 90, true", "custom_pads_test, 2, 2, 0, true",
            "kit-dev-coldfire-xilinx_5213, 1, 2, 0, false", "StickHub, 2, 2, 90, false"})
    void mouseBitesKeepClearOfCopperAndParts(String name, int rows, int cols, int rot, boolean allClear) throws Exception {
        try (Job job = CorpusBoards.job(name)) {
            List<Placement> parts = name.equals("custom_pads_test") ? List.of()
                    : CorpusBoards.placements(name, PanelBoard.of(name, job, List.of()).edge());
            PanelBoard board = PanelBoard.of(name, job, parts);
            PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(rows, cols, 2).withRotation(rot);
            ArrayLayout layout = new ArrayPlanner().plan(spec, List.of(board));
            new PanelOutput().write(layout, out);
            STRtree copper = new STRtree();
            try (Job panel = new JobLoader().load(List.of(out))) {
                for (JobFile f : panel.files()) {
                    if (f.layer() != null && f.layer().function() == LayerFunction.COPPER) {
                        for (Polygon p : new ImageGeometry().toGeometry(f.gerber().image()).polygons()) {
                            copper.insert(p.getEnvelopeInternal(), p);
                        }
                    }
                }
            }
            double limit = spec.mouseBites().clearanceMm();
            double r = spec.mouseBites().holeDiameterMm() / 2;
            double worst = Double.MAX_VALUE;
            List<Placement> panelParts = PanelCpl.placements(layout);
            int reported = 0;
            for (ArrayLayout.Tab t : layout.tabs()) {
                if (t.clearanceMm() < limit) {
                    reported++;
                    continue;
                }
                for (double[] h : t.holes()) {
                    Geometry hole = Units.FACTORY.createPoint(new Coordinate(h[0], h[1])).buffer(r, 16);
                    var env = hole.getEnvelopeInternal();
                    env.expandBy(limit + 1);
                    for (Object o : copper.query(env)) {
                        worst = Math.min(worst, ((Geometry) o).distance(hole));
                    }
                    for (Placement p : panelParts) {
                        worst = Math.min(worst, Math.hypot(p.xMm() - h[0], p.yMm() - h[1]) - r);
                    }
                }
            }
            List<Violation> tabFindings = new PanelDfm().check(layout).stream()
                    .filter(v -> v.rule().equals("panel.tab-copper")).toList();
            LOG.info(String.format(Locale.ROOT, "%s: %d tabs, %d holes; tabs placed clear: nearest copper/part to their "
                            + "mouse-bite holes %.3f mm (limit %.2f); %d tab(s) with no clear place, %d panel.tab-copper",
                    name, layout.tabs().size(), layout.mouseBiteHoles(), worst == Double.MAX_VALUE ? Double.NaN : worst, limit, reported,
                    tabFindings.size()));
            assertThat(layout.tabs()).isNotEmpty();
            if (reported < layout.tabs().size()) {
                assertThat(worst).isGreaterThanOrEqualTo(limit - 1e-6);
            }
            assertThat(tabFindings).hasSize(reported);
            if (allClear) {
                assertThat(tabFindings).isEmpty();
            }
        }
    }

    @Test
    void fixedPositionsOverrideTheSearch() {
        PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(1, 2, 2);
        PanelSpec.MouseBites m = spec.mouseBites();
        spec = spec.withMouseBites(new PanelSpec.MouseBites(m.holeDiameterMm(), m.pitchMm(), m.holesPerTab(), m.tabWidthMm(),
                m.maxTabSpacingMm(), m.minTabsPerEdge(), m.clearanceMm(), List.of(0.25, 0.75)));
        ArrayLayout layout = new ArrayPlanner().plan(spec, List.of(SyntheticBoards.rectangle("r", 40, 30)));
        List<Double> between = new ArrayList<>();
        for (ArrayLayout.Tab t : layout.tabs()) {
            if (t.boards().size() == 2) {
                between.add(t.yMm());
            }
        }
        // boards start at y = 5 (rail) + 2 (gap); 0.25 and 0.75 of 30 mm
        assertThat(between).containsExactly(7 + 7.5, 7 + 22.5);
        assertThat(layout.mouseBiteHoles()).isEqualTo(layout.tabs().stream().mapToInt(t -> t.boards().size() * 5).sum());
    }
}
