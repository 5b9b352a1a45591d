package com.fabwright.quote;

/**
 * One line of a quote, as a handler of the cost model returns it (quote-model.md §5.2): what it is,
 * on what basis and at which rate it was charged. {@code amount = quantity × unitRate} whenever the
 * line is a simple product (the XLSX export writes that as a live formula); lines computed by a rule
 * (a minimum lot, AISLER's min(auto, manual)) carry {@code quantity = 1}.
 *
 * @param bucket    NRE, SETUP, VARIABLE or PASSTHROUGH
 * @param category  fab, components, assembly, test, freight, markup...
 * @param name      short name ({@code board (area x rate)}, {@code ENIG}, {@code BGA-256})
 * @param basis     the basis in words, with the figures ({@code 0.8 m² × 800 CNY/m²})
 * @param rateKey   the rate table key used, or {@code null}
 * @param rateText  the rate as it stands in the table, with unit and currency
 * @param quantity  basis quantity (placements × boards, m², 1 for a lot)
 * @param unitRate  rate per basis unit in the quote currency
 * @param amount    amount in the quote currency (cost, before markup, except for markup lines)
 * @param group     roll-up group the line's markup is taken in: {@code material}, {@code conversion},
 *                  {@code nre}, or {@code null} for markup lines themselves
 * @param unpriced  a line to fill: no price was found (amount 0 until filled, never silently)
 */
public record LineItem(Bucket bucket, String category, String name, String basis, String rateKey, String rateText,
                       double quantity, double unitRate, double amount, String group, boolean unpriced) {

    /** A line whose amount is quantity × unit rate. */
    public static LineItem of(Bucket bucket, String category, String name, String basis, String rateKey,
                              String rateText, double quantity, double unitRate, String group) {
        return new LineItem(bucket, category, name, basis, rateKey, rateText, quantity, unitRate,
                quantity * unitRate, group, false);
    }

    /** A lump-sum line (quantity 1). */
    public static LineItem lump(Bucket bucket, String category, String name, String basis, String rateKey,
                                String rateText, double amount, String group) {
        return new LineItem(bucket, category, name, basis, rateKey, rateText, 1, amount, amount, group, false);
    }

    /** A line to fill: nothing priced it. */
    public static LineItem unpriced(Bucket bucket, String category, String name, String basis, String group) {
        return new LineItem(bucket, category, name, basis, null, "PRICE MISSING", 0, 0, 0, group, true);
    }

    /** Whether the line is paid once per design (kept apart from the unit price). */
    public boolean isNre() {
        return bucket == Bucket.NRE;
    }
}
