package com.fabwright.assembly.cpl;

import com.fabwright.assembly.table.ColumnMapping;
import com.fabwright.assembly.table.Table;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides the unit of a placement file's coordinates when the values carry no suffix: the X/Y header
 * cells ({@code X (mm)}, {@code Mid X(mil)}, {@code xmil}), then comment or preamble lines
 * ({@code ## Unit = mm}, {@code # X,Y in mils}, {@code Units used: mil}), then the dialect's default
 * (Allegro and gEDA write mils; KiCad CSV and JLCPCB CPL millimetres), and millimetres as the stated
 * assumption otherwise.
 */
final class UnitDetector {
    /** Rows searched for a unit statement: the preamble, the header and comment rows below it (gEDA). */
    private static final int PREAMBLE_ROWS = 250;

    private static final Pattern PREAMBLE = Pattern.compile(
            "(?i)\\bunits?\\s*(?:used)?\\s*[:=]?\\s*(mm|mils?|inch(?:es)?|in|millimet(?:er|re)s?)\\b|\\bin\\s+(mm|mils?|inch(?:es)?|millimet(?:er|re)s?)\\b");

    private UnitDetector() {
    }

    /** A unit and where it comes from. */
    record Detected(LengthUnit unit, String evidence, boolean assumed) {
    }

    static Detected detect(Table table, int headerIndex, ColumnMapping<CplField> m, String dialect) {
        for (CplField f : List.of(CplField.X, CplField.Y)) {
            String h = m.headerOf(f);
            LengthUnit u = h == null ? null : fromHeader(h);
            if (u != null) {
                return new Detected(u, "header '" + h + "'", false);
            }
        }
        for (int i = 0; i < table.rows().size() && i < PREAMBLE_ROWS; i++) {
            Table.Row r = table.rows().get(i);
            if (i > headerIndex && !r.comment()) {
                continue;
            }
            Matcher mm = PREAMBLE.matcher(String.join(" ", r.cells()));
            if (mm.find()) {
                String word = mm.group(1) != null ? mm.group(1) : mm.group(2);
                LengthUnit u = LengthUnit.ofSuffix(word.toLowerCase(Locale.ROOT).startsWith("millimet") ? "mm" : word);
                if (u != null) {
                    return new Detected(u, "line " + r.line() + " '" + String.join(" ", r.cells()) + "'", false);
                }
            }
        }
        if (dialect.equals("allegro") || dialect.equals("geda")) {
            return new Detected(LengthUnit.MIL, dialect + " default (mils)", true);
        }
        if (dialect.equals("kicad") || dialect.equals("jlc")) {
            return new Detected(LengthUnit.MM, dialect + " default (mm)", false);
        }
        return new Detected(LengthUnit.MM, "not stated; millimetres assumed", true);
    }

    /** The unit named inside a header cell, or {@code null}. */
    static LengthUnit fromHeader(String header) {
        String h = header.toLowerCase(Locale.ROOT);
        Matcher br = Pattern.compile("[(\\[]\\s*([a-z\"]+)\\s*[)\\]]").matcher(h);
        if (br.find() && LengthUnit.ofSuffix(br.group(1)) != null) {
            return LengthUnit.ofSuffix(br.group(1));
        }
        Matcher tail = Pattern.compile("[xy][ _-]?(mm|mils?|inch|in)$").matcher(h.strip());
        if (tail.find()) {
            return LengthUnit.ofSuffix(tail.group(1));
        }
        return null;
    }
}
