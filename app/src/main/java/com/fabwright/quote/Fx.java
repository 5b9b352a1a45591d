package com.fabwright.quote;

import java.util.Map;
import java.util.TreeMap;

/**
 * A dated currency snapshot (quote-model.md §2.6, KiCost/ECB pattern): units of each currency per
 * one unit of the base currency, frozen into each quote so later rate changes never alter it.
 *
 * @param date    the reference date ({@code 2026-07-08})
 * @param base    the base currency ({@code EUR} for ECB rates)
 * @param perBase units of each currency per one base unit
 * @param source  where the rates come from
 */
public record Fx(String date, String base, Map<String, Double> perBase, String source) {
    public Fx {
        perBase = Map.copyOf(new TreeMap<>(perBase));
    }

    /** Converts an amount between currencies; throws naming the currency when one is unknown. */
    public double convert(double amount, String from, String to) {
        if (from.equals(to)) {
            return amount;
        }
        return amount / rate(from) * rate(to);
    }

    /** How many {@code to} one unit of {@code from} buys. */
    public double factor(String from, String to) {
        return convert(1.0, from, to);
    }

    private double rate(String currency) {
        Double r = perBase.get(currency);
        if (r == null || r <= 0) {
            throw new IllegalArgumentException("no exchange rate for " + currency + " in the snapshot of " + date);
        }
        return r;
    }
}
