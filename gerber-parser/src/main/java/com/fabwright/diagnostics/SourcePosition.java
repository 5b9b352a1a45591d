package com.fabwright.diagnostics;

/**
 * A place in an input file: 1-based line and column. {@link #UNKNOWN} when the place is the file
 * as a whole (for example, a file that cannot be opened).
 */
public record SourcePosition(int line, int column) {
    /** The file as a whole, no particular line. */
    public static final SourcePosition UNKNOWN = new SourcePosition(0, 0);

    /** Whether this names a real line. */
    public boolean isKnown() {
        return line > 0;
    }
}
