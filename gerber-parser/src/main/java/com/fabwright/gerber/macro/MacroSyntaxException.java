package com.fabwright.gerber.macro;

/** A macro that cannot be parsed or evaluated; the reader turns it into a diagnostic. */
public final class MacroSyntaxException extends RuntimeException {
    public MacroSyntaxException(String message) {
        super(message, null, false, false);
    }
}
