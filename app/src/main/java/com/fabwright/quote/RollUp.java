package com.fabwright.quote;

import com.fabwright.quote.rates.Rates;
import java.util.ArrayList;
import java.util.List;

/**
 * Block $, the roll-up (quote-model.md §6.5): a markup line per group ({@code markup.components},
 * {@code markup.fab}, {@code markup.conversion}, {@code markup.nre}), then the minimum order value
 * (the shortfall is a line of its own).
 */
final class RollUp {
    private static final String[] GROUPS = {"components", "fab", "conversion", "nre"};
    private final Rates r;

    RollUp(Rates rates) {
        this.r = rates;
    }

    List<LineItem> lines(List<LineItem> cost) {
        List<LineItem> out = new ArrayList<>();
        for (String g : GROUPS) {
            String key = "markup." + g;
            double m = r.num(key, 0);
            if (m == 0) {
                continue;
            }
            double base = cost.stream().filter(l -> g.equals(l.group())).mapToDouble(LineItem::amount).sum();
            if (base == 0) {
                continue;
            }
            out.add(LineItem.of(g.equals("nre") ? Bucket.NRE : Bucket.VARIABLE, "markup", "markup on " + g,
                    Fmt.n(m * 100) + " % of " + g + " cost " + Fmt.n(base), key, r.rate(key).describe(), base, m, null));
        }
        double mov = r.money("rollup.min_order_value");
        if (mov > 0) {
            double total = 0;
            for (LineItem l : cost) {
                total += l.isNre() ? 0 : l.amount();
            }
            for (LineItem l : out) {
                total += l.isNre() ? 0 : l.amount();
            }
            if (total < mov) {
                out.add(LineItem.lump(Bucket.SETUP, "rollup", "minimum order value", "order " + Fmt.n(total)
                                + " < minimum order value " + Fmt.n(mov) + ": shortfall", "rollup.min_order_value",
                        r.rate("rollup.min_order_value").describe(), mov - total, null));
            }
        }
        return out;
    }
}
