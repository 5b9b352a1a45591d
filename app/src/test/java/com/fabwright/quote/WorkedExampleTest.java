package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.quote.rates.RateProfile;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * quote-model.md §7 reproduced with the CN-EMS profile: every line of the document and of
 * worked_example_output.txt within 1 % (expected figures in USD, CNY lines converted at 1 CNY =
 * 1.1404/7.755 USD as the document does).
 */
class WorkedExampleTest {
    static final double CNY = 1.1404 / 7.755;
    static final Quote QUOTE = new QuoteEngine(RateProfile.shipped("CN-EMS")).quote(WorkedExample.inputs(List.of(100, 1000)));

    static Stream<Arguments> lines() {
        return Stream.of(
                // qty, line name, expected USD (source: §7.3, §7.5, worked_example_output.txt)
                Arguments.of(100, "board (area × rate)", 640 * CNY),
                Arguments.of(100, "finish ENIG", 140 * CNY),
                Arguments.of(100, "impedance control", 50 * CNY),
                Arguments.of(100, "e-test (flying probe)", 60 * CNY),
                Arguments.of(100, "fab engineering", 62.50),
                Arguments.of(100, "SMT ≤0402 points", 180 * 0.020 * 100 * CNY),
                Arguments.of(100, "SMT points", 391.3333 * 0.015 * 100 * CNY),
                Arguments.of(100, "THT pins (hand)", 6.44 * 100 * CNY),
                Arguments.of(100, "small-batch start-up", 176.46),
                Arguments.of(100, "X-ray (2 BGA)", 125.0),
                Arguments.of(100, "flying-probe test", 125.0),
                Arguments.of(100, "SMT programming / DFM / FAI", 595.57),
                Arguments.of(100, "stencil", 100.0),
                Arguments.of(100, "flying-probe program", 420.0),
                Arguments.of(100, "markup on components", 528.445),
                Arguments.of(100, "markup on fab", 13.088),
                Arguments.of(100, "markup on conversion", 660.43 * 0.30),
                Arguments.of(1000, "board (area × rate)", 5267.6 * CNY),
                Arguments.of(1000, "finish ENIG", 1170.6 * CNY),
                Arguments.of(1000, "e-test fixture", 73.53),
                Arguments.of(1000, "SMT ≤0402 points", 180 * 0.020 * 1000 * CNY),
                Arguments.of(1000, "SMT points", 391.3333 * 0.015 * 1000 * CNY),
                Arguments.of(1000, "THT pins (wave)", 3.08 * 1000 * CNY),
                Arguments.of(1000, "X-ray (2 BGA)", 1250.0),
                Arguments.of(1000, "flying-probe test", 1250.0),
                Arguments.of(1000, "SMT programming / DFM / FAI", 595.57),
                Arguments.of(1000, "stencil", 100.0),
                Arguments.of(1000, "flying-probe program", 420.0),
                Arguments.of(1000, "markup on components", 4064.628),
                Arguments.of(1000, "markup on fab", 94.676),
                Arguments.of(1000, "markup on conversion", 4345.52 * 0.30));
    }

    @ParameterizedTest(name = "qty {0}: {1} = {2}")
    @MethodSource("lines")
    void every_line_of_the_worked_example_is_within_one_percent(int qty, String name, double expected) {
        double actual = QUOTE.at(qty).lines().stream().filter(l -> l.name().equals(name))
                .mapToDouble(LineItem::amount).sum();
        assertThat(actual).as(name).isCloseTo(expected, within(expected * 0.01));
    }

    @Test
    void prints_the_largest_deviation_from_the_document() {
        double worst = 0;
        String at = "";
        for (Arguments a : lines().toList()) {
            Object[] v = a.get();
            double actual = QUOTE.at((int) v[0]).lines().stream().filter(l -> l.name().equals(v[1]))
                    .mapToDouble(LineItem::amount).sum();
            double dev = Math.abs(actual / (double) v[2] - 1);
            if (dev > worst) {
                worst = dev;
                at = v[0] + " " + v[1];
            }
        }
        System.out.printf("worked example: %d lines, largest deviation %.4f %% (%s)%n", lines().count(), worst * 100, at);
        assertThat(worst).isLessThan(0.01);
    }

    static Stream<Arguments> totals() {
        return Stream.of(
                // qty, BOM, PCB recurring, conversion, unit price, extended, NRE, unit with NRE (§7.4-7.7)
                Arguments.of(100, 5284.45, 130.88, 660.43, 68.15, 6815.41, 1178.06, 79.93),
                Arguments.of(1000, 40646.28, 946.76, 4345.52, 51.40, 51401.52, 1189.09, 52.59));
    }

    @ParameterizedTest(name = "qty {0}")
    @MethodSource("totals")
    void block_totals_and_roll_up_match_the_document(int qty, double bom, double pcb, double conversion, double unit,
                                                     double extended, double nre, double unitWithNre) {
        QuoteBreak b = QUOTE.at(qty);
        assertThat(b.group("components")).isCloseTo(bom, within(bom * 0.01));
        assertThat(b.group("fab")).isCloseTo(pcb, within(pcb * 0.01));
        assertThat(b.group("conversion")).isCloseTo(conversion, within(conversion * 0.01));
        assertThat(b.unitPrice()).isCloseTo(unit, within(unit * 0.01));
        assertThat(b.total()).isCloseTo(extended, within(extended * 0.01));
        assertThat(b.nre()).isCloseTo(nre, within(nre * 0.01));
        assertThat(b.unitPriceWithNre()).isCloseTo(unitWithNre, within(unitWithNre * 0.01));
    }

    @Test
    void assembly_counts_match_the_bom_totals() {
        AssemblyFigures a = WorkedExample.inputs(List.of(1)).assembly();
        assertThat(a.smtPlacements()).isEqualTo(250);
        assertThat(a.smtLines()).isEqualTo(44);
        assertThat(a.smtJoints()).isEqualTo(1316);
        assertThat(a.thtParts()).isEqualTo(12);
        assertThat(a.thtPins()).isEqualTo(56);
        assertThat(a.points()).isCloseTo(571.33, within(0.01));
        assertThat(a.bga()).isEqualTo(2);
    }

    @Test
    void panel_fit_is_25_boards_at_71_8_percent() {
        assertThat(QUOTE.panel().boardsPerPanel()).isEqualTo(25);
        assertThat(QUOTE.panel().utilisation()).isCloseTo(0.718, within(0.001));
        assertThat(QUOTE.at(100).panels()).isEqualTo(4);
        assertThat(QUOTE.at(1000).panels()).isEqualTo(40);
    }

    @Test
    void bom_next_break_rule_buys_the_0402_reel_break() {
        ComponentLine l0402 = WorkedExample.bom().get(0);
        ComponentsBlock.Purchase p = new ComponentsBlock(new com.fabwright.quote.rates.Rates(RateProfile.shipped("CN-EMS")))
                .purchase(l0402, 100);
        assertThat(p.need()).isEqualTo(900);
        assertThat(p.extra()).isEqualTo(27);
        assertThat(p.buy()).isEqualTo(1000);
        assertThat(p.extended()).isCloseTo(3.50, within(1e-9));
        ComponentLine bga = WorkedExample.bom().stream().filter(l -> l.pkg() == PricingClass.BGA).findFirst().orElseThrow();
        assertThat(new ComponentsBlock(new com.fabwright.quote.rates.Rates(RateProfile.shipped("CN-EMS")))
                .purchase(bga, 100).extended()).isCloseTo(1122.0, within(1e-9));
    }
}
