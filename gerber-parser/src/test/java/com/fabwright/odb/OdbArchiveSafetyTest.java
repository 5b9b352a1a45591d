package com.fabwright.odb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.input.InputLimits;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.archive.ArchiveLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ODB++ archives go through the job's safe extraction: hostile entries are refused, the product still loads. */
class OdbArchiveSafetyTest {
    @TempDir
    Path dir;

    /** A .tgz of the test product under {@code job/}, plus extra raw entries (name, bytes). */
    private Path tgz(Object... extra) throws IOException {
        Path root = OdbTrees.board(dir.resolve("src"));
        Path out = dir.resolve("odb.tgz");
        try (OutputStream f = Files.newOutputStream(out);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(f))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (int i = 0; i < extra.length; i += 2) {
                put(tar, (String) extra[i], (byte[]) extra[i + 1]);
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                    put(tar, "job/" + root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
        }
        return out;
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(content.length);
        tar.putArchiveEntry(e);
        tar.write(content);
        tar.closeArchiveEntry();
    }

    private static List<String> codes(Job job) {
        return job.diagnostics().stream().map(Diagnostic::code).toList();
    }

    @Test
    void anOdbTgzLoadsAsLayersIdentifiedFromTheMatrix() throws IOException {
        try (Job job = new JobLoader().load(List.of(tgz()))) {
            assertThat(job.files()).filteredOn(f -> f.kind() == FileKind.ODB).extracting(JobFile::path)
                    .contains("job", "job/steps/pcb/profile", "job/steps/pcb/layers/top", "job/steps/pcb/layers/drill");
            assertThat(job.find("top-copper")).get().extracting(f -> f.layer().confidence()).isEqualTo(1.0);
            assertThat(job.find("outline")).isPresent();
        }
    }

    @Test
    void traversalAndAbsoluteEntriesAreRefusedByNameAndTheProductStillLoads() throws IOException {
        byte[] x = "x".getBytes();
        try (Job job = new JobLoader().load(List.of(tgz("../../escape.txt", x, "/etc/odb-abs.txt", x,
                "job/steps/pcb/../../../../up.txt", x)))) {
            assertThat(codes(job)).containsExactly("JOB-E002", "JOB-E002", "JOB-E002");
            assertThat(job.diagnostics()).extracting(Diagnostic::message).anySatisfy(m -> assertThat(m)
                    .contains("../../escape.txt").contains("zip-slip")).anySatisfy(m -> assertThat(m).contains("absolute path"));
            assertThat(job.find("top-copper")).isPresent();
            assertThat(Files.exists(dir.resolve("escape.txt"))).isFalse();
        }
    }

    @Test
    void hugeExpansionIsStoppedWithAClearMessage() throws IOException {
        Path archive = tgz("job/steps/pcb/layers/aaa/features", new byte[3_000_000]);
        ArchiveLimits limits = ArchiveLimits.DEFAULTS.withMaxExpandedBytes(1_000_000);
        try (Job job = new JobLoader(limits, InputLimits.DEFAULTS, 1).load(List.of(archive))) {
            assertThat(codes(job)).containsExactly("JOB-E004");
            assertThat(job.diagnostics().get(0).message()).contains("odb.tgz").contains("job/steps/pcb/layers/aaa/features")
                    .contains("1000000 bytes");
        }
    }
}
