package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.input.InputLimits;
import com.fabwright.job.FileKind;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
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
    void loadsEveryFileOfAFolderInSortedOrderWithProgressGeometryAndTheBoard() throws Exception {
        List<String> seen = new CopyOnWriteArrayList<>();
        try (Job job = new JobLoader().load(List.of(DEMO), (done, total, file) -> seen.add(done + "/" + total))) {
            assertThat(job.name()).isEqualTo("demo-board");
            assertThat(job.files()).hasSize(10);
            assertThat(job.files()).extracting(LoadedFile::displayPath).isSorted();
            assertThat(job.files().stream().filter(f -> f.kind() == FileKind.GERBER)).hasSize(8);
            assertThat(job.files().stream().filter(f -> f.kind() == FileKind.EXCELLON)).hasSize(2);
            assertThat(job.files()).allMatch(f -> f.shapes() != null, "every layer has geometry, drills too");
            assertThat(seen).hasSize(10).contains("10/10");
            assertThat(job.board().holeTable().total()).isEqualTo(8);
            assertThat(job.board().copperLayers()).isEqualTo(2);
        }
    }

    @Test
    void expandsZipsIntoATempFolderDeletedOnClose() throws Exception {
        Files.createDirectories(tmp.resolve("job/gerber"));
        Files.writeString(tmp.resolve("job/gerber/top.gbr"), "%FSLAX46Y46*%\n%MOMM*%\nM02*\n");
        Path zip = tmp.resolve("job/drill.zip");
        try (OutputStream os = Files.newOutputStream(zip); ZipOutputStream zos = new ZipOutputStream(os)) {
            zos.putNextEntry(new ZipEntry("nc/pth.drl"));
            zos.write("M48\nMETRIC\nT1C0.8\n%\nT1\nX1.0Y1.0\nM30\n".getBytes(StandardCharsets.US_ASCII));
            zos.closeEntry();
        }
        Job job = new JobLoader().load(List.of(tmp.resolve("job")), ProgressListener.NONE);
        LoadedFile drill = job.files().stream().filter(f -> f.kind() == FileKind.EXCELLON).findFirst().orElseThrow();
        assertThat(drill.displayPath()).endsWith("nc/pth.drl");
        assertThat(drill.file()).exists();
        assertThat(drill.source().drill().holeCount()).isEqualTo(1);
        job.close();
        assertThat(drill.file()).doesNotExist();
    }

    @Test
    void anEmptyFolderIsUnreadableInput() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertThatThrownBy(() -> new JobLoader().load(List.of(empty), ProgressListener.NONE))
                .isInstanceOf(JobInputException.class).hasMessageContaining("holds no files");
    }

    @Test
    void aMissingInputIsUnreadableInput() {
        assertThatThrownBy(() -> new JobLoader().load(List.of(tmp.resolve("nope.zip")), ProgressListener.NONE))
                .isInstanceOf(JobInputException.class).hasMessageContaining("nope.zip").hasMessageContaining("no such file");
    }

    @Test
    void aFileOverTheSizeLimitBecomesADiagnosticNotAFailure() throws Exception {
        Path big = Files.writeString(tmp.resolve("big.gbr"), "%FSLAX46Y46*%\n%MOMM*%\n" + "G04 padding*\n".repeat(100) + "M02*\n");
        JobLoader loader = new JobLoader(InputLimits.DEFAULTS.withMaxFileBytes(100), ArchiveLimits.DEFAULTS, 2);
        try (Job job = loader.load(List.of(big), ProgressListener.NONE)) {
            LoadedFile f = job.files().get(0);
            assertThat(f.kind()).isEqualTo(FileKind.GERBER);
            assertThat(f.diagnostics()).isNotEmpty();
            assertThat(f.diagnostics().get(0).format()).startsWith("big.gbr: error");
        }
    }

    @Test
    void correctingAnIdentificationRebuildsTheBoard() throws Exception {
        try (Job job = new JobLoader().load(List.of(DEMO), ProgressListener.NONE)) {
            assertThat(job.board().outline().source()).isEqualTo("demo-board-Edge_Cuts.gbr");
            Job changed = job.withLayer("demo-board-Edge_Cuts.gbr",
                    LayerIdentity.of("mechanical-1", LayerFunction.MECHANICAL, Side.NONE, null, 1.0, "set by the user"));
            assertThat(changed.files().stream().filter(f -> f.displayPath().equals("demo-board-Edge_Cuts.gbr"))
                    .findFirst().orElseThrow().layer().id()).isEqualTo("mechanical-1");
            assertThat(changed.board().outline().evidence()).contains("no outline layer").contains("demo-board-Edge_Cuts.gbr");
            assertThat(changed.board().widthMm()).isEqualTo(job.board().widthMm());
            Job noCopper = job.withLayer("demo-board-B_Cu.gbr",
                    LayerIdentity.of("other", LayerFunction.OTHER, Side.NONE, null, 1.0, "set by the user"));
            assertThat(noCopper.board().copper()).hasSize(1);
        }
    }
}
