package com.fabwright.quote;

import java.util.Comparator;
import java.util.List;

/**
 * A supplier's offer for one part (quote-model.md §2.4, Nexar offer fields): minimum order quantity,
 * order multiple, stock, currency and price breaks.
 *
 * @param mpn           manufacturer part number
 * @param supplier      who sells it
 * @param moq           minimum order quantity (1 when none)
 * @param orderMultiple order multiple (1 when none)
 * @param stock         stock reported, or {@code null}
 * @param currency      currency of the prices
 * @param breaks        price breaks, sorted by quantity
 * @param capturedAt    when the price list was captured (import date)
 */
public record Offer(String mpn, String supplier, long moq, long orderMultiple, Long stock, String currency,
                    List<PriceBreak> breaks, String capturedAt) {
    public Offer {
        if (breaks.isEmpty()) {
            throw new IllegalArgumentException("offer for " + mpn + " has no price break");
        }
        breaks = breaks.stream().sorted(Comparator.comparingLong(PriceBreak::qty)).toList();
        moq = Math.max(1, moq);
        orderMultiple = Math.max(1, orderMultiple);
    }

    /** KiCost-style LOOKUP: the price of the highest break at or below {@code qty}; the first break below it. */
    public double unitPrice(long qty) {
        double p = breaks.get(0).unitPrice();
        for (PriceBreak b : breaks) {
            if (qty >= b.qty()) {
                p = b.unitPrice();
            }
        }
        return p;
    }
}
