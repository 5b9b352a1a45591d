package com.fabwright.gerber.interpret;

import com.fabwright.diagnostics.SourcePosition;

/** Thrown when a file is of a kind Fabwright refuses to guess at (RS-274D without apertures); reported as an error. */
final class RejectedFileException extends RuntimeException {
    private final transient SourcePosition position;

    RejectedFileException(SourcePosition position, String message) {
        super(message, null, false, false);
        this.position = position;
    }

    SourcePosition position() {
        return position;
    }
}
