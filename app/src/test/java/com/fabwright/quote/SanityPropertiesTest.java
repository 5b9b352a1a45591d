package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.quote.rates.RateProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sanity properties of every shipped profile on seeded random boards (property-style, DESIGN.md
 * Testing): more layers, a finer gap, ENIG instead of HASL never cost less; the unit price never
 * rises with quantity (NRE apart: spread over the units it may step up where the CN sheet swaps the flying
 * probe for a fixture above 5 m²); totals are the sums of their lines and each product line is quantity × rate.
 */
class SanityPropertiesTest {
    static final List<Integer> TIERS = List.of(10, 25, 50, 100, 250, 500, 1000, 2500, 5000);

    record Case(String profile, double w, double h, boolean assembled, long seed) {
        @Override
        public String toString() {
            return profile + " " + Math.round(w) + "x" + Math.round(h) + (assembled ? " assembled" : " bare") + " seed " + seed;
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String p : RateProfile.SHIPPED) {
            Random rnd = new Random(p.hashCode());
            for (int i = 0; i < 8; i++) {
                double w = 15 + rnd.nextDouble() * 185;
                double h = 15 + rnd.nextDouble() * 185;
                out.add(Arguments.of(new Case(p, w, h, i % 2 == 0, i)));
            }
        }
        return out.stream();
    }

    static BoardSpec board(Case c, int layers, String finish, Double gap) {
        return new BoardSpec(Input.entered(c.w()), Input.entered(c.h()), Input.entered(layers), Input.entered(1.6),
                Input.entered(finish), Input.entered(1.0), Input.entered("FR4"), Input.entered(gap), Input.entered(gap),
                Input.entered(0.3), Input.entered(200), Input.entered(false), Set.of());
    }

    static Quote quote(Case c, BoardSpec b) {
        List<ComponentLine> bom = c.assembled() ? WorkedExample.bom() : List.of();
        AssemblyFigures a = c.assembled() ? AssemblyFigures.of(bom, 1, "example") : AssemblyFigures.NONE;
        return new QuoteEngine(RateProfile.shipped(c.profile())).quote(new QuoteInputs(b, Delivery.SINGLE, a, bom, TIERS, false));
    }

    static double paid(QuoteBreak b) {
        return b.total() + b.nre();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void more_layers_never_cost_less(Case c) {
        Quote l2 = quote(c, board(c, 2, "HASL", 0.15));
        Quote l4 = quote(c, board(c, 4, "HASL", 0.15));
        Quote l6 = quote(c, board(c, 6, "HASL", 0.15));
        for (int q : TIERS) {
            assertThat(paid(l4.at(q))).as("4L vs 2L at %d", q).isGreaterThanOrEqualTo(paid(l2.at(q)));
            assertThat(paid(l6.at(q))).as("6L vs 4L at %d", q).isGreaterThanOrEqualTo(paid(l4.at(q)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void a_finer_gap_never_costs_less(Case c) {
        double[] gaps = {0.2, 0.127, 0.1016, 0.09, 0.075};
        Quote prev = quote(c, board(c, 4, "HASL", gaps[0]));
        for (int i = 1; i < gaps.length; i++) {
            Quote next = quote(c, board(c, 4, "HASL", gaps[i]));
            for (int q : TIERS) {
                assertThat(paid(next.at(q))).as("gap %s at %d", gaps[i], q).isGreaterThanOrEqualTo(paid(prev.at(q)));
            }
            prev = next;
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void enig_never_costs_less_than_hasl(Case c) {
        Quote hasl = quote(c, board(c, 2, "HASL", 0.15));
        Quote enig = quote(c, board(c, 2, "ENIG", 0.15));
        for (int q : TIERS) {
            assertThat(paid(enig.at(q))).as("at %d", q).isGreaterThanOrEqualTo(paid(hasl.at(q)));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void unit_price_falls_as_quantity_rises(Case c) {
        Quote q = quote(c, board(c, 4, "ENIG", 0.15));
        for (int i = 1; i < TIERS.size(); i++) {
            assertThat(q.at(TIERS.get(i)).unitPrice()).as("unit at %d vs %d", TIERS.get(i), TIERS.get(i - 1))
                    .isLessThanOrEqualTo(q.at(TIERS.get(i - 1)).unitPrice() + 1e-9);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void totals_equal_the_sum_of_their_lines(Case c) {
        Quote q = quote(c, board(c, 4, "ENIG", 0.09));
        for (QuoteBreak b : q.breaks()) {
            double all = b.lines().stream().mapToDouble(LineItem::amount).sum();
            assertThat(b.total() + b.nre()).isCloseTo(all, within(1e-9 * Math.max(1, all)));
            assertThat(b.unitPrice() * b.qty()).isCloseTo(b.total(), within(1e-9 * Math.max(1, all)));
            for (LineItem l : b.lines()) {
                assertThat(l.amount()).as(l.name()).isCloseTo(l.quantity() * l.unitRate(), within(1e-9 * Math.max(1, l.amount())));
                assertThat(l.amount()).as(l.name()).isGreaterThanOrEqualTo(0);
                assertThat(l.basis()).as(l.name()).isNotBlank();
                assertThat(l.rateText()).as(l.name()).isNotBlank();
            }
        }
    }
}
