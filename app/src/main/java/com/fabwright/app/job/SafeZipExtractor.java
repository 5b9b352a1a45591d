package com.fabwright.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Expands a zip archive into a folder, refusing entries that would land outside it ("zip slip":
 * {@code ../../etc/x}, absolute names, drive letters) and stopping at the {@link ArchiveLimits}.
 * Bytes are counted as they are written, so lying size fields in the headers do not help a bomb.
 */
public final class SafeZipExtractor {
    private final ArchiveLimits limits;

    public SafeZipExtractor(ArchiveLimits limits) {
        this.limits = limits;
    }

    /**
     * Extracts {@code zip} into {@code target} (which must exist and should be empty).
     *
     * @throws JobInputException when the archive is corrupt, hostile or over a limit; whatever was
     *                           written before is left for the caller to delete with the folder
     */
    public void extract(Path zip, Path target) throws JobInputException {
        Path root = target.toAbsolutePath().normalize();
        long written = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream raw = Files.newInputStream(zip); ZipInputStream in = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new JobInputException(zip, "more than " + limits.maxEntries() + " entries; not expanded");
                }
                Path out = resolveInside(zip, root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (OutputStream os = Files.newOutputStream(out)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        written += n;
                        if (written > limits.maxExpandedBytes()) {
                            throw new JobInputException(zip, "expands to more than " + limits.maxExpandedBytes()
                                    + " bytes (at entry '" + entry.getName() + "'); not expanded");
                        }
                        os.write(buffer, 0, n);
                    }
                }
            }
            if (entries == 0) {
                throw new JobInputException(zip, "not a zip archive, or an empty one");
            }
        } catch (ZipException e) {
            throw new JobInputException(zip, "corrupt zip archive after " + entries + " entries: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new JobInputException(zip, "cannot read archive: " + e.getMessage(), e);
        }
    }

    private static Path resolveInside(Path zip, Path root, String name) throws JobInputException {
        String clean = name.replace('\\', '/');
        if (clean.startsWith("/") || clean.matches("^[A-Za-z]:.*") || clean.contains("\0")) {
            throw new JobInputException(zip, "entry '" + name + "' has an absolute path; archive refused");
        }
        Path out = root.resolve(clean).normalize();
        if (!out.startsWith(root) || out.equals(root)) {
            throw new JobInputException(zip, "entry '" + name + "' points outside the archive folder; archive refused");
        }
        return out;
    }
}
