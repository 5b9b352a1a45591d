package com.fabwright.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of Fabwright and of the JavaFX it was built against, from a resource filtered by
 * Maven at build time, so that {@code --version} needs no JavaFX toolkit to answer.
 */
public final class AppVersion {
    private static final Properties PROPS = load();

    private AppVersion() {
    }

    /** Fabwright's own version, e.g. {@code 0.1.0}. */
    public static String fabwright() {
        return PROPS.getProperty("fabwright.version", "unknown");
    }

    /** The JavaFX version on the build's class path, e.g. {@code 21.0.12}. */
    public static String javafx() {
        return PROPS.getProperty("javafx.version", "unknown");
    }

    /** The running Java, e.g. {@code 17.0.15 (Debian)}. */
    public static String java() {
        return System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")";
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
