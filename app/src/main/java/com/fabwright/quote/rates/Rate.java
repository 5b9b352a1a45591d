package com.fabwright.quote.rates;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry of a rate table: a number, a table (by layer count, by band) or a word, with its unit,
 * currency (for money) and source (quote-model.md §9 keys or a URL).
 */
public record Rate(String key, JsonNode value, String unit, String currency, String source) {

    /** The rate as a line item quotes it: {@code 0.020 CNY/point [S-SEEKPCB]}. */
    public String describe() {
        String v = value.isNumber() ? trim(value.asDouble()) : value.toString();
        return (currency == null ? "" : currency + " ") + v + (unit == null || unit.isBlank() ? "" : " " + unit)
                + (source == null ? "" : " [" + source + "]");
    }

    static String trim(double d) {
        if (d == Math.rint(d) && Math.abs(d) < 1e12) {
            return Long.toString((long) d);
        }
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
