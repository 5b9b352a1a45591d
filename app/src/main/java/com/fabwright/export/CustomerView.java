package com.fabwright.export;

import com.fabwright.quote.LineItem;
import com.fabwright.quote.QuoteBreak;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The customer-facing split of a quantity break (quote-model.md §7.7): the marked-up share of each
 * category per unit (markups folded into the lines they were taken on), and the one-time charges.
 */
public final class CustomerView {
    private CustomerView() {
    }

    /** Marked-up recurring amount per category ({@code fab}, {@code components}, {@code assembly}...). */
    public static Map<String, Double> recurringByCategory(QuoteBreak b) {
        Map<String, Double> factor = markupFactors(b);
        Map<String, Double> out = new LinkedHashMap<>();
        for (LineItem l : b.lines()) {
            if (l.isNre() || l.category().equals("markup")) {
                continue;
            }
            double f = l.group() == null ? 1.0 : factor.getOrDefault(l.group(), 1.0);
            out.merge(l.category(), l.amount() * f, Double::sum);
        }
        return out;
    }

    /** Marked-up one-time lines by name. */
    public static Map<String, Double> nreLines(QuoteBreak b) {
        Map<String, Double> factor = markupFactors(b);
        Map<String, Double> out = new LinkedHashMap<>();
        for (LineItem l : b.lines()) {
            if (l.isNre() && !l.category().equals("markup")) {
                out.merge(l.name(), l.amount() * factor.getOrDefault("nre", 1.0), Double::sum);
            }
        }
        return out;
    }

    private static Map<String, Double> markupFactors(QuoteBreak b) {
        Map<String, Double> f = new LinkedHashMap<>();
        for (LineItem l : b.lines()) {
            if (l.category().equals("markup") && l.rateKey() != null && l.rateKey().startsWith("markup.")) {
                f.put(l.rateKey().substring(7), 1.0 + l.unitRate());
            }
        }
        return f;
    }
}
