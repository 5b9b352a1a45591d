package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.quote.rates.RateProfile;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The AISLER-like and JLCPCB-Standard-like profiles against their published formulas (quote-model.md
 * §2.1, §6.6), on cases worked by hand; the EU-EMS profile against the §7.6 comparison row.
 */
class PublishedFormulasTest {
    static final double CNY = 1.1404 / 7.755;

    static BoardSpec bare(double w, double h, int layers, String finish) {
        return new BoardSpec(Input.entered(w), Input.entered(h), Input.entered(layers), Input.unknown(),
                Input.entered(finish), Input.unknown(), Input.unknown(), Input.unknown(), Input.unknown(),
                Input.unknown(), Input.unknown(), Input.unknown(), Set.of());
    }

    static QuoteBreak quote(String profile, BoardSpec b, AssemblyFigures a, List<ComponentLine> bom, int qty) {
        return new QuoteEngine(RateProfile.shipped(profile))
                .quote(new QuoteInputs(b, Delivery.SINGLE, a, bom, List.of(qty), false)).at(qty);
    }

    @ParameterizedTest(name = "{0}L {1}x{2} mm x {3}: EUR {4}")
    @CsvSource({
            // layers, w, h, qty, hand-worked price: 12 + cm² × ⌈qty/3⌉·3 × rate
            "4, 100, 80, 100, 966.72",   // 12 + 80 × 102 × 0.117
            "2, 100, 100, 3, 43.20",     // 12 + 100 × 3 × 0.104
            "6, 60, 60, 10, 90.84",      // 12 + 36 × 12 × 0.1825
            "4, 20, 20, 1, 13.404"})     // 12 + 4 × 3 × 0.117
    void aisler_board_price_is_job_fee_plus_area_times_rate_times_qty_in_sets_of_three(int layers, double w, double h,
                                                                                       int qty, double expected) {
        QuoteBreak b = quote("AISLER-like", bare(w, h, layers, "ENIG"), AssemblyFigures.NONE, List.of(), qty);
        assertThat(b.total()).isCloseTo(expected, within(0.005));
    }

    @Test
    void aisler_assembly_of_the_worked_example_is_the_automatic_price() {
        // 332.50 + 3.75 × 50 lines + 0.03 × 100 × 250 + 30 + 0.38 × 100 × 12 = 1,756 (quote-model.md §7.5)
        List<ComponentLine> bom = WorkedExample.bom();
        AssemblyFigures a = AssemblyFigures.of(bom, 1, "example");
        QuoteBreak b = quote("AISLER-like", WorkedExample.board(), a, List.of(), 100);
        assertThat(b.category("assembly") - stencil(b)).isCloseTo(1756.0, within(0.005));
        QuoteBreak b1000 = quote("AISLER-like", WorkedExample.board(), a, List.of(), 1000);
        assertThat(b1000.category("assembly") - stencil(b1000)).isCloseTo(12610.0, within(0.005));
        // stencil 5 + 0.095 × 80 cm² = 12.60
        assertThat(stencil(b)).isCloseTo(12.60, within(0.005));
    }

    @Test
    void aisler_takes_the_manual_price_when_it_is_cheaper() {
        // 30 boards, 13 unique lines, 23 SMT + 8 THT, one side: automatic 332.50 + 48.75 + 20.70 + 30 + 91.20 = 523.15,
        // manual 75 + 0.38 × 31 × 30 = 428.40
        AssemblyFigures a = new AssemblyFigures(23, 8, 10, 3, 46, 16, 0, 23, 0, 1, "hand");
        QuoteBreak b = quote("AISLER-like", bare(80, 57, 2, "ENIG"), a, List.of(), 30);
        assertThat(b.category("assembly") - stencil(b)).isCloseTo(428.40, within(0.005));
        assertThat(b.lines()).anyMatch(l -> l.name().equals("manual placement"));
        // double-sided: automatic 523.15 + 332.50 = 855.65, manual 428.40 + 30 = 458.40
        AssemblyFigures two = new AssemblyFigures(23, 8, 10, 3, 46, 16, 0, 23, 0, 2, "hand");
        QuoteBreak b2 = quote("AISLER-like", bare(80, 57, 2, "ENIG"), two, List.of(), 30);
        assertThat(b2.category("assembly") - stencil(b2)).isCloseTo(458.40, within(0.005));
    }

    @ParameterizedTest(name = "stencil {0} x {1} mm, {2} side(s): EUR {3}")
    @CsvSource({"110, 70, 2, 19.63", "50, 60, 1, 7.85", "160, 100, 1, 20.20", "200, 200, 1, 43.00", "300, 300, 1, 90.50"})
    void aisler_stencil_matches_the_cases_of_the_aisler_pricing_spec(double w, double h, int sides, double expected) {
        AssemblyFigures a = new AssemblyFigures(10, 0, 1, 0, 20, 0, 0, 10, 0, sides, "hand");
        assertThat(stencil(quote("AISLER-like", bare(w, h, 2, "ENIG"), a, List.of(), 3))).isCloseTo(expected, within(0.005));
    }

    @Test
    void aisler_parts_carry_the_fifty_percent_service_charge() {
        Offer o = new Offer("P1", "dist", 1, 1, null, "EUR", List.of(new PriceBreak(1, 13.37)), "today");
        ComponentLine l = new ComponentLine("1", "P1", 1, PricingClass.BGA, 100, false, o);
        QuoteBreak b = quote("AISLER-like", bare(50, 50, 2, "ENIG"), AssemblyFigures.NONE, List.of(l), 1);
        assertThat(b.group("components")).isCloseTo(13.37, within(1e-9));
        assertThat(b.lines().stream().filter(x -> x.name().equals("markup on components")).mapToDouble(LineItem::amount)
                .sum()).isCloseTo(6.685, within(1e-9));
    }

    @ParameterizedTest(name = "JLC qty {0}: USD {1}")
    @CsvSource({
            // 25 + 7.86 + 0.0016 × 1316 × Q + 1.50 × 44 + 3.5 + 0.0173 × 56 × Q (quote-model.md §7.5: 409.80 / 3,176.80)
            "100, 409.80", "1000, 3176.76", "10, 133.10"})
    void jlcpcb_standard_assembly_is_setup_stencil_joints_feeders_and_hand_soldering(int qty, double expected) {
        AssemblyFigures a = AssemblyFigures.of(WorkedExample.bom(), 1, "example");
        assertThat(quote("JLCPCB-Standard-like", WorkedExample.board(), a, List.of(), qty).category("assembly"))
                .isCloseTo(expected, within(0.01));
    }

    @Test
    void jlcpcb_double_sided_doubles_setup_and_stencil() {
        // 2 × 25 + 2 × 7.86 + 0.0016 × 100 × 50 + 1.50 × 10 = 88.72 (S-JLC-MOD: $50 / $15.72 double-sided)
        AssemblyFigures a = new AssemblyFigures(25, 0, 10, 0, 100, 0, 0, 50, 0, 2, "hand");
        assertThat(quote("JLCPCB-Standard-like", bare(50, 50, 2, "HASL"), a, List.of(), 50).category("assembly"))
                .isCloseTo(50 + 15.72 + 8.0 + 15.0, within(0.005));
    }

    @Test
    void eu_ems_reproduces_the_comparison_row_of_the_worked_example() {
        // §7.6: EU profile $91.16 unit + $528 NRE (qty 100), $69.55 (qty 1000); model.py has no impedance adder there
        BoardSpec b = WorkedExample.board();
        BoardSpec noImpedance = new BoardSpec(b.widthMm(), b.heightMm(), b.layers(), b.thicknessMm(), b.finish(),
                b.copperOz(), b.material(), b.minTrackMm(), b.minGapMm(), b.minHoleMm(), b.holes(), Input.entered(false),
                b.specials());
        List<ComponentLine> bom = WorkedExample.bom();
        QuoteEngine e = new QuoteEngine(RateProfile.shipped("EU-EMS"));
        Quote q = e.quote(new QuoteInputs(noImpedance, Delivery.SINGLE, AssemblyFigures.of(bom, 1, "x"), bom,
                List.of(100, 1000), false));
        assertThat(q.at(100).unitPrice()).isCloseTo(91.16, within(0.9116));
        assertThat(q.at(100).nre()).isCloseTo(528.34, within(5.28));
        assertThat(q.at(1000).unitPrice()).isCloseTo(69.55, within(0.6955));
        assertThat(q.at(100).group("fab")).isCloseTo(323.30, within(3.23));
    }

    static double stencil(QuoteBreak b) {
        return b.lines().stream().filter(l -> l.name().equals("stencil")).mapToDouble(LineItem::amount).sum();
    }
}
