package com.fabwright.quote.rates;

import com.fabwright.quote.Fx;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A named, versioned rate table (DESIGN.md "Profiles ... are data files"): the quote currency, a
 * dated FX snapshot, and the rates. The JSON text is kept as read so a quote can freeze exactly
 * what it was priced with.
 *
 * @param name     profile name ({@code CN-EMS})
 * @param version  profile version ({@code 2026.1})
 * @param currency the currency quotes are made in
 * @param source   where the profile's numbers come from, in words
 * @param fx       the exchange-rate snapshot
 * @param rates    rates by key
 * @param json     the profile as JSON (frozen into quotes)
 */
public record RateProfile(String name, String version, String currency, String source, Fx fx,
                          Map<String, Rate> rates, String json) {
    /** The shipped profiles, by name. */
    public static final List<String> SHIPPED = List.of("CN-EMS", "EU-EMS", "AISLER-like", "JLCPCB-Standard-like");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public RateProfile {
        rates = Map.copyOf(rates);
    }

    /** {@code name@version}, as quotes and {@code quote --json} name the profile. */
    public String id() {
        return name + "@" + version;
    }

    /** A shipped profile by name (case-insensitive). */
    public static RateProfile shipped(String name) {
        for (String s : SHIPPED) {
            if (s.equalsIgnoreCase(name)) {
                try (InputStream in = RateProfile.class.getResourceAsStream(s + ".json")) {
                    return parse(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), s + ".json");
                } catch (IOException e) {
                    throw new IllegalStateException("cannot read shipped rate profile " + s, e);
                }
            }
        }
        throw new IllegalArgumentException("no rate profile named " + name + " (shipped: " + String.join(", ", SHIPPED) + ")");
    }

    /** A profile by shipped name or from a JSON file. */
    public static RateProfile load(String nameOrFile) throws IOException {
        return load(nameOrFile, null);
    }

    /**
     * A profile from a JSON file, else by name from the user's folder ({@code NAME.json}, a copy edited
     * by the user), else a shipped one.
     */
    public static RateProfile load(String nameOrFile, Path userFolder) throws IOException {
        Path p = Path.of(nameOrFile);
        if (nameOrFile.endsWith(".json") || Files.isRegularFile(p)) {
            return parse(Files.readString(p), p.toString());
        }
        if (userFolder != null) {
            Path user = userFolder.resolve(nameOrFile + ".json");
            if (Files.isRegularFile(user)) {
                return parse(Files.readString(user), user.toString());
            }
        }
        return shipped(nameOrFile);
    }

    /** Parses a profile; errors name the origin and the key. */
    public static RateProfile parse(String json, String origin) throws IOException {
        JsonNode root = MAPPER.readTree(json);
        if (root == null || !root.isObject()) {
            throw new IOException(origin + ": a rate profile is a JSON object");
        }
        String name = text(root, "name", origin);
        String version = text(root, "version", origin);
        String currency = text(root, "currency", origin);
        JsonNode fxNode = root.path("fx");
        Map<String, Double> perBase = new HashMap<>();
        fxNode.path("perBase").fields().forEachRemaining(e -> perBase.put(e.getKey(), e.getValue().asDouble()));
        perBase.putIfAbsent(fxNode.path("base").asText("EUR"), 1.0);
        Fx fx = new Fx(fxNode.path("date").asText("unknown"), fxNode.path("base").asText("EUR"), perBase,
                fxNode.path("source").asText(null));
        Map<String, Rate> rates = new LinkedHashMap<>();
        JsonNode r = root.path("rates");
        if (!r.isObject()) {
            throw new IOException(origin + ": \"rates\" must be an object of key -> {value, unit, currency, source}");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = r.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            if (!v.isObject() || !v.has("value")) {
                throw new IOException(origin + ": rate " + e.getKey() + " needs a \"value\"");
            }
            if (!v.hasNonNull("source")) {
                throw new IOException(origin + ": rate " + e.getKey() + " needs a \"source\"");
            }
            rates.put(e.getKey(), new Rate(e.getKey(), v.get("value"), v.path("unit").asText(""),
                    v.hasNonNull("currency") ? v.get("currency").asText() : null, v.get("source").asText()));
        }
        return new RateProfile(name, version, currency, root.path("source").asText(""), fx, rates, json);
    }

    /** The same profile with some rates replaced (values only), for tests and what-if quotes. */
    public RateProfile with(String key, JsonNode value) {
        try {
            ObjectNode root = (ObjectNode) MAPPER.readTree(json);
            ObjectNode rate = (ObjectNode) root.path("rates").path(key);
            if (rate.isMissingNode()) {
                throw new IllegalArgumentException("no rate " + key + " in " + id());
            }
            rate.set("value", value);
            return parse(MAPPER.writeValueAsString(root), id());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(JsonNode root, String field, String origin) throws IOException {
        JsonNode n = root.get(field);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            throw new IOException(origin + ": rate profile needs a \"" + field + "\"");
        }
        return n.asText();
    }
}
