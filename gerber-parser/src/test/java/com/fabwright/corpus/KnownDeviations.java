package com.fabwright.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A tab-separated list of files known to fall outside a tolerance, each with its reason, read from a test
 * resource ({@code /corpus/*.tsv}). Columns: corpus-relative path, reason. Lines starting with {@code #} and
 * blank lines are ignored. A reason is either a known bug of the reference tool with a citation, or
 * {@code ours: <what>} for a Fabwright bug still open.
 */
public final class KnownDeviations {
    private final String resource;
    private final Map<String, String> reasons;

    private KnownDeviations(String resource, Map<String, String> reasons) {
        this.resource = resource;
        this.reasons = reasons;
    }

    /** Loads {@code resource} (for example {@code /corpus/gerbv-known-deviations.tsv}). */
    public static KnownDeviations load(String resource) {
        Map<String, String> map = new LinkedHashMap<>();
        try (InputStream in = KnownDeviations.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    throw new IllegalStateException(resource + ":" + n + ": expected <file>TAB<reason>");
                }
                map.put(line.substring(0, tab).strip(), line.substring(tab + 1).strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDeviations(resource, map);
    }

    /** The reason {@code relative} is listed, if it is. */
    public Optional<String> reason(String relative) {
        return Optional.ofNullable(reasons.get(relative));
    }

    public Map<String, String> all() {
        return reasons;
    }

    public String resource() {
        return resource;
    }
}
