package com.fabwright.app.ui;

import com.fabwright.dfm.Violation;
import com.fabwright.dfm.report.DfmReport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Accepted DFM deviations kept with a job: a JSON sidecar
 * {@code FABWRIGHT_HOME/deviations/<job hash>.json}, where the job hash is the SHA-256 of the
 * job's input files' hashes (so the same files, wherever they are opened from, find their
 * deviations, and a changed file starts afresh). A deviation is keyed by rule, layers and the
 * finding's point to the micrometre, and holds the user's note.
 */
final class DeviationStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_BYTES = 8 * 1024 * 1024;

    private final Path folder;

    DeviationStore(Path home) {
        this.folder = home.resolve("deviations");
    }

    /** The key identifying a finding across runs. */
    static String key(Violation v) {
        return String.format(Locale.ROOT, "%s|%s|%.3f|%.3f", v.rule(), String.join(",", v.layers()), v.xMm(), v.yMm());
    }

    /** The job's hash: SHA-256 over its files' paths and SHA-256 in order. */
    static String jobHash(com.fabwright.job.Job job) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (DfmReport.InputFile f : DfmReport.hashes(job)) {
                md.update(f.sha256().getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    Path file(String jobHash) {
        return folder.resolve(jobHash + ".json");
    }

    /** The notes by key of a job's accepted deviations (empty when none saved or the file is unreadable). */
    Map<String, String> load(String jobHash) {
        Map<String, String> out = new LinkedHashMap<>();
        Path f = file(jobHash);
        try {
            if (!Files.isRegularFile(f) || Files.size(f) > MAX_BYTES) {
                return out;
            }
            JsonNode tree = JSON.readTree(f.toFile());
            for (JsonNode d : tree.path("deviations")) {
                out.put(d.path("key").asText(), d.path("note").asText(""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot read the accepted deviations: " + e.getMessage(), e);
        }
        return out;
    }

    /** Writes a job's accepted deviations (an empty map deletes the file). */
    void save(String jobHash, String jobName, Map<String, String> notes) {
        Path f = file(jobHash);
        try {
            if (notes.isEmpty()) {
                Files.deleteIfExists(f);
                return;
            }
            Files.createDirectories(folder);
            ObjectNode root = JSON.createObjectNode();
            root.put("job", jobName);
            root.put("jobHash", jobHash);
            ArrayNode list = root.putArray("deviations");
            notes.forEach((k, n) -> list.addObject().put("key", k).put("note", n));
            Path tmp = Files.createTempFile(folder, "deviations", ".tmp");
            JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
            Files.move(tmp, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(f + ": cannot save the accepted deviations: " + e.getMessage(), e);
        }
    }
}
