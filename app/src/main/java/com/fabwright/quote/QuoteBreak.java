package com.fabwright.quote;

import java.util.List;

/**
 * The quote at one quantity: every line (cost lines, then markups and roll-up adjustments), and the
 * figures derived from them. {@code total} is the sum of every line that is not NRE; {@code nre}
 * the sum of the NRE lines: totals always equal the sum of their lines.
 *
 * @param qty            boards
 * @param lines          every line item
 * @param boardsPerPanel boards per production panel used
 * @param panels         production panels consumed
 */
public record QuoteBreak(int qty, List<LineItem> lines, int boardsPerPanel, int panels) {
    public QuoteBreak {
        lines = List.copyOf(lines);
    }

    /** Recurring price for the quantity: every non-NRE line. */
    public double total() {
        return lines.stream().filter(l -> !l.isNre()).mapToDouble(LineItem::amount).sum();
    }

    /** One-time charges, quoted apart. */
    public double nre() {
        return lines.stream().filter(LineItem::isNre).mapToDouble(LineItem::amount).sum();
    }

    public double unitPrice() {
        return total() / qty;
    }

    /** Unit price with the NRE spread over the quantity. */
    public double unitPriceWithNre() {
        return (total() + nre()) / qty;
    }

    /** Sum of the lines of one category ({@code fab}, {@code components}, {@code markup}...). */
    public double category(String category) {
        return lines.stream().filter(l -> l.category().equals(category)).mapToDouble(LineItem::amount).sum();
    }

    /** Sum of the cost lines in one roll-up group ({@code components}, {@code fab}, {@code conversion}, {@code nre}). */
    public double group(String group) {
        return lines.stream().filter(l -> group.equals(l.group())).mapToDouble(LineItem::amount).sum();
    }

    /** Lines to fill (no price found). */
    public List<LineItem> unpriced() {
        return lines.stream().filter(LineItem::unpriced).toList();
    }
}
