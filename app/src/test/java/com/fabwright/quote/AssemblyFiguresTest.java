package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.assembly.AssemblyStatistics;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Assembly figures from the BOM/CPL readers' {@link AssemblyStatistics}, and package-class names. */
class AssemblyFiguresTest {
    @Test
    void statistics_give_placements_lines_joints_and_an_estimate_of_points() {
        AssemblyStatistics s = new AssemblyStatistics(240, 10, 238, 12, 50, 1316, 56, 12, 2,
                Map.of("0402", 180, "0603", 30, "BGA", 2, "QFN", 10), true, "board-bom.csv + board-pos.csv");
        AssemblyFigures a = AssemblyFigures.of(s);
        assertThat(a.smtPlacements()).isEqualTo(238);
        assertThat(a.thtParts()).isEqualTo(12);
        assertThat(a.uniqueLines()).isEqualTo(50);
        assertThat(a.thtLines()).isEqualTo(2); // 50 lines × 12 / 250 parts
        assertThat(a.smtJoints()).isEqualTo(1316);
        assertThat(a.thtPins()).isEqualTo(56);
        assertThat(a.bga()).isEqualTo(2);
        assertThat(a.sides()).isEqualTo(2);
        assertThat(a.points0402()).isEqualTo(180);
        assertThat(a.points()).isCloseTo(1316 / 2.0, within(1e-9));
        assertThat(a.source()).isEqualTo("board-bom.csv + board-pos.csv");
    }

    @Test
    void a_board_without_parts_is_not_assembled() {
        AssemblyStatistics s = new AssemblyStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), false, "empty.csv");
        assertThat(AssemblyFigures.of(s).any()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"0402, CHIP_0402", "R_0201_0603Metric, CHIP_0402", "C_0805, CHIP_0603", "SOT-23, SOT", "SOIC-8, IC",
            "TSSOP-20, IC", "QFN-32, QFN", "LQFP-64, QFP_FINE", "BGA-256, BGA", "chip<=0402, CHIP_0402", "tht_active, THT_ACTIVE",
            "DIP-8, THT_DISCRETE"})
    void package_names_map_to_classes(String name, PackageClass expected) {
        assertThat(PackageClass.of(name)).isEqualTo(expected);
    }
}
