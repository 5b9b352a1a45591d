package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile archives: zip slip, absolute names, bombs, too many entries, garbage. */
class SafeZipExtractorTest {
    @TempDir
    Path tmp;

    Path zip(String name, Map<String, byte[]> entries) throws IOException {
        Path z = tmp.resolve(name);
        try (OutputStream os = Files.newOutputStream(z); ZipOutputStream zos = new ZipOutputStream(os)) {
            for (var e : entries.entrySet()) {
                zos.putNextEntry(new ZipEntry(e.getKey()));
                zos.write(e.getValue());
                zos.closeEntry();
            }
        }
        return z;
    }

    Path target() throws IOException {
        return Files.createDirectories(tmp.resolve("out"));
    }

    @Test
    void extractsNestedFolders() throws Exception {
        Path z = zip("ok.zip", Map.of("gerber/top.gbr", "%FSLAX46Y46*%".getBytes(StandardCharsets.US_ASCII),
                "drill/pth.drl", "M48".getBytes(StandardCharsets.US_ASCII)));
        new SafeZipExtractor(ArchiveLimits.DEFAULTS).extract(z, target());
        assertThat(tmp.resolve("out/gerber/top.gbr")).hasContent("%FSLAX46Y46*%");
        assertThat(tmp.resolve("out/drill/pth.drl")).exists();
    }

    @Test
    void refusesZipSlip() throws Exception {
        Path z = zip("slip.zip", Map.of("../../evil.sh", new byte[] {1}));
        assertThatThrownBy(() -> new SafeZipExtractor(ArchiveLimits.DEFAULTS).extract(z, target()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("slip.zip")
                .hasMessageContaining("outside the archive folder");
        assertThat(tmp.resolve("evil.sh")).doesNotExist();
        assertThat(tmp.getParent().resolve("evil.sh")).doesNotExist();
    }

    @Test
    void refusesAbsoluteNames() throws Exception {
        Path z = zip("abs.zip", Map.of("/etc/passwd", new byte[] {1}));
        assertThatThrownBy(() -> new SafeZipExtractor(ArchiveLimits.DEFAULTS).extract(z, target()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("absolute path");
    }

    @Test
    void stopsABombAtTheExpandedBytesCap() throws Exception {
        Path z = zip("bomb.zip", Map.of("zeros.gbr", new byte[1_000_000])); // compresses to ~1 kB
        assertThat(Files.size(z)).isLessThan(10_000);
        assertThatThrownBy(() -> new SafeZipExtractor(new ArchiveLimits(100, 100_000)).extract(z, target()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("more than 100000 bytes");
    }

    @Test
    void stopsAtTheEntryCap() throws Exception {
        Path z = zip("many.zip", Map.of("a", new byte[1], "b", new byte[1], "c", new byte[1]));
        assertThatThrownBy(() -> new SafeZipExtractor(new ArchiveLimits(2, 1000)).extract(z, target()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("more than 2 entries");
    }

    @Test
    void garbageIsACorruptArchiveNamingTheFile() throws Exception {
        Path z = Files.write(tmp.resolve("junk.zip"), "PK\3\4 this is not really a zip".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new SafeZipExtractor(ArchiveLimits.DEFAULTS).extract(z, target()))
                .isInstanceOf(JobInputException.class).hasMessageContaining("junk.zip");
    }
}
