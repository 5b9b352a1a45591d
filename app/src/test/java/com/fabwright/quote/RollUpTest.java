package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fabwright.quote.rates.RateProfile;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Roll-up rules: minimum order value, NRE quoted apart or spread, repeat orders without NRE. */
class RollUpTest {
    static final RateProfile CN = RateProfile.shipped("CN-EMS");

    static QuoteBreak bare(RateProfile p, int qty, boolean repeat) {
        QuoteInputs in = new QuoteInputs(PublishedFormulasTest.bare(50, 50, 2, "HASL"), Delivery.SINGLE, AssemblyFigures.NONE,
                List.of(), List.of(qty), repeat);
        return new QuoteEngine(p).quote(in).at(qty);
    }

    @Test
    void an_order_below_the_minimum_order_value_gets_the_shortfall_as_a_line() {
        QuoteBreak b = bare(CN.with("rollup.min_order_value", new DoubleNode(500)), 10, false);
        assertThat(b.total()).isCloseTo(500, within(1e-9));
        assertThat(b.lines()).anyMatch(l -> l.name().equals("minimum order value") && l.bucket() == Bucket.SETUP);
        assertThat(bare(CN, 10, false).total()).isLessThan(500);
    }

    @Test
    void nre_is_quoted_apart_unless_the_profile_spreads_it() {
        RateProfile spread = CN.with("rollup.nre_mode", new TextNode("spread"));
        QuoteInputs in = new QuoteInputs(PublishedFormulasTest.bare(50, 50, 2, "HASL"), Delivery.SINGLE, AssemblyFigures.NONE,
                List.of(), List.of(100), false);
        Quote apart = new QuoteEngine(CN).quote(in);
        Quote spreadQ = new QuoteEngine(spread).quote(in);
        assertThat(apart.headlineUnitPrice(apart.at(100))).isEqualTo(apart.at(100).unitPrice());
        assertThat(spreadQ.headlineUnitPrice(spreadQ.at(100))).isEqualTo(spreadQ.at(100).unitPriceWithNre())
                .isGreaterThan(apart.at(100).unitPrice());
    }

    @Test
    void a_repeat_order_carries_no_one_time_charges() {
        assertThat(bare(CN, 100, false).nre()).isPositive();
        assertThat(bare(CN, 100, true).nre()).isZero();
        assertThat(bare(CN, 100, true).total()).isEqualTo(bare(CN, 100, false).total());
    }
}
