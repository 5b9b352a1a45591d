package com.fabwright.app.cli;

import com.fabwright.app.AppVersion;
import picocli.CommandLine.IVersionProvider;

/** {@code fabwright --version}: Fabwright's version, then the Java and JavaFX it runs with. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {
            "fabwright " + AppVersion.fabwright(),
            "Java " + AppVersion.java(),
            "JavaFX " + AppVersion.javafx(),
        };
    }
}
