package com.fabwright.quote;

import com.fabwright.quote.rates.Rates;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Block M, components (quote-model.md §6.3, the KiCost algorithm): need = qty per board × Q; extra =
 * max(⌈p·need⌉, min) by package class; buy = max(need + extra, MOQ) rounded up to the order
 * multiple, then moved to a higher price break when that is cheaper in total (the "next break" rule);
 * price converted with the quote's FX snapshot. A line without a price is a line to fill, flagged.
 */
final class ComponentsBlock {
    private final Rates r;

    ComponentsBlock(Rates rates) {
        this.r = rates;
    }

    /** The purchase decided for one line. */
    record Purchase(long need, long extra, long buy, double unitPrice, double extended) {
    }

    List<LineItem> lines(List<ComponentLine> bom, int qty) {
        List<LineItem> out = new ArrayList<>();
        for (ComponentLine l : bom) {
            String name = (l.mpn() == null ? "?" : l.mpn()) + (l.line() == null ? "" : " (" + l.line() + ")");
            if (l.consigned()) {
                if (r.has("components.consigned_line_fee")) {
                    out.add(LineItem.lump(Bucket.SETUP, "components", name, "customer-supplied line: handling fee",
                            "components.consigned_line_fee", r.rate("components.consigned_line_fee").describe(),
                            r.money("components.consigned_line_fee"), "conversion"));
                }
                continue;
            }
            if (l.offer() == null) {
                String why = l.mpn() == null ? "no MPN or value to look up" : l.qtyPerBoard() <= 0 ? "no quantity in the BOM"
                        : "no price in the parts catalogue";
                out.add(LineItem.unpriced(Bucket.PASSTHROUGH, "components", name, l.qtyPerBoard() + "/board × " + qty
                        + ": " + why, "components"));
                continue;
            }
            Purchase p = purchase(l, qty);
            double fx = r.fx().factor(l.offer().currency(), r.currency());
            String basis = "need " + p.need() + " + attrition " + p.extra() + " → buy " + p.buy()
                    + (p.buy() > p.need() + p.extra() ? " (MOQ/multiple/next break)" : "") + " × "
                    + l.offer().currency() + " " + Fmt.n(p.unitPrice()) + " (" + l.offer().supplier() + ")";
            out.add(new LineItem(Bucket.PASSTHROUGH, "components", name, basis, "offer:" + l.offer().supplier(),
                    l.offer().currency() + " " + Fmt.n(p.unitPrice()) + " at " + p.buy()
                            + (fx == 1.0 ? "" : " × FX " + Fmt.n(fx) + " (" + r.fx().date() + ")"),
                    p.buy(), p.unitPrice() * fx, p.extended() * fx, "components", false));
        }
        return out;
    }

    /** The purchase of one priced line for {@code qty} boards. */
    Purchase purchase(ComponentLine l, int qty) {
        Offer o = l.offer();
        long need = (long) l.qtyPerBoard() * qty;
        double pct = 0;
        long min = 0;
        if (r.has("components.attrition") && l.pkg() != null) {
            JsonNode a = FabBlock.find(r.node("components.attrition"), l.pkg().key());
            if (a != null) {
                pct = a.get(0).asDouble();
                min = a.get(1).asLong();
            }
        }
        long extra = Math.max((long) Math.ceil(need * pct - 1e-9), min);
        long b0 = Math.max(need + extra, o.moq());
        b0 = (long) Math.ceil((double) b0 / o.orderMultiple()) * o.orderMultiple();
        long best = b0;
        double bestCost = b0 * o.unitPrice(b0);
        for (PriceBreak pb : o.breaks()) {
            if (pb.qty() > b0) {
                long q = (long) Math.ceil((double) pb.qty() / o.orderMultiple()) * o.orderMultiple();
                double c = q * o.unitPrice(q);
                if (c < bestCost - 1e-12) {
                    best = q;
                    bestCost = c;
                }
            }
        }
        return new Purchase(need, extra, best, o.unitPrice(best), bestCost);
    }
}
