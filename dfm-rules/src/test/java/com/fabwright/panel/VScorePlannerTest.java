package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.job.Job;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** V-score: straight full-length cuts only, everything else refused with the reason. */
class VScorePlannerTest {
    private static final PanelSpec VSCORE = PanelPresets.load("vscore-standard");

    @ParameterizedTest(name = "{0}x{1} rails {2}")
    @CsvSource({"2, 3, top-bottom, 5", "1, 1, top-bottom, 2", "3, 3, all, 8", "2, 2, none, 2", "4, 1, frame, 7"})
    void rectangularBoardsGetOneLinePerBoardEdgeInsideThePanel(int rows, int cols, String sides, int expectedLines) {
        PanelSpec spec = VSCORE.withArray(rows, cols, 0).withRails(new PanelSpec.Rails(sides, sides.equals("none") ? 0 : 5));
        ArrayLayout l = new ArrayPlanner().plan(spec, List.of(SyntheticBoards.rectangle("r", 40, 30)));
        int railX = spec.rails().leftRight() && spec.rails().widthMm() > 0 ? 2 : 0;
        int railY = spec.rails().bottomTop() && spec.rails().widthMm() > 0 ? 2 : 0;
        assertThat(l.vscores()).hasSize((cols - 1) + (rows - 1) + railX + railY);
        assertThat(l.vscores().size()).isEqualTo(expectedLines);
        assertThat(l.vscores()).allSatisfy(v -> assertThat(v.atMm()).isBetween(0.0, v.vertical() ? l.widthMm() : l.heightMm()));
    }

    @Test
    void roundedCornersOnTheCutLineAreRefusedWithTheReason() {
        PanelSpec spec = VSCORE.withArray(2, 2, 0);
        assertThatThrownBy(() -> new ArrayPlanner().plan(spec, List.of(SyntheticBoards.rounded("round", 40, 30, 2))))
                .isInstanceOf(PanelRefusedException.class)
                .hasMessageContaining("straight on the cut line").hasMessageContaining("round");
    }

    @Test
    void boardsOfDifferentSizesLeaveAPartialCutAndAreRefused() {
        PanelSpec spec = VSCORE.withArray(2, 2, 0);
        List<PanelBoard> designs = List.of(SyntheticBoards.rectangle("big", 40, 30), SyntheticBoards.rectangle("small", 30, 20));
        assertThatThrownBy(() -> new ArrayPlanner().plan(spec, designs))
                .isInstanceOf(PanelRefusedException.class)
                .hasMessageContaining("would cut through board");
    }

    @Test
    void equalSizedDesignsMayShareAVScorePanel() {
        PanelSpec spec = VSCORE.withArray(1, 2, 0);
        ArrayLayout l = new ArrayPlanner().plan(spec, List.of(SyntheticBoards.rectangle("a", 40, 30),
                SyntheticBoards.rectangle("b", 40, 30)));
        assertThat(l.instances()).extracting(ArrayLayout.Instance::design).containsExactly(0, 1);
    }

    @Test
    void smallVScorePanelsAreWarned() {
        ArrayLayout l = new ArrayPlanner().plan(VSCORE.withArray(1, 1, 0), List.of(SyntheticBoards.rectangle("r", 20, 20)));
        assertThat(l.warnings()).anyMatch(w -> w.contains("under the fab's minimum"));
    }

    /** The KiCad demos: rectangular outlines plan, rounded or shaped ones are refused with the reason. */
    @ParameterizedTest
    @CsvSource({"StickHub, false", "pic_programmer, true", "flat_hierarchy, true", "kit-dev-coldfire-xilinx_5213, true",
            "custom_pads_test, true"})
    void corpusBoards(String name, boolean rectangular) {
        try (Job job = CorpusBoards.job(name)) {
            PanelBoard b = PanelBoard.of(name, job, List.of());
            PanelSpec spec = VSCORE.withArray(2, 2, 0);
            if (rectangular) {
                assertThat(new ArrayPlanner().plan(spec, List.of(b)).vscores()).hasSize(4);
            } else {
                assertThatThrownBy(() -> new ArrayPlanner().plan(spec, List.of(b))).isInstanceOf(PanelRefusedException.class)
                        .hasMessageContaining("straight");
            }
        }
    }
}
