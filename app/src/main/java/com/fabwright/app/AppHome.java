package com.fabwright.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The folder that holds the user's Fabwright data (settings, quote database, edited profiles):
 * {@code FABWRIGHT_HOME} when set (CLI.md, Global), otherwise the operating system's per-user
 * application-data folder: {@code %APPDATA%\Fabwright} on Windows,
 * {@code ~/Library/Application Support/Fabwright} on macOS, {@code $XDG_DATA_HOME/fabwright}
 * (default {@code ~/.local/share/fabwright}) elsewhere. The folder is not created here.
 */
public final class AppHome {
    private AppHome() {
    }

    /** The data folder for this process's environment. */
    public static Path get() {
        return resolve(System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home", "."));
    }

    /** The data folder for an environment, an OS name and a home folder (testable). */
    static Path resolve(Map<String, String> env, String osName, String userHome) {
        String explicit = env.get("FABWRIGHT_HOME");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") && env.get("APPDATA") != null) {
            return Path.of(env.get("APPDATA"), "Fabwright");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Fabwright");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return xdg != null && !xdg.isBlank() ? Path.of(xdg, "fabwright") : Path.of(userHome, ".local", "share", "fabwright");
    }
}
