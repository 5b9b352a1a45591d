package com.fabwright.diagnostics;

import java.util.Objects;

/**
 * A finding about an input file, as data: what happened, how bad it is, where, and a stable code
 * that scripts and tests can rely on ({@code GBR-W014}, {@code DRL-E002}...). Every assumption a
 * reader makes (units guessed, an open contour closed, an arc radius repaired) is reported as a
 * warning naming what was assumed.
 *
 * @param severity how serious
 * @param code     stable identifier, {@code FAMILY-[EWI]nnn}
 * @param file     the file as the user named it (may be empty for in-memory input)
 * @param position line and column in that file
 * @param message  one sentence for a human, saying what was found and what was assumed
 * @param excerpt  the offending source text, shortened; empty when not applicable
 */
public record Diagnostic(Severity severity, String code, String file, SourcePosition position,
                         String message, String excerpt) {

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        file = file == null ? "" : file;
        position = position == null ? SourcePosition.UNKNOWN : position;
        Objects.requireNonNull(message, "message");
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** Compiler-style one-liner: {@code top.gbr:123:5: warning GBR-W014: message}. */
    public String format() {
        StringBuilder sb = new StringBuilder(file.isEmpty() ? "<input>" : file);
        if (position.isKnown()) {
            sb.append(':').append(position.line()).append(':').append(position.column());
        }
        sb.append(": ").append(severity.label()).append(' ').append(code).append(": ").append(message);
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
