package com.fabwright.assembly.cpl;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A number cell of a placement file, with the unit written after it when there is one
 * ({@code 81mm}, {@code -1968.504mil}, {@code 0.5in}); a decimal comma is accepted.
 *
 * @param value the number
 * @param unit  the unit suffix, or {@code null}
 */
record CoordinateCell(double value, LengthUnit unit) {
    private static final Pattern NUMBER = Pattern.compile(
            "([+-]?(?:\\d+(?:[.,]\\d*)?|[.,]\\d+)(?:[eE][+-]?\\d+)?)\\s*(mm|mils?|in|inch|\")?", Pattern.CASE_INSENSITIVE);

    /** The cell's number, or {@code null} when it is not one. */
    static CoordinateCell parse(String cell) {
        Matcher m = NUMBER.matcher(cell.strip());
        if (!m.matches()) {
            return null;
        }
        String n = m.group(1).replace(',', '.');
        double v;
        try {
            v = Double.parseDouble(n);
        } catch (NumberFormatException e) {
            return null;
        }
        if (!Double.isFinite(v)) {
            return null;
        }
        return new CoordinateCell(v, m.group(2) == null ? null : LengthUnit.ofSuffix(m.group(2)));
    }
}
