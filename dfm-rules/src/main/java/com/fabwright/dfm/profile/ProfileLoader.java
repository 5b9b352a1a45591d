package com.fabwright.dfm.profile;

import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Severity;
import com.fabwright.input.Length;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads DFM profiles (CLI.md "Profiles"): shipped ones by name from this module's resources
 * ({@link #SHIPPED}), user ones from a file. {@code extends} names a shipped profile (or a file
 * next to the extending one); a child's rule entry is merged field by field over the parent's, so
 * {@code {"min": "0.1mm"}} keeps the parent's {@code warnAt}. {@code "enabled": false} removes an
 * inherited rule. Errors name the profile and the field ({@link ProfileException}).
 */
public final class ProfileLoader {
    /** Profiles shipped with Fabwright, by name. */
    public static final List<String> SHIPPED = List.of("generic-class2", "generic-class3", "proto-standard", "proto-advanced");
    private static final int MAX_DEPTH = 8;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileLoader() {
    }

    /** A shipped profile by name, or a profile file by path. */
    public static DfmProfile load(String nameOrFile) {
        if (SHIPPED.contains(nameOrFile)) {
            return resolve(readShipped(nameOrFile), null, 0);
        }
        Path p = Path.of(nameOrFile);
        if (Files.isRegularFile(p)) {
            return resolve(readFile(p), p.toAbsolutePath().getParent(), 0);
        }
        throw new ProfileException("no profile \"" + nameOrFile + "\": not a shipped profile " + SHIPPED + " nor a file");
    }

    /** A profile from a JSON tree (extends resolved against the shipped profiles). */
    public static DfmProfile of(JsonNode tree) {
        if (!(tree instanceof ObjectNode o)) {
            throw new ProfileException("a profile is a JSON object");
        }
        return resolve(o, null, 0);
    }

    private static DfmProfile resolve(ObjectNode tree, Path dir, int depth) {
        if (depth > MAX_DEPTH) {
            throw new ProfileException("profile \"" + tree.path("name").asText() + "\": extends nests deeper than " + MAX_DEPTH
                    + " (a cycle?)");
        }
        String name = text(tree, "name", "unnamed");
        List<String> chain = new ArrayList<>(List.of(name));
        JsonNode ext = tree.get("extends");
        if (ext != null && !ext.isNull()) {
            String parentName = ext.asText();
            ObjectNode parentTree = parentTree(name, parentName, dir);
            chain.addAll(resolve(parentTree, dir, depth + 1).chain());
        }
        Map<String, ObjectNode> rules = new LinkedHashMap<>();
        collectRules(tree, dir, depth, rules);
        Map<String, DfmProfile.RuleSpec> specs = new LinkedHashMap<>();
        rules.forEach((id, node) -> specs.put(id, spec(name, id, node)));
        return new DfmProfile(name, text(tree, "version", "0"), text(tree, "source", ""), chain, specs);
    }

    /** The merged raw rule entries of a profile and its ancestors. */
    private static void collectRules(ObjectNode tree, Path dir, int depth, Map<String, ObjectNode> into) {
        JsonNode ext = tree.get("extends");
        if (ext != null && !ext.isNull()) {
            String parentName = ext.asText();
            if (depth > MAX_DEPTH) {
                throw new ProfileException("extends nests deeper than " + MAX_DEPTH);
            }
            ObjectNode parentTree = parentTree(text(tree, "name", "unnamed"), parentName, dir);
            collectRules(parentTree, dir, depth + 1, into);
        }
        JsonNode own = tree.get("rules");
        if (own != null && own.isObject()) {
            own.fields().forEachRemaining(e -> {
                if (!e.getValue().isObject()) {
                    throw new ProfileException("profile \"" + text(tree, "name", "unnamed") + "\": rule " + e.getKey()
                            + " is not an object");
                }
                ObjectNode merged = into.containsKey(e.getKey()) ? into.get(e.getKey()).deepCopy() : JSON.createObjectNode();
                merged.setAll((ObjectNode) e.getValue());
                into.put(e.getKey(), merged);
            });
        }
    }

    private static ObjectNode parentTree(String child, String parentName, Path dir) {
        if (SHIPPED.contains(parentName)) {
            return readShipped(parentName);
        }
        if (dir != null && Files.isRegularFile(dir.resolve(parentName))) {
            return readFile(dir.resolve(parentName));
        }
        throw new ProfileException("profile \"" + child + "\": extends unknown profile \"" + parentName + "\"");
    }

    private static DfmProfile.RuleSpec spec(String profile, String id, ObjectNode node) {
        RuleConfig base = config(profile, id, node);
        TreeMap<Double, RuleConfig> byOz = new TreeMap<>();
        JsonNode oz = node.get("byCopperOz");
        if (oz != null && oz.isObject()) {
            oz.fields().forEachRemaining(e -> {
                double weight;
                try {
                    weight = Double.parseDouble(e.getKey().toLowerCase(Locale.ROOT).replace("oz", "").trim());
                } catch (NumberFormatException ex) {
                    throw new ProfileException("profile \"" + profile + "\": rule " + id + ": byCopperOz key \"" + e.getKey()
                            + "\" is not a copper weight (\"2oz\")");
                }
                ObjectNode merged = node.deepCopy();
                merged.remove("byCopperOz");
                if (e.getValue() instanceof ObjectNode v) {
                    merged.setAll(v);
                }
                byOz.put(weight, config(profile, id, merged));
            });
        }
        boolean enabled = !node.has("enabled") || node.get("enabled").asBoolean(true);
        return new DfmProfile.RuleSpec(base, byOz, enabled);
    }

    private static RuleConfig config(String profile, String id, ObjectNode node) {
        Severity severity = Severity.ERROR;
        Double min = null;
        Double max = null;
        Double warnAt = null;
        Map<String, Double> params = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = e.getKey();
            JsonNode v = e.getValue();
            try {
                switch (key) {
                    case "severity" -> severity = Severity.valueOf(v.asText().toUpperCase(Locale.ROOT));
                    case "min" -> min = number(v);
                    case "max" -> max = number(v);
                    case "warnAt" -> warnAt = number(v);
                    case "enabled", "byCopperOz", "note", "source" -> { }
                    default -> {
                        if (v.isNumber() || v.isTextual()) {
                            params.put(key, number(v));
                        }
                    }
                }
            } catch (IllegalArgumentException ex) {
                throw new ProfileException("profile \"" + profile + "\": rule " + id + ": " + key + ": " + ex.getMessage());
            }
        }
        return new RuleConfig(severity, min, max, warnAt, params);
    }

    private static double number(JsonNode v) {
        return v.isNumber() ? v.asDouble() : Length.parseMm(v.asText());
    }

    private static String text(JsonNode tree, String field, String fallback) {
        JsonNode n = tree.get(field);
        return n == null || n.isNull() ? fallback : n.asText();
    }

    private static ObjectNode readShipped(String name) {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(name + ".json")) {
            if (in == null) {
                throw new ProfileException("shipped profile " + name + " missing from the resources");
            }
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new ProfileException("shipped profile " + name + ": " + e.getMessage());
        }
    }

    private static ObjectNode readFile(Path p) {
        try {
            if (Files.size(p) > 1_000_000) {
                throw new ProfileException(p + ": a profile over 1 MB is not a profile");
            }
            JsonNode n = JSON.readTree(p.toFile());
            if (!(n instanceof ObjectNode o)) {
                throw new ProfileException(p + ": a profile is a JSON object");
            }
            return o;
        } catch (IOException e) {
            throw new ProfileException(p + ": " + e.getMessage());
        }
    }
}
