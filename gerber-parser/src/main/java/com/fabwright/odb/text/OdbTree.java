package com.fabwright.odb.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.z.ZCompressorInputStream;

/**
 * An ODB++ product model on disk (a folder holding {@code matrix/matrix} and {@code steps/}).
 * Names are looked up case-insensitively, because the matrix writes {@code TOP_COPPER} while the
 * folder is {@code top_copper}, and a member may be stored compressed as {@code name.Z} (Unix
 * compress, LZW) or {@code name.gz}: {@link #read} decompresses both, counting the real bytes
 * against a cap so that a compressed member cannot expand without bound. Links are never followed.
 */
public final class OdbTree {
    private final Path root;
    private final long maxMemberBytes;

    /** A tree at {@code root}; each member may expand to at most {@code maxMemberBytes}. */
    public OdbTree(Path root, long maxMemberBytes) {
        this.root = root;
        this.maxMemberBytes = maxMemberBytes;
    }

    public Path root() {
        return root;
    }

    /**
     * The member at a {@code /}-separated path relative to the root, matching each name
     * case-insensitively and accepting a {@code .Z} or {@code .gz} suffix on the last one.
     */
    public Optional<Path> find(String relative) {
        Path dir = root;
        String[] parts = relative.split("/");
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            Optional<Path> child = child(dir, parts[i], last);
            if (child.isEmpty()) {
                return Optional.empty();
            }
            dir = child.get();
        }
        return Optional.of(dir);
    }

    /** The sub-folders of a folder given relative to the root (empty when absent). */
    public List<Path> folders(String relative) {
        Optional<Path> dir = relative.isEmpty() ? Optional.of(root) : find(relative);
        if (dir.isEmpty() || !Files.isDirectory(dir.get(), LinkOption.NOFOLLOW_LINKS)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir.get())) {
            return s.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Optional<Path> child(Path dir, String name, boolean allowCompressed) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String want = name.toLowerCase(Locale.ROOT);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> all = s.filter(p -> !Files.isSymbolicLink(p)).sorted().toList();
            for (String suffix : allowCompressed ? new String[] {"", ".z", ".gz"} : new String[] {""}) {
                for (Path p : all) {
                    if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(want + suffix)) {
                        return Optional.of(p);
                    }
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The text of a member, decompressed, as ISO-8859-1 (ODB++ text is ASCII). */
    public String read(Path member) throws IOException {
        String n = member.getFileName().toString().toLowerCase(Locale.ROOT);
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(member))) {
            InputStream in = n.endsWith(".z") ? new ZCompressorInputStream(raw)
                    : n.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxMemberBytes + 1));
            if (bytes.length > maxMemberBytes) {
                throw new IOException(root.relativize(member) + " expands to more than " + maxMemberBytes
                        + " bytes; not read");
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The text of the member at {@code relative}, or empty when it does not exist. */
    public Optional<String> readIfPresent(String relative) throws IOException {
        Optional<Path> p = find(relative);
        if (p.isEmpty() || !Files.isRegularFile(p.get(), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        return Optional.of(read(p.get()));
    }

    /** The member's path relative to the root, {@code /}-separated, for diagnostics. */
    public String display(Path member) {
        return root.relativize(member).toString().replace('\\', '/');
    }
}
