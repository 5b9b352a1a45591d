package com.fabwright.app.cli;

/** Exit codes of the command line, as promised in CLI.md. */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** DFM found violations at or above {@code --fail-on}. */
    public static final int VIOLATIONS = 1;
    /** Bad usage: unknown option, missing argument, malformed value. */
    public static final int USAGE = 2;
    /** Input unreadable; the message names the file and the place. */
    public static final int INPUT = 3;
    /** The environment cannot do what was asked (no display for the window). Extension of CLI.md. */
    public static final int ENVIRONMENT = 4;

    private ExitCodes() {
    }
}
