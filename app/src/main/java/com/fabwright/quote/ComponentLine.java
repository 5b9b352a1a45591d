package com.fabwright.quote;

/**
 * One BOM line as the quote needs it: what part, how many per board, its package class and pad
 * count (for attrition and solder points), and whether the customer supplies it.
 *
 * @param line        line number or designator summary
 * @param mpn         manufacturer part number (catalogue key), or {@code null}
 * @param qtyPerBoard parts per board
 * @param pkg         package class
 * @param pads        pads (SMT joints) or pins (THT) per part
 * @param consigned   customer-supplied (no material cost; a handling fee where the profile has one)
 * @param offer       the price found for it, or {@code null} (a line to fill)
 */
public record ComponentLine(String line, String mpn, int qtyPerBoard, PricingClass pkg, int pads, boolean consigned,
                      Offer offer) {

    public ComponentLine withOffer(Offer o) {
        return new ComponentLine(line, mpn, qtyPerBoard, pkg, pads, consigned, o);
    }
}
