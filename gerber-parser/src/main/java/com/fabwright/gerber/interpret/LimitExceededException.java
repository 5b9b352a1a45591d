package com.fabwright.gerber.interpret;

/** Thrown inside the interpreter when an {@link com.fabwright.input.InputLimits} limit is hit; reported as an error. */
final class LimitExceededException extends RuntimeException {
    LimitExceededException(String message) {
        super(message, null, false, false);
    }
}
