package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLoaderTest {
    static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    @TempDir
    Path tmp;

    @Test
    void loadsEveryFileOfAFolderInSortedOrderWithProgress() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Job job = new JobLoader().load(List.of(DEMO), (done, total, file) -> seen.add(done + "/" + total))) {
            assertThat(job.name()).isEqualTo("demo-board");
            assertThat(job.files()).hasSize(10);
            assertThat(job.files()).extracting(LoadedFile::displayPath).isSorted();
            assertThat(job.files().stream().filter(f -> f.kind() == FileKind.GERBER)).hasSize(8);
            assertThat(seen).hasSize(10).contains("10/10");
        }
    }

    @Test
    void recursesIntoFoldersSkipsHiddenFilesAndExpandsZipsIntoATempFolderDeletedOnClose() throws Exception {
        Files.createDirectories(tmp.resolve("job/gerber"));
        Files.writeString(tmp.resolve("job/gerber/top.gbr"), "%FSLAX46Y46*%\n%MOMM*%\nM02*\n");
        Files.writeString(tmp.resolve("job/.DS_Store"), "junk");
        Path zip = tmp.resolve("job/drill.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(os)) {
            zos.putNextEntry(new ZipEntry("nc/pth.drl"));
            zos.write("M48\nM30\n".getBytes(StandardCharsets.US_ASCII));
            zos.closeEntry();
        }
        Job job = new JobLoader().load(List.of(tmp.resolve("job")), ProgressListener.NONE);
        assertThat(job.files()).extracting(LoadedFile::displayPath).containsExactly("drill.zip!/nc/pth.drl", "gerber/top.gbr");
        assertThat(job.tempDirs()).hasSize(1).allMatch(Files::isDirectory);
        job.close();
        assertThat(job.tempDirs()).noneMatch(Files::exists);
    }

    @Test
    void anEmptyFolderIsUnreadableInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> new JobLoader().load(List.of(empty), ProgressListener.NONE))
                .isInstanceOf(JobInputException.class).hasMessageContaining("holds no files");
    }

    @Test
    void aFileOverTheSizeLimitBecomesADiagnosticNotAFailure() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.gbr"), "%FSLAX46Y46*%\n%MOMM*%\n" + "G04 padding*\n".repeat(100) + "M02*\n");
        JobLoader loader = new JobLoader(InputLimits.DEFAULTS.withMaxFileBytes(100), ArchiveLimits.DEFAULTS, 2);
        try (Job job = loader.load(List.of(big), ProgressListener.NONE)) {
            LoadedFile f = job.files().get(0);
            assertThat(f.kind()).isEqualTo(FileKind.GERBER);
            assertThat(f.diagnostics()).isNotEmpty();
            assertThat(f.diagnostics().get(0).format()).startsWith(big.toString() + ": error");
        }
    }
}
