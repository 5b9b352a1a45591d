package com.fabwright.quote;

import com.fabwright.quote.panel.PanelFit;
import java.util.List;

/**
 * A computed quote (before it is stored): the profile it was priced with, the currency and FX
 * snapshot, the inputs with their origins, the panel fit, one {@link QuoteBreak} per quantity,
 * and the notes a customer quote carries.
 *
 * @param rates       {@code name@version} of the rate profile
 * @param currency    quote currency
 * @param fx          the FX snapshot used
 * @param inputs      the inputs
 * @param panel       the production-panel fit
 * @param breaks      one per quantity, ascending
 * @param nreSpread   whether the headline unit price spreads the NRE ({@code rollup.nre_mode})
 * @param warnings    what the quote could not price or assumed (unpriced lines, missing inputs)
 * @param assumptions assumptions the price rests on
 * @param exclusions  what the price does not include
 */
public record Quote(String rates, String currency, Fx fx, QuoteInputs inputs, PanelFit panel, List<QuoteBreak> breaks,
                    boolean nreSpread, List<String> warnings, List<String> assumptions, List<String> exclusions) {
    public Quote {
        breaks = List.copyOf(breaks);
        warnings = List.copyOf(warnings);
        assumptions = List.copyOf(assumptions);
        exclusions = List.copyOf(exclusions);
    }

    /** The break for a quantity. */
    public QuoteBreak at(int qty) {
        return breaks.stream().filter(b -> b.qty() == qty).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quantity break " + qty));
    }

    /** The headline unit price: NRE apart, or spread when the profile says so. */
    public double headlineUnitPrice(QuoteBreak b) {
        return nreSpread ? b.unitPriceWithNre() : b.unitPrice();
    }
}
