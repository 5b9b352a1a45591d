package com.fabwright.job.archive;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Extracts one zip, tar, tar.gz/tgz or gz archive into a folder, treating it as hostile:
 * <ul>
 *   <li>entry names are checked before anything is written: absolute paths, drive letters and
 *       {@code ..} segments are refused ({@code JOB-E002}, "zip-slip"), and the resolved path must
 *       stay inside the target folder;</li>
 *   <li>links are never created: one pointing outside the archive is refused ({@code JOB-E003}),
 *       one pointing inside is skipped with a warning ({@code JOB-W003}); device and FIFO entries
 *       are skipped;</li>
 *   <li>bytes are counted as they are decompressed, not taken from the entry's declared size, and
 *       extraction stops at {@link ArchiveLimits#maxExpandedBytes()} ({@code JOB-E004}, the partial
 *       file is deleted) or {@link ArchiveLimits#maxEntries()} ({@code JOB-E005});</li>
 *   <li>a corrupt archive gives {@code JOB-E006}; entries extracted before the damage are kept.</li>
 * </ul>
 * Diagnostics name the archive and the entry. Zip uses the central directory (Apache Commons
 * Compress {@link ZipFile}) because only it carries the Unix mode that marks symbolic links.
 */
public final class ArchiveExtractor {
    private static final int BUFFER = 64 * 1024;

    /**
     * Extracts {@code archive} into {@code target} (which must exist and be empty or fresh).
     *
     * @param archive     the archive file
     * @param displayName the archive as the user knows it, used in diagnostics
     * @param format      its format ({@link ArchiveFormat#of})
     * @param target      the folder to write into
     * @param budget      the job's remaining allowance
     * @param sink        receives diagnostics (its file name should be the archive's display name)
     * @return false when extraction stopped early at a limit or on damage
     */
    public boolean extract(Path archive, String displayName, ArchiveFormat format, Path target,
                           ExtractionBudget budget, DiagnosticSink sink) {
        Path root = target.toAbsolutePath().normalize();
        try {
            return switch (format) {
                case ZIP -> extractZip(archive, displayName, root, budget, sink);
                case TAR -> extractTar(new BufferedInputStream(Files.newInputStream(archive)), displayName, root, budget, sink);
                case TAR_GZ -> extractTar(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), BUFFER),
                        displayName, root, budget, sink);
                case GZ -> extractGz(archive, displayName, root, budget, sink);
                case NONE -> throw new IllegalArgumentException("not an archive: " + displayName);
            };
        } catch (IOException | RuntimeException e) {
            sink.error("JOB-E006", SourcePosition.UNKNOWN, "archive " + displayName + " is damaged or unreadable ("
                    + e.getMessage() + "); entries after the damage were not extracted");
            return false;
        }
    }

    private boolean extractZip(Path archive, String displayName, Path root, ExtractionBudget budget,
                               DiagnosticSink sink) throws IOException {
        try (ZipFile zip = ZipFile.builder().setPath(archive).setCharset(StandardCharsets.UTF_8).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntriesInPhysicalOrder())) {
                if (!budget.takeEntry()) {
                    return entryCapReached(displayName, entry.getName(), budget, sink);
                }
                Path dest = safeDestination(root, entry.getName(), displayName, sink);
                if (dest == null) {
                    continue;
                }
                if (entry.isUnixSymlink()) {
                    String link;
                    try (InputStream in = zip.getInputStream(entry)) {
                        link = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
                    }
                    refuseLink(root, dest, link, displayName, entry.getName(), sink);
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (!write(in, dest, displayName, entry.getName(), budget, sink)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private boolean extractTar(InputStream raw, String displayName, Path root, ExtractionBudget budget,
                               DiagnosticSink sink) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(raw)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!budget.takeEntry()) {
                    return entryCapReached(displayName, entry.getName(), budget, sink);
                }
                Path dest = safeDestination(root, entry.getName(), displayName, sink);
                if (dest == null) {
                    continue;
                }
                if (entry.isSymbolicLink() || entry.isLink()) {
                    refuseLink(root, entry.isLink() ? root.resolve(".") : dest, entry.getLinkName(), displayName,
                            entry.getName(), sink);
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(dest);
                    continue;
                }
                if (!entry.isFile()) {
                    sink.warning("JOB-W003", SourcePosition.UNKNOWN, "archive " + displayName + ": entry "
                            + entry.getName() + " is a device or FIFO, skipped");
                    continue;
                }
                if (!write(tar, dest, displayName, entry.getName(), budget, sink)) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean extractGz(Path archive, String displayName, Path root, ExtractionBudget budget,
                              DiagnosticSink sink) throws IOException {
        String name = archive.getFileName().toString();
        String inner = name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3)
                : name + ".out";
        if (!budget.takeEntry()) {
            return entryCapReached(displayName, inner, budget, sink);
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)), BUFFER)) {
            return write(in, root.resolve(inner), displayName, inner, budget, sink);
        }
    }

    /** Copies one entry, counting real bytes; deletes the partial file when the cap is reached. */
    private static boolean write(InputStream in, Path dest, String archive, String entry, ExtractionBudget budget,
                                 DiagnosticSink sink) throws IOException {
        Files.createDirectories(dest.getParent());
        byte[] buffer = new byte[BUFFER];
        try (OutputStream out = Files.newOutputStream(dest, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                if (!budget.takeBytes(n)) {
                    out.close();
                    Files.deleteIfExists(dest);
                    sink.error("JOB-E004", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + entry
                            + " takes the expanded size over the limit of " + budget.limits().maxExpandedBytes()
                            + " bytes (a zip bomb?); extraction stopped");
                    return false;
                }
                out.write(buffer, 0, n);
            }
        } catch (FileAlreadyExistsException e) {
            sink.warning("JOB-W004", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + entry
                    + " appears twice; the first copy is kept");
        }
        return true;
    }

    private static boolean entryCapReached(String archive, String entry, ExtractionBudget budget, DiagnosticSink sink) {
        sink.error("JOB-E005", SourcePosition.UNKNOWN, "archive " + archive + ": more than "
                + budget.limits().maxEntries() + " entries (at " + entry + "); extraction stopped");
        return false;
    }

    /**
     * Where an entry may be written, or {@code null} (with an error) when its name is absolute or
     * climbs out of the target folder.
     */
    static Path safeDestination(Path root, String rawName, String archive, DiagnosticSink sink) {
        String name = rawName.replace('\\', '/');
        boolean absolute = name.startsWith("/") || name.matches("^[A-Za-z]:.*") || name.indexOf('\0') >= 0;
        boolean climbs = false;
        StringBuilder clean = new StringBuilder();
        for (String part : name.split("/")) {
            if (part.equals("..")) {
                climbs = true;
            } else if (!part.isEmpty() && !part.equals(".")) {
                clean.append(clean.length() == 0 ? "" : "/").append(part);
            }
        }
        if (absolute || climbs) {
            sink.error("JOB-E002", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + rawName
                    + " refused: " + (absolute ? "absolute path" : "path climbs out with '..'") + " (zip-slip)");
            return null;
        }
        if (clean.length() == 0) {
            return null;
        }
        Path dest = root.resolve(clean.toString()).normalize();
        if (!dest.startsWith(root) || dest.equals(root)) {
            sink.error("JOB-E002", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + rawName
                    + " refused: resolves outside the extraction folder (zip-slip)");
            return null;
        }
        return dest;
    }

    private static void refuseLink(Path root, Path dest, String link, String archive, String entry, DiagnosticSink sink) {
        String target = link == null ? "" : link.replace('\\', '/');
        Path resolved = target.startsWith("/") || target.matches("^[A-Za-z]:.*") ? null
                : dest.getParent().resolve(target).normalize();
        if (resolved == null || !resolved.startsWith(root)) {
            sink.error("JOB-E003", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + entry
                    + " refused: link to '" + link + "' points outside the archive");
        } else {
            sink.warning("JOB-W003", SourcePosition.UNKNOWN, "archive " + archive + ": entry " + entry
                    + " is a link to '" + link + "'; links are not followed, skipped");
        }
    }
}
