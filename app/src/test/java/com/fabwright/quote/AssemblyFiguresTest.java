package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.AssemblyStatisticsCalculator;
import com.fabwright.assembly.MountType;
import com.fabwright.assembly.PackageClass;
import com.fabwright.assembly.PackageClassifier;
import com.fabwright.assembly.PadIndex;
import com.fabwright.assembly.PlacedPart;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Assembly figures from the BOM/CPL readers' {@link AssemblyStatistics} and fitted parts, with CN
 * points by the quote-model.md rules (chip 1, SOT-23 1.5, IC pins/4, fine pitch pins/2, BGA balls/3),
 * and the one mapping of the assembly package classes onto the pricing classes.
 */
class AssemblyFiguresTest {
    private static Placement at(String ref, String footprint, MountType mount) {
        return new Placement(ref, 0, 0, 0, Side.TOP, footprint, "v", mount, "pos.csv", 1);
    }

    @Test
    void points_are_summed_part_by_part_from_their_real_joints() {
        List<Placement> ps = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ps.add(at("R" + i, "R_0402_1005Metric", MountType.UNKNOWN)); // 10 × 1 point (≤0402)
        }
        ps.add(at("C1", "C_0805_2012Metric", MountType.UNKNOWN));         // 1 point
        ps.add(at("Q1", "SOT-23", MountType.UNKNOWN));                    // 3 / 2 = 1.5
        ps.add(at("U1", "SOIC-8_3.9x4.9mm_P1.27mm", MountType.UNKNOWN));  // 8 / 4 = 2
        ps.add(at("U2", "LQFP-64_10x10mm_P0.5mm", MountType.UNKNOWN));    // fine pitch 64 / 2 = 32
        ps.add(at("U3", "QFN-32-1EP_5x5mm_P0.5mm", MountType.UNKNOWN));   // 32 / 2 = 16
        ps.add(at("U4", "BGA-256_17x17mm", MountType.UNKNOWN));           // 256 / 3
        ps.add(at("J1", "PinHeader_2x10_P2.54mm_Vertical", MountType.THT)); // THT: pins, no points
        List<PlacedPart> parts = AssemblyStatisticsCalculator.parts(ps, null, PadIndex.empty());
        AssemblyStatistics s = AssemblyStatisticsCalculator.compute(ps, null, PadIndex.empty(), "pos.csv");
        AssemblyFigures a = AssemblyFigures.of(s, parts, 1);

        assertThat(a.smtPlacements()).isEqualTo(s.smt()).isEqualTo(16);
        assertThat(a.thtParts()).isEqualTo(s.tht()).isEqualTo(1);
        assertThat(a.thtPins()).isEqualTo(20);
        assertThat(a.smtJoints()).isEqualTo(s.smtJoints()).isEqualTo(10 * 2 + 2 + 3 + 8 + 64 + 32 + 256);
        assertThat(a.uniqueLines()).isEqualTo(s.uniqueLines());
        assertThat(a.thtLines()).isEqualTo(1);
        assertThat(a.bga()).isEqualTo(1);
        assertThat(a.points0402()).isEqualTo(10);
        assertThat(a.pointsOther()).isCloseTo(1 + 1.5 + 2 + 32 + 16 + 256 / 3.0, within(1e-9));
        // the old estimate (joints / 2) would have said 192.5 points
        assertThat(a.points()).isNotCloseTo(s.smtJoints() / 2.0, within(1.0));
    }

    @Test
    void a_board_without_parts_is_not_assembled() {
        AssemblyStatistics s = new AssemblyStatistics(0, 0, 0, 0, 0, 0, 0, 0, 0, Map.of(), false, "empty.csv");
        assertThat(AssemblyFigures.of(s, List.of(), 0).any()).isFalse();
    }

    @ParameterizedTest(name = "{0} ({1}) -> {2}")
    @CsvSource({"R_0402_1005Metric, UNKNOWN, CHIP_0402", "R_0201_0603Metric, UNKNOWN, CHIP_0402", "C_0805, UNKNOWN, CHIP_0603",
            "Capacitor_SMD:1005_C, UNKNOWN, CHIP_0402", "SOT-23, UNKNOWN, SOT", "D_SOD-123, UNKNOWN, SOT", "SOIC-8, UNKNOWN, IC",
            "TSSOP-20_4.4x6.5mm_P0.65mm, UNKNOWN, IC", "MSOP-10_3x3mm_P0.5mm, UNKNOWN, QFP_FINE", "QFN-32, UNKNOWN, QFN",
            "LQFP-64_10x10mm_P0.5mm, UNKNOWN, QFP_FINE", "LQFP-44_10x10mm_P0.8mm, UNKNOWN, IC", "BGA-256, UNKNOWN, BGA",
            "Crystal_4-SMD_2.5x2mm, UNKNOWN, CHIP_0603", "DIP-8_W7.62mm, UNKNOWN, THT_ACTIVE",
            "PinHeader_1x03_P2.54mm, UNKNOWN, THT_DISCRETE", "CP_Radial_D8.0mm, THT, THT_DISCRETE",
            "PinHeader_2x10_P2.54mm, UNKNOWN, THT_ACTIVE"})
    void assembly_package_classes_map_to_pricing_classes(String footprint, MountType stated, PricingClass expected) {
        PackageClass pc = PackageClassifier.classify(footprint, List.of());
        Placement p = at("X1", footprint, stated);
        MountType mount = AssemblyStatisticsCalculator.mount(p, List.of(), pc);
        assertThat(PricingClass.of(pc, mount, pc.pins() == null ? 2 : pc.pins())).isEqualTo(expected);
    }

    @Test
    void rate_table_keys_name_their_class() {
        for (PricingClass c : PricingClass.values()) {
            assertThat(PricingClass.byKey(c.key())).isEqualTo(c);
        }
        assertThat(PricingClass.byKey("no-such-class")).isNull();
    }
}
