package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.JobAssembly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Component lines and assembly figures from BOM and CPL files through the assembly readers. */
class AssemblyInputsTest {
    @TempDir
    Path dir;

    private static final String BOM = "Designator,Quantity,Value,Footprint,MPN,DNP\n"
            + "\"R1,R2,R3\",3,10k,R_0402_1005Metric,RC0402-10K,\n"
            + "U1,1,STM32F103C8T6,LQFP-48_7x7mm_P0.5mm,,\n"
            + "J1,1,CONN,PinHeader_2x05_P2.54mm_Vertical,,\n"
            + "R9,1,0R,R_0402_1005Metric,RC0402-0R,DNP\n";

    @Test
    void a_bom_alone_gives_one_line_per_fitted_bom_line_and_its_figures() throws Exception {
        Path bom = Files.writeString(dir.resolve("board-bom.csv"), BOM);
        AssemblyInputs in = AssemblyInputs.of(JobAssembly.of(List.of(bom), List.of()));
        assertThat(in.lines()).extracting(ComponentLine::mpn).containsExactly("RC0402-10K", "STM32F103C8T6", "CONN");
        assertThat(in.lines()).extracting(ComponentLine::qtyPerBoard).containsExactly(3, 1, 1);
        assertThat(in.lines()).extracting(ComponentLine::pkg)
                .containsExactly(PricingClass.CHIP_0402, PricingClass.QFP_FINE, PricingClass.THT_ACTIVE);
        assertThat(in.lines().get(1).line()).contains("value, no MPN");
        assertThat(in.lines()).allMatch(l -> l.offer() == null);
        AssemblyFigures a = in.figures();
        assertThat(a.smtPlacements()).isEqualTo(4);
        assertThat(a.thtParts()).isEqualTo(1);
        assertThat(a.thtPins()).isEqualTo(10);
        assertThat(a.points0402()).isEqualTo(3);
        assertThat(a.pointsOther()).isEqualTo(48 / 2.0);
        assertThat(a.source()).contains("BOM only");
    }

    @Test
    void with_a_cpl_the_figures_are_the_statistics_and_dnp_parts_are_left_out() throws Exception {
        Path bom = Files.writeString(dir.resolve("board-bom.csv"), BOM);
        Path cpl = Files.writeString(dir.resolve("board-pos.csv"), "Ref,Val,Package,PosX,PosY,Rot,Side\n"
                + "R1,10k,R_0402_1005Metric,1,1,0,top\nR2,10k,R_0402_1005Metric,2,1,0,top\nR3,10k,R_0402_1005Metric,3,1,0,bottom\n"
                + "U1,STM32,LQFP-48_7x7mm_P0.5mm,5,5,0,top\nR9,0R,R_0402_1005Metric,9,9,0,top\n");
        var data = JobAssembly.of(List.of(bom), List.of(cpl));
        AssemblyFigures a = AssemblyInputs.of(data).figures();
        assertThat(a.smtPlacements()).isEqualTo(data.statistics().smt()).isEqualTo(4);
        assertThat(a.uniqueLines()).isEqualTo(data.statistics().uniqueLines()).isEqualTo(3);
        assertThat(a.thtLines()).isZero(); // J1 is not placed: no THT part, so no THT line
        assertThat(AssemblyInputs.of(data).lines().get(2).line()).endsWith("not in the placements");
        assertThat(AssemblyInputs.of(data).lines().get(0).line()).doesNotContain("not in the placements");
        assertThat(a.sides()).isEqualTo(2);
        assertThat(a.points()).isEqualTo(3 + 24);
    }
}
