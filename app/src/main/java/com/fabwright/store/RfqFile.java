package com.fabwright.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** One input file of an RFQ with its SHA-256, so a re-sent package is recognised and a changed one is not. */
public record RfqFile(String path, long bytes, String sha256) {

    /** Hashes the files (folders recursively), in path order. */
    public static List<RfqFile> of(List<Path> paths) throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                files.add(p);
            }
        }
        List<RfqFile> out = new java.util.ArrayList<>();
        for (Path f : files) {
            out.add(new RfqFile(f.toString(), Files.size(f), sha256(f)));
        }
        return out;
    }

    /** One hash over all files' hashes (the RFQ's fingerprint). */
    public static String combined(List<RfqFile> files) {
        StringBuilder sb = new StringBuilder();
        files.stream().map(RfqFile::sha256).sorted().forEach(h -> sb.append(h).append('\n'));
        return hex(digest().digest(sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    static String sha256(Path f) throws IOException {
        MessageDigest md = digest();
        try (InputStream in = Files.newInputStream(f)) {
            byte[] buf = new byte[65536];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
        }
        return hex(md.digest());
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] b) {
        return HexFormat.of().formatHex(b);
    }
}
