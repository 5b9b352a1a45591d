package com.fabwright.assembly.bom;

import java.util.List;

/**
 * One line of a BOM: one part number and the designators it is placed at.
 *
 * @param line         1-based line (row) in the file
 * @param item         the item number as written, or {@code null}
 * @param quantity     the quantity column, or {@code null} when absent or unreadable
 * @param refdes       the designators, lists and ranges expanded, in file order
 * @param value        value / comment, or {@code null}
 * @param footprint    footprint / package, or {@code null}
 * @param mpn          manufacturer part number, or {@code null}
 * @param manufacturer manufacturer, or {@code null}
 * @param description  description, or {@code null}
 * @param dnp          whether the line is not to be placed (DNP/DNI column, Fitted column, a DNI section)
 * @param section      the section title the line is under ({@code "DNI parts"}), or {@code null}
 */
public record BomLine(int line, String item, Integer quantity, List<String> refdes, String value, String footprint,
                     String mpn, String manufacturer, String description, boolean dnp, String section) {
    public BomLine {
        refdes = List.copyOf(refdes);
    }

    /** Parts the line places: its designators, or its quantity when it names none. */
    public int placements() {
        return refdes.isEmpty() ? (quantity == null ? 0 : quantity) : refdes.size();
    }
}
