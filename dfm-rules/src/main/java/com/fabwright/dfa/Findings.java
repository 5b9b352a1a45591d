package com.fabwright.dfa;

import com.fabwright.assembly.Placement;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import java.util.List;

/** Builds the {@link Violation}s of the cross-check: at a placement, or about a BOM line. */
final class Findings {
    private Findings() {
    }

    static Violation at(String rule, Severity severity, Placement p, List<String> layers, Double measured, Double limit,
                        String message) {
        return new Violation(rule, severity, layers, p.xMm(), p.yMm(), null, measured, limit, message, List.of(),
                List.of(p.refdes(), place(p.source(), p.line())));
    }

    /** A finding without a board location (a BOM line); x and y are 0 and the refs name the line. */
    static Violation bom(String rule, Severity severity, String refdes, String source, int line, String message) {
        return new Violation(rule, severity, List.of(), 0, 0, null, null, null, message, List.of(),
                List.of(refdes, place(source, line)));
    }

    static String place(String source, int line) {
        return line > 0 ? source + ":" + line : source;
    }
}
