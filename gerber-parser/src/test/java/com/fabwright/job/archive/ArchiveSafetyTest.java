package com.fabwright.job.archive;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.input.InputLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every archive limit and path check, with hostile archives built here. */
class ArchiveSafetyTest {
    private static final String GERBER = "%FSLAX26Y26*%\n%MOMM*%\n%TF.FileFunction,Copper,L1,Top*%\n%ADD10C,0.1*%\n"
            + "D10*\nX0Y0D02*\nX1000000Y0D01*\nM02*\n";

    @TempDir
    Path dir;

    private Path zip(String name, Object... entries) throws IOException {
        Path p = dir.resolve(name);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(p))) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                Object content = entries[i + 1];
                z.write(content instanceof byte[] b ? b : ((String) content).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return p;
    }

    private static List<String> codes(Job job) {
        return job.diagnostics().stream().map(Diagnostic::code).toList();
    }

    private static String messages(Job job) {
        return String.join("\n", job.diagnostics().stream().map(Diagnostic::format).toList());
    }

    @Test
    void zipSlipEntriesAreRefusedAndNamedWhileTheRestLoads() throws IOException {
        Path z = zip("evil.zip", "../../escaped.gbr", GERBER, "/abs/path.gbr", GERBER, "C:\\windows\\x.gbr", GERBER,
                "gerber/ok/../../../up.gbr", GERBER, "board-F_Cu.gbr", GERBER);
        try (Job job = new JobLoader().load(List.of(z))) {
            assertThat(codes(job)).filteredOn("JOB-E002"::equals).hasSize(4);
            assertThat(messages(job)).contains("evil.zip").contains("../../escaped.gbr").contains("zip-slip");
            assertThat(job.files()).extracting(JobFile::path).containsExactly("board-F_Cu.gbr");
            assertThat(job.files().get(0).gerber().image().objects()).hasSize(1);
        }
        assertThat(dir.getParent().resolve("escaped.gbr")).doesNotExist();
        assertThat(dir.resolve("escaped.gbr")).doesNotExist();
    }

    @Test
    void symlinkEntriesAreNeverCreatedAndEscapingOnesAreRefused() throws IOException {
        Path z = dir.resolve("links.zip");
        try (ZipArchiveOutputStream out = new ZipArchiveOutputStream(Files.newOutputStream(z))) {
            link(out, "outside", "../../../etc/passwd");
            link(out, "inside", "board.gbr");
            ZipArchiveEntry e = new ZipArchiveEntry("board.gbr");
            out.putArchiveEntry(e);
            out.write(GERBER.getBytes(StandardCharsets.US_ASCII));
            out.closeArchiveEntry();
        }
        try (Job job = new JobLoader().load(List.of(z))) {
            assertThat(codes(job)).contains("JOB-E003", "JOB-W003");
            assertThat(messages(job)).contains("links.zip").contains("outside").contains("points outside");
            assertThat(job.files()).extracting(JobFile::path).containsExactly("board.gbr");
        }
    }

    private static void link(ZipArchiveOutputStream out, String name, String target) throws IOException {
        ZipArchiveEntry e = new ZipArchiveEntry(name);
        e.setUnixMode(0120777);
        out.putArchiveEntry(e);
        out.write(target.getBytes(StandardCharsets.UTF_8));
        out.closeArchiveEntry();
    }

    @Test
    void tarGzWithClimbingPathAndSymlinkIsRefused() throws IOException {
        Path tgz = dir.resolve("evil.tgz");
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(Files.newOutputStream(tgz)))) {
            byte[] g = GERBER.getBytes(StandardCharsets.US_ASCII);
            TarArchiveEntry bad = new TarArchiveEntry("pkg/../../evil.gbr");
            bad.setSize(g.length);
            tar.putArchiveEntry(bad);
            tar.write(g);
            tar.closeArchiveEntry();
            TarArchiveEntry sym = new TarArchiveEntry("pkg/passwd", TarArchiveEntry.LF_SYMLINK);
            sym.setLinkName("/etc/passwd");
            tar.putArchiveEntry(sym);
            tar.closeArchiveEntry();
            TarArchiveEntry good = new TarArchiveEntry("pkg/top.gtl");
            good.setSize(g.length);
            tar.putArchiveEntry(good);
            tar.write(g);
            tar.closeArchiveEntry();
        }
        try (Job job = new JobLoader().load(List.of(tgz))) {
            assertThat(codes(job)).contains("JOB-E002", "JOB-E003");
            assertThat(job.files()).extracting(JobFile::path).containsExactly("pkg/top.gtl");
            assertThat(job.files().get(0).layer().id()).isEqualTo("top-copper");
        }
    }

    @Test
    void zipBombStopsAtTheExpandedSizeCap() throws IOException {
        byte[] zeros = new byte[1 << 20];
        Path z = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(z))) {
            out.putNextEntry(new ZipEntry("bomb.gbr"));
            for (int i = 0; i < 64; i++) {
                out.write(zeros); // 64 MB of zeros compress to ~64 KB
            }
            out.closeEntry();
        }
        assertThat(Files.size(z)).isLessThan(1 << 20);
        ArchiveLimits limits = ArchiveLimits.DEFAULTS.withMaxExpandedBytes(8L << 20);
        try (Job job = new JobLoader(limits, InputLimits.DEFAULTS, 2).load(List.of(z))) {
            assertThat(codes(job)).containsExactly("JOB-E004");
            assertThat(messages(job)).contains("bomb.zip").contains("bomb.gbr").contains("8388608");
            assertThat(job.files()).isEmpty();
            assertThat(job.inputs().extractedBytes()).isLessThanOrEqualTo((8L << 20) + (64 << 10));
        }
    }

    @Test
    void entryCountCapStopsExtraction() throws IOException {
        Object[] entries = new Object[2 * 50];
        for (int i = 0; i < 50; i++) {
            entries[2 * i] = "f" + i + ".txt";
            entries[2 * i + 1] = "x";
        }
        Path z = zip("many.zip", entries);
        try (Job job = new JobLoader(ArchiveLimits.DEFAULTS.withMaxEntries(10), InputLimits.DEFAULTS, 1).load(List.of(z))) {
            assertThat(codes(job)).containsExactly("JOB-E005");
            assertThat(messages(job)).contains("many.zip").contains("more than 10 entries");
            assertThat(job.files()).hasSize(10);
        }
    }

    @Test
    void nestedArchivesAreOpenedOneLevelDeepOnly() throws IOException {
        byte[] level3 = zipBytes("deep.gbr", GERBER);
        byte[] level2 = zipBytes("level3.zip", level3, "mid-B_Cu.gbr", GERBER.replace("L1,Top", "L2,Bot"));
        Path z = zip("outer.zip", "level2.zip", level2, "board-F_Cu.gbr", GERBER);
        try (Job job = new JobLoader().load(List.of(z))) {
            assertThat(job.files()).extracting(JobFile::path)
                    .containsExactlyInAnyOrder("board-F_Cu.gbr", "level2.zip/mid-B_Cu.gbr", "level2.zip/level3.zip");
            assertThat(codes(job)).containsExactly("JOB-W001");
            assertThat(job.find("level2.zip/level3.zip").orElseThrow().kind()).isEqualTo(FileKind.OTHER);
            assertThat(job.find("bottom-copper").orElseThrow().path()).isEqualTo("level2.zip/mid-B_Cu.gbr");
        }
    }

    @Test
    void damagedArchiveIsReportedAndOtherInputsStillLoad() throws IOException {
        Path bad = dir.resolve("broken.zip");
        byte[] good = zipBytes("a.gbr", GERBER);
        Files.write(bad, java.util.Arrays.copyOf(good, good.length / 2));
        Path loose = dir.resolve("loose-F_Cu.gbr");
        Files.writeString(loose, GERBER);
        try (Job job = new JobLoader().load(List.of(bad, loose, dir.resolve("missing.zip")))) {
            assertThat(codes(job)).contains("JOB-E006", "JOB-E001");
            assertThat(job.find("top-copper")).isPresent();
        }
    }

    @Test
    void defaultsAreTwoGigabytesTenThousandEntriesOneLevel() {
        assertThat(ArchiveLimits.DEFAULTS.maxExpandedBytes()).isEqualTo(2L * 1024 * 1024 * 1024);
        assertThat(ArchiveLimits.DEFAULTS.maxEntries()).isEqualTo(10_000);
        assertThat(ArchiveLimits.DEFAULTS.maxNestingDepth()).isEqualTo(1);
    }

    @Test
    void extractedFilesAreDeletedWhenTheJobIsClosed() throws IOException {
        Path z = zip("ok.zip", "x-F_Cu.gbr", GERBER);
        Path extracted;
        try (Job job = new JobLoader().load(List.of(z))) {
            extracted = job.files().get(0).file();
            assertThat(extracted).exists();
        }
        assertThat(extracted).doesNotExist();
    }

    private static byte[] zipBytes(Object... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(bytes)) {
            for (int i = 0; i < entries.length; i += 2) {
                z.putNextEntry(new ZipEntry((String) entries[i]));
                Object c = entries[i + 1];
                z.write(c instanceof byte[] b ? b : ((String) c).getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unused")
    private static void write(OutputStream out, String s) throws IOException {
        out.write(s.getBytes(StandardCharsets.UTF_8));
    }
}
