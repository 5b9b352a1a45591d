package com.fabwright.dfa;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.Pad;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.corpus.Corpus;
import com.fabwright.dfm.Violation;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 5 acceptance on the KiCad demo boards: every SMD centroid lies in the area of its own pads
 * (the {@code .P} pad attributes of the copper are the truth), the cross-check of BOM, placements
 * and board finds nothing on these correct boards, and seeded errors are each found.
 */
class CrossCheckCorpusTest {

    @ParameterizedTest(name = "{0}: no findings")
    @ValueSource(strings = {"kicad-demos-fab/StickHub", "kicad-demos-fab/custom_pads_test", "kicad-demos-fab/flat_hierarchy",
            "kicad-demos-fab/kit-dev-coldfire-xilinx_5213", "kicad-demos-fab/pic_programmer",
            "kicad9-cli-fab/StickHub", "kicad9-cli-fab/custom_pads_test", "kicad9-cli-fab/flat_hierarchy",
            "kikit/generated_by_kicad6/assembly_project_1_KiCAD6", "kikit/generated_by_kicad6/conn", "kikit/generated_by_kicad6/multiboard"})
    void kicadDemoBoardsHaveNoFindings(String board) {
        Path dir = Corpus.require().resolve(board);
        try (Job job = new JobLoader().load(List.of(dir))) {
            AssemblyData data = JobAssembly.of(job, List.of(), List.of());
            assertThat(data.placements()).isNotEmpty();
            if (!board.startsWith("kikit")) {
                assertThat(data.pads().isEmpty()).as("the copper has .P pad attributes").isFalse();
            }
            List<Violation> v = AssemblyCrossCheck.run(CrossCheckInput.of(job, data)).stream()
                    .filter(x -> x.severity() != com.fabwright.dfm.Severity.INFO).toList();
            if (board.equals("kicad9-cli-fab/custom_pads_test")) {
                // a true finding: the DIP socket U*** is a board-only footprint, placed, that KiCad 9's schematic BOM lacks
                assertThat(v).as(summary(v)).singleElement().satisfies(x -> {
                    assertThat(x.rule()).isEqualTo(AssemblyRules.PLACED_NOT_IN_BOM);
                    assertThat(x.refs()).contains("U***");
                });
                return;
            }
            if (board.endsWith("/conn")) {
                // a true finding: kikit's four board-only tabs keep KiCad's unannotated reference REF**
                assertThat(v).as(summary(v)).singleElement().satisfies(x -> {
                    assertThat(x.rule()).isEqualTo(AssemblyRules.DUPLICATE_REFDES);
                    assertThat(x.message()).contains("REF**", "4 times");
                });
                return;
            }
            assertThat(v).as(summary(v)).isEmpty();
        }
    }

    static String summary(List<Violation> v) {
        StringBuilder sb = new StringBuilder(v.size() + " findings:\n");
        v.stream().limit(40).forEach(x -> sb.append(x.rule()).append(' ').append(x.message()).append(' ').append(x.refs()).append('\n'));
        return sb.toString();
    }
}
