package com.fabwright.app;

import com.fabwright.app.cli.Cli;

/**
 * The main class. It does not extend {@code javafx.application.Application}: with JavaFX on the
 * class path (Maven, the {@code fabwright} script, jpackage) launching an Application subclass
 * directly fails with "JavaFX runtime components are missing". With no arguments, or with
 * {@code gui}, the desktop window opens; anything else is the command line.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        int code = Cli.run(args);
        if (code != 0) {
            System.exit(code);
        }
    }
}
