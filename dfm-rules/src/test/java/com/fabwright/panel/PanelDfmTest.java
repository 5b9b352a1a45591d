package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.job.Job;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Panel DFM findings as Violations with the panel rule ids, on corpus boards and synthetic layouts. */
class PanelDfmTest {

    @Test
    void copperNearAVScoreLineIsAnError() {
        // kit-dev-coldfire's ground pours run 0.4 mm from the edge: with a 0.5 mm clearance every line is too close
        try (Job job = CorpusBoards.job("kit-dev-coldfire-xilinx_5213")) {
            PanelBoard b = PanelBoard.of("kit", job, List.of());
            PanelSpec vs = PanelPresets.load("vscore-standard").withArray(1, 2, 0);
            PanelSpec strict = new PanelSpec(vs.name(), vs.version(), vs.source(), 1, 2, 0, 0, vs.rails(), vs.separation(),
                    vs.mouseBites(), new PanelSpec.VScore(0.5, 70, 0.2, 30), vs.fiducials(), vs.tooling(), "", vs.xOut());
            ArrayLayout l = new ArrayPlanner().plan(strict, List.of(b));
            List<Violation> v = rule(new PanelDfm().check(l), "panel.vscore-copper");
            assertThat(v).isNotEmpty().allSatisfy(x -> {
                assertThat(x.severity()).isEqualTo(Severity.ERROR);
                assertThat(x.measuredMm()).isLessThan(0.5);
                assertThat(x.limitMm()).isEqualTo(0.5);
            });
        }
    }

    @Test
    void aClearBoardHasNoVScoreFindings() {
        try (Job job = CorpusBoards.job("pic_programmer")) {
            PanelBoard b = PanelBoard.of("pic", job, List.of());
            ArrayLayout l = new ArrayPlanner().plan(PanelPresets.load("vscore-standard").withArray(1, 2, 0), List.of(b));
            assertThat(rule(new PanelDfm().check(l), "panel.vscore-copper")).isEmpty();
        }
    }

    @Test
    void partsOverhangingTheEdgeAreReportedWithTheirRefdesAndBoard() {
        // StickHub's USB plug J5 sticks 0.175 mm out of the board edge (its courtyard)
        try (Job job = CorpusBoards.job("StickHub")) {
            PanelBoard b = PanelBoard.of("StickHub", job, List.of());
            ArrayLayout l = new ArrayPlanner().plan(PanelPresets.load("mousebites-standard").withArray(1, 2, 2), List.of(b));
            List<Violation> v = rule(new PanelDfm().check(l), "panel.part-overhang");
            assertThat(v).extracting(x -> x.refs().get(0)).contains("J5_1", "J5_2");
            assertThat(v).allSatisfy(x -> assertThat(x.measuredMm()).isGreaterThanOrEqualTo(0.05));
        }
    }

    @Test
    void fiducialsOnTopOfToolingHolesAreReported() {
        PanelSpec base = PanelPresets.load("mousebites-standard").withArray(1, 1, 2);
        PanelSpec crowded = new PanelSpec(base.name(), base.version(), base.source(), 1, 1, 0, 2, base.rails(), base.separation(),
                base.mouseBites(), base.vscore(), new PanelSpec.Fiducials(3, 1, 2, 4.0), new PanelSpec.Tooling(4, 2, 4.5), "",
                base.xOut());
        ArrayLayout l = new ArrayPlanner().plan(crowded, List.of(SyntheticBoards.rectangle("r", 60, 40)));
        List<Violation> v = rule(new PanelDfm().check(l), "panel.fiducial-clearance");
        assertThat(v).hasSize(3);
        ArrayLayout ok = new ArrayPlanner().plan(base, List.of(SyntheticBoards.rectangle("r", 60, 40)));
        assertThat(rule(new PanelDfm().check(ok), "panel.fiducial-clearance")).isEmpty();
    }

    private static List<Violation> rule(List<Violation> all, String id) {
        return all.stream().filter(v -> v.rule().equals(id)).toList();
    }
}
