package com.fabwright.quote.rates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's own rate profiles in {@code FABWRIGHT_HOME/rates/NAME.json}: a shipped profile copied
 * there to edit ({@code fabwright rates copy NAME}, the workbench's rate editor), its numbers
 * validated and saved back. A saved copy wins over the shipped profile of the same name.
 */
public final class UserRates {
    /** Units a numeric rate may carry (besides currency/unit and per-thing forms, which are accepted as written). */
    private static final Set<String> UNITLESS = Set.of("", "factor", "ratio", "fraction", "%", "percent");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Path folder;

    /** The user's rate folder, {@code HOME/rates}. */
    public UserRates(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /** The file a profile's copy lives in. */
    public Path file(String name) {
        return folder.resolve(name + ".json");
    }

    /** Copies a shipped profile into the folder; IllegalArgumentException when the copy exists already. */
    public Path copy(String shippedName) throws IOException {
        RateProfile p = RateProfile.shipped(shippedName);
        Path target = file(p.name());
        if (Files.exists(target)) {
            throw new IllegalArgumentException(target + " exists; edit it, or delete it to start again");
        }
        Files.createDirectories(folder);
        Files.writeString(target, p.json());
        return target;
    }

    /** One problem of an edited rate: the key and what is wrong. */
    public record Problem(String key, String message) {
    }

    /**
     * What is wrong with these edits of {@code base} (key → value text, unit text): a numeric rate must
     * stay a finite number not below zero, and a unit must not be emptied where the profile had one.
     */
    public static List<Problem> validate(RateProfile base, Map<String, String[]> edits) {
        List<Problem> out = new ArrayList<>();
        for (Map.Entry<String, String[]> e : edits.entrySet()) {
            Rate r = base.rates().get(e.getKey());
            if (r == null) {
                out.add(new Problem(e.getKey(), "no such rate in " + base.id()));
                continue;
            }
            String value = e.getValue()[0].trim();
            String unit = e.getValue()[1].trim();
            if (r.value().isNumber()) {
                try {
                    double d = Double.parseDouble(value);
                    if (!Double.isFinite(d) || d < 0) {
                        out.add(new Problem(e.getKey(), "must be a number of 0 or more, not " + value));
                    }
                } catch (NumberFormatException x) {
                    out.add(new Problem(e.getKey(), "not a number: '" + value + "'"));
                }
            } else if (r.value().isTextual()) {
                if (value.isEmpty()) {
                    out.add(new Problem(e.getKey(), "must not be empty"));
                }
            } else {
                try {
                    JsonNode t = MAPPER.readTree(value);
                    if (t == null || t.getNodeType() != r.value().getNodeType()) {
                        out.add(new Problem(e.getKey(), "must stay a JSON " + r.value().getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
                    }
                } catch (IOException x) {
                    out.add(new Problem(e.getKey(), "not valid JSON: " + x.getMessage().lines().findFirst().orElse("")));
                }
            }
            if (unit.isEmpty() && !UNITLESS.contains(r.unit())) {
                out.add(new Problem(e.getKey(), "unit missing (was " + r.unit() + ")"));
            }
        }
        return out;
    }

    /**
     * Saves {@code base} with the edits (already validated) and a new version into the folder, and
     * returns the profile as saved (read back, so it parses as any user copy).
     */
    public RateProfile save(RateProfile base, Map<String, String[]> edits, String version) throws IOException {
        List<Problem> problems = validate(base, edits);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).key() + ": " + problems.get(0).message());
        }
        ObjectNode root = (ObjectNode) MAPPER.readTree(base.json());
        if (version != null && !version.isBlank()) {
            root.put("version", version.trim());
        }
        for (Map.Entry<String, String[]> e : edits.entrySet()) {
            ObjectNode rate = (ObjectNode) root.path("rates").path(e.getKey());
            String value = e.getValue()[0].trim();
            JsonNode old = base.rates().get(e.getKey()).value();
            JsonNode v = old.isNumber() ? MAPPER.getNodeFactory().numberNode(Double.parseDouble(value))
                    : old.isTextual() ? MAPPER.getNodeFactory().textNode(value) : MAPPER.readTree(value);
            rate.set("value", v);
            rate.put("unit", e.getValue()[1].trim());
        }
        Files.createDirectories(folder);
        Path target = file(base.name());
        String json = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
        RateProfile saved = RateProfile.parse(json, target.toString());
        Files.writeString(target, json);
        return saved;
    }
}
