package com.fabwright.quote.rates;

import com.fabwright.quote.Fx;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Typed reads of a {@link RateProfile} for the cost model: numbers converted to the quote currency,
 * tables looked up by layer count ("the largest key at or below"), bands. A missing key means the
 * profile does not charge that item; a malformed one throws naming the key.
 */
public final class Rates {
    private final RateProfile profile;

    public Rates(RateProfile profile) {
        this.profile = profile;
    }

    public RateProfile profile() {
        return profile;
    }

    public Fx fx() {
        return profile.fx();
    }

    public String currency() {
        return profile.currency();
    }

    public boolean has(String key) {
        return profile.rates().containsKey(key);
    }

    public Rate rate(String key) {
        Rate r = profile.rates().get(key);
        if (r == null) {
            throw new IllegalArgumentException("rate profile " + profile.id() + " has no rate " + key);
        }
        return r;
    }

    /** The raw value node. */
    public JsonNode node(String key) {
        return rate(key).value();
    }

    /** A plain number as written (no currency conversion), or the fallback when absent. */
    public double num(String key, double fallback) {
        return has(key) ? number(node(key), key) : fallback;
    }

    /** A word ({@code area-band}), or the fallback when absent. */
    public String word(String key, String fallback) {
        return has(key) ? node(key).asText() : fallback;
    }

    /** A money number converted to the quote currency, or 0 when absent. */
    public double money(String key) {
        return has(key) ? toQuote(number(node(key), key), key) : 0;
    }

    /** Converts an amount in the key's currency to the quote currency. */
    public double toQuote(double amount, String key) {
        String cur = rate(key).currency();
        return cur == null ? amount : profile.fx().convert(amount, cur, profile.currency());
    }

    /** Currency factor of a key: quote-currency units per unit of the key's currency. */
    public double factor(String key) {
        return toQuote(1.0, key);
    }

    /** Looks a node up in an object by layer count: the entry of the largest numeric key ≤ layers. */
    public static JsonNode byLayers(JsonNode table, int layers, String key) {
        JsonNode best = null;
        int bestKey = Integer.MIN_VALUE;
        int smallest = Integer.MAX_VALUE;
        JsonNode smallestNode = null;
        for (Iterator<Map.Entry<String, JsonNode>> it = table.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            int k;
            try {
                k = Integer.parseInt(e.getKey());
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("rate " + key + ": key " + e.getKey() + " is not a layer count");
            }
            if (k <= layers && k > bestKey) {
                bestKey = k;
                best = e.getValue();
            }
            if (k < smallest) {
                smallest = k;
                smallestNode = e.getValue();
            }
        }
        if (best == null && smallestNode == null) {
            throw new IllegalArgumentException("rate " + key + " is an empty table");
        }
        return best != null ? best : smallestNode;
    }

    /** Index of the first band limit ≥ value (bands are upper limits, the last band is open). */
    public static int band(JsonNode limits, double value) {
        int i = 0;
        for (JsonNode l : limits) {
            if (value <= l.asDouble()) {
                return i;
            }
            i++;
        }
        return i;
    }

    static double number(JsonNode n, String key) {
        if (!n.isNumber()) {
            throw new IllegalArgumentException("rate " + key + " must be a number, is " + n);
        }
        return n.asDouble();
    }
}
