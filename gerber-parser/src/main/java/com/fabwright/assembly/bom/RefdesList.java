package com.fabwright.assembly.bom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands a designator cell: lists separated by commas, semicolons or blanks ({@code R1, R2},
 * {@code R1 R2}) and ranges of one prefix ({@code C3-C5}, {@code C3-5}, {@code C3..C5}). A range
 * longer than {@link #MAX_RANGE} or running backwards is kept as written and reported.
 */
public final class RefdesList {
    /** Longest range expanded. */
    public static final int MAX_RANGE = 10_000;
    private static final Pattern RANGE = Pattern.compile("([A-Za-z_$]*[A-Za-z_$])(\\d+)(?:-|\\.\\.|~)(?:\\1)?(\\d+)");

    private RefdesList() {
    }

    /** The designators of a cell, and the tokens that looked like bad ranges. */
    public record Parsed(List<String> refdes, List<String> problems) {
    }

    public static Parsed parse(String cell) {
        List<String> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String token : cell.split("[,;\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Matcher m = RANGE.matcher(token);
            if (m.matches()) {
                String prefix = m.group(1);
                long from = Long.parseLong(m.group(2).length() > 9 ? "0" : m.group(2));
                long to = Long.parseLong(m.group(3).length() > 9 ? "0" : m.group(3));
                if (to >= from && to - from < MAX_RANGE) {
                    for (long i = from; i <= to; i++) {
                        out.add(prefix + i);
                    }
                    continue;
                }
                problems.add(token);
            }
            out.add(token);
        }
        return new Parsed(out, problems);
    }
}
