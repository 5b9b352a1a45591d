package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.quote.panel.PanelCalculator;
import com.fabwright.quote.panel.PanelFit;
import com.fabwright.quote.rates.RateProfile;
import com.fabwright.quote.rates.Rates;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Panel fit (quote-model.md §7.2 table) and the component purchase rules (§6.3). */
class PanelAndComponentsTest {
    static final PanelCalculator ML = new PanelCalculator(457.2, 609.6, 19.05, 2.54);

    @ParameterizedTest(name = "{0}: {5} boards/panel")
    @CsvSource({
            // delivery, nx, ny, railX, railY, boards per panel, utilisation % (§7.2)
            "single,            1, 1, 0, 0, 25, 71.8",
            "1x2 rails 2 sides, 1, 2, 0, 5, 24, 68.9",
            "2x2 rails 2 sides, 2, 2, 0, 5, 24, 68.9",
            "3x1 rails 2 sides, 3, 1, 0, 5, 18, 51.7",
            "2x2 rails 4 sides, 2, 2, 5, 5, 16, 45.9"})
    void panel_fit_reproduces_the_delivery_format_table(String name, int nx, int ny, double rx, double ry, int boards,
                                                        double utilPct) {
        Delivery d = new Delivery(nx, ny, 0, rx, ry);
        PanelFit f = ML.fit(d.unitWidth(100), d.unitHeight(80), d.boardsPerUnit(), 100, 80);
        assertThat(f.boardsPerPanel()).isEqualTo(boards);
        assertThat(f.utilisation() * 100).isCloseTo(utilPct, within(0.05));
    }

    @Test
    void both_orientations_are_tried() {
        // 200 x 30: usable 421.64 x 574.04 (spacing added once): unturned ⌊421.64/202.54⌋ = 2 × ⌊574.04/32.54⌋ = 17 = 34;
        // turned ⌊421.64/32.54⌋ = 12 × ⌊574.04/202.54⌋ = 2 = 24, so unturned wins
        PanelFit f = ML.fit(200, 30, 1, 200, 30);
        assertThat(f.rotated()).isFalse();
        assertThat(f.boardsPerPanel()).isEqualTo(34);
        // 500 x 100 only fits turned (the 571.5 mm side takes the 500 mm length)
        PanelFit g = ML.fit(500, 100, 1, 500, 100);
        assertThat(g.rotated()).isTrue();
        assertThat(g.boardsPerPanel()).isEqualTo(4);
        assertThat(ML.fit(600, 600, 1, 600, 600).boardsPerPanel()).isZero();
    }

    static final Rates CN = new Rates(RateProfile.shipped("CN-EMS"));

    static ComponentLine line(PricingClass c, int perBoard, long moq, long mult, String cur, double... breaks) {
        List<PriceBreak> b = new java.util.ArrayList<>();
        for (int i = 0; i < breaks.length; i += 2) {
            b.add(new PriceBreak((long) breaks[i], breaks[i + 1]));
        }
        return new ComponentLine("1", "P", perBoard, c, 2, false, new Offer("P", "d", moq, mult, null, cur, b, "today"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            // case, perBoard, qty, moq, multiple, expected buy
            "attrition minimum dominates,   1, 10, 1, 1, 20",      // 10 + max(ceil(0.3), 10)
            "attrition percent dominates,   10, 1000, 1, 1, 10300", // 10000 + 3 %
            "MOQ lifts the buy,             1, 10, 100, 1, 100",
            "order multiple rounds up,      1, 10, 1, 25, 25"})
    void purchase_quantity_follows_attrition_moq_and_order_multiple(String name, int perBoard, int qty, long moq, long mult,
                                                                    long buy) {
        ComponentLine l = line(PricingClass.CHIP_0603, perBoard, moq, mult, "USD", 1, 0.1);
        assertThat(new ComponentsBlock(CN).purchase(l, qty).buy()).isEqualTo(buy);
    }

    @Test
    void a_higher_break_is_bought_when_it_is_cheaper_in_total() {
        ComponentLine l = line(PricingClass.IC, 1, 1, 1, "USD", 1, 1.0, 100, 0.5);
        // need 90 + 2 = 92 × 1.00 = 92.00 > 100 × 0.50 = 50.00
        ComponentsBlock.Purchase p = new ComponentsBlock(CN).purchase(l, 90);
        assertThat(p.buy()).isEqualTo(100);
        assertThat(p.extended()).isEqualTo(50.0);
    }

    @Test
    void prices_in_another_currency_are_converted_with_the_dated_snapshot() {
        ComponentLine l = line(PricingClass.BGA, 1, 1, 1, "EUR", 1, 10.0);
        List<LineItem> lines = new ComponentsBlock(CN).lines(List.of(l), 8);
        // 8 + 2 spare = 10 × EUR 10 × 1.1404 USD/EUR
        assertThat(lines.get(0).amount()).isCloseTo(114.04, within(1e-9));
        assertThat(lines.get(0).rateText()).contains("FX", "2026-07-08");
    }

    @Test
    void a_line_without_a_price_is_flagged_never_a_silent_zero() {
        ComponentLine priced = line(PricingClass.IC, 1, 1, 1, "USD", 1, 1.0);
        ComponentLine missing = new ComponentLine("7", "NO-PRICE-1", 2, PricingClass.IC, 8, false, null);
        QuoteInputs in = new QuoteInputs(WorkedExample.board(), Delivery.SINGLE, AssemblyFigures.NONE, List.of(priced, missing),
                List.of(10), false);
        Quote q = new QuoteEngine(RateProfile.shipped("CN-EMS")).quote(in);
        assertThat(q.at(10).unpriced()).singleElement().satisfies(l -> {
            assertThat(l.name()).contains("NO-PRICE-1");
            assertThat(l.rateText()).isEqualTo("PRICE MISSING");
        });
        assertThat(q.warnings()).anyMatch(w -> w.contains("1 BOM line(s) without a price"));
    }

    @Test
    void a_consigned_line_costs_only_its_handling_fee() {
        ComponentLine consigned = new ComponentLine("1", "CUST-1", 1, PricingClass.BGA, 100, true, null);
        QuoteInputs in = new QuoteInputs(WorkedExample.board(), Delivery.SINGLE, AssemblyFigures.NONE, List.of(consigned),
                List.of(10), false);
        QuoteBreak b = new QuoteEngine(RateProfile.shipped("AISLER-like")).quote(in).at(10);
        assertThat(b.unpriced()).isEmpty();
        assertThat(b.lines()).anyMatch(l -> l.basis().contains("customer-supplied") && l.amount() == 15.0);
    }
}
