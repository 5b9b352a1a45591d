package com.fabwright.panel;

import com.fabwright.panel.production.HandlingLimits;
import com.fabwright.panel.production.ProductionPanel;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Panel presets and production-panel data shipped as JSON resources
 * ({@code com/fabwright/panel/presets/*.json}, DESIGN.md "Profiles"), or read from a user's file.
 * A preset is a {@link PanelSpec} in JSON; {@code production-panels.json} lists the working panels
 * and the assembly line's handling limits.
 */
public final class PanelPresets {
    /** Shipped presets, the first is the default. */
    public static final List<String> NAMES = List.of("mousebites-standard", "jlc-mousebites", "vscore-standard",
            "oshpark-tabs");
    private static final String ROOT = "/com/fabwright/panel/presets/";
    private static final long MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private PanelPresets() {
    }

    /** Production panels and handling limits as data. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ProductionData(String name, String version, String source, List<ProductionPanel> panels,
                                 HandlingLimits handling) {
    }

    /** A shipped preset by name, or a JSON file by path; IllegalArgumentException naming what is wrong. */
    public static PanelSpec load(String nameOrFile) {
        if (NAMES.contains(nameOrFile)) {
            return resource(nameOrFile + ".json", PanelSpec.class);
        }
        Path p = Path.of(nameOrFile);
        if (!Files.isRegularFile(p)) {
            throw new IllegalArgumentException("no preset '" + nameOrFile + "': shipped presets are " + NAMES
                    + ", or give a JSON file");
        }
        try {
            if (Files.size(p) > MAX_BYTES) {
                throw new IllegalArgumentException(p + ": a preset file over 1 MB is not a preset");
            }
            return JSON.readValue(p.toFile(), PanelSpec.class);
        } catch (IOException e) {
            throw new IllegalArgumentException(p + ": not a panel preset: " + e.getMessage(), e);
        }
    }

    /** The shipped production panels and handling limits. */
    public static ProductionData production() {
        return resource("production-panels.json", ProductionData.class);
    }

    private static <T> T resource(String name, Class<T> type) {
        try (InputStream in = PanelPresets.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + ROOT + name);
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException("resource " + ROOT + name + ": " + e.getMessage(), e);
        }
    }
}
