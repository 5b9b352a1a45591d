package com.fabwright.app.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The window's remembered settings, a properties file {@code settings.properties} in the user's
 * data folder ({@code FABWRIGHT_HOME}): recent jobs (each a list of paths, newest first), window
 * position, size and dividers, the side viewed. A missing or unreadable file gives defaults (and
 * a warning); writing is atomic (temporary file, then move).
 */
public final class Settings {
    private static final Logger LOG = LoggerFactory.getLogger(Settings.class);
    /** How many recent jobs are kept. */
    public static final int MAX_RECENT = 10;
    private static final String SEP = "\t";

    private final Path file;
    private final Properties props = new Properties();

    private Settings(Path file) {
        this.file = file;
    }

    /** Reads {@code settings.properties} in {@code home} (defaults when absent). */
    public static Settings load(Path home) {
        Settings s = new Settings(home.resolve("settings.properties"));
        if (Files.isRegularFile(s.file)) {
            try (Reader r = Files.newBufferedReader(s.file, StandardCharsets.UTF_8)) {
                s.props.load(r);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("cannot read settings {}: {}; using defaults", s.file, e.toString());
            }
        }
        return s;
    }

    /** Writes the settings; a failure is logged, never thrown (settings are a convenience). */
    public void save() {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                props.store(w, "Fabwright window settings");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("cannot write settings {}: {}", file, e.toString());
        }
    }

    public Path file() {
        return file;
    }

    /** Recent jobs, newest first. */
    public List<List<Path>> recentJobs() {
        List<List<Path>> out = new ArrayList<>();
        for (int i = 0; i < MAX_RECENT; i++) {
            String v = props.getProperty("recent." + i);
            if (v != null && !v.isBlank()) {
                out.add(Arrays.stream(v.split(SEP)).map(Path::of).toList());
            }
        }
        return out;
    }

    /** Puts a job first in the recent list (removing an equal one), keeping {@link #MAX_RECENT}. */
    public void addRecent(List<Path> job) {
        List<List<Path>> all = new ArrayList<>(recentJobs());
        all.removeIf(j -> j.equals(job));
        all.add(0, List.copyOf(job));
        setRecent(all);
    }

    public void setRecent(List<List<Path>> jobs) {
        for (int i = 0; i < MAX_RECENT; i++) {
            props.remove("recent." + i);
        }
        for (int i = 0; i < Math.min(MAX_RECENT, jobs.size()); i++) {
            props.setProperty("recent." + i, String.join(SEP, jobs.get(i).stream().map(Path::toString).toList()));
        }
    }

    public double getDouble(String key, double fallback) {
        try {
            String v = props.getProperty(key);
            return v == null ? fallback : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void setDouble(String key, double value) {
        if (Double.isFinite(value)) {
            props.setProperty(key, Double.toString(value));
        }
    }

    public boolean getBoolean(String key, boolean fallback) {
        String v = props.getProperty(key);
        return v == null ? fallback : Boolean.parseBoolean(v);
    }

    public void setBoolean(String key, boolean value) {
        props.setProperty(key, Boolean.toString(value));
    }
}
