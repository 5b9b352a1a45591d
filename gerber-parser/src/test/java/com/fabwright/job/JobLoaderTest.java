package com.fabwright.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.diagnostics.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobLoaderTest {
    @TempDir
    Path dir;

    @Test
    void kicadDemoLoadsWithEveryGerberParsedAndDrillFilesKeptForTheExcellonReader() {
        Path set = Corpus.root().resolve("kicad-demos-fab/kit-dev-coldfire-xilinx_5213");
        try (Job job = new JobLoader().load(List.of(set))) {
            assertThat(job.family()).isEqualTo("KiCad");
            assertThat(job.jobFiles()).hasSize(1);
            assertThat(job.jobFiles().get(0).layerNumber()).isEqualTo(4);
            for (JobFile f : job.ofKind(FileKind.GERBER)) {
                assertThat(f.gerber()).as(f.path()).isNotNull();
                assertThat(f.layer()).as(f.path()).isNotNull();
                if (f.layer().id().endsWith("-copper")) {
                    assertThat(f.gerber().image().objects()).as(f.path()).isNotEmpty();
                }
            }
            JobFile pth = job.find("drill/kit-dev-coldfire-xilinx_5213-PTH.drl").orElseThrow();
            assertThat(pth.kind()).isEqualTo(FileKind.EXCELLON);
            assertThat(pth.gerber()).isNull();
            assertThat(pth.drill()).isNotNull();
            assertThat(pth.drill().holeCount()).isPositive();
            assertThat(pth.image().objects()).hasSize(pth.drill().hits().size() + pth.drill().slots().size());
            assertThat(pth.file()).exists();
            assertThat(pth.layer().id()).isEqualTo("drill-pth");
            JobFile inner = job.find("gerber/kit-dev-coldfire-xilinx_5213-VDD_layer.gbr").orElseThrow();
            assertThat(inner.layer().id()).isEqualTo("inner2-copper");
            assertThat(inner.layer().copperIndex()).isEqualTo(3);
            assertThat(inner.layer().confidence()).isGreaterThan(0.98);
            assertThat(inner.layer().evidence()).isEqualTo("X2 %TF.FileFunction,Copper,L3,Inr");
            assertThat(job.ofKind(FileKind.CPL)).isNotEmpty();
            assertThat(job.ofKind(FileKind.BOM)).hasSize(1);
            assertThat(job.ofKind(FileKind.IPC356)).hasSize(1);
        }
    }

    @Test
    void aHeaderlessDrillFileIsReadInTheFormatThatPutsItsHolesOnTheCopperPads() throws IOException {
        StringBuilder copper = new StringBuilder("%FSLAX46Y46*%\n%MOMM*%\n%TF.FileFunction,Copper,L1,Top*%\n%ADD10C,1.6*%\nD10*\n");
        StringBuilder drill = new StringBuilder("M48\nT1C0.800\n%\nT1\n");
        int[][] at = {{10, 5}, {20, 5}, {20, 15}, {35, 22}, {47, 3}};
        for (int[] p : at) {
            copper.append(String.format("X%dY%dD03*%n", p[0] * 1_000_000, p[1] * 1_000_000));
            drill.append(String.format("X%06dY%06d%n", p[0] * 1000, p[1] * 1000)); // metric 3:3, zeros kept
        }
        Files.writeString(dir.resolve("board-F_Cu.gbr"), copper + "M02*\n");
        Files.writeString(dir.resolve("board.drl"), drill + "M30\n");
        try (Job job = new JobLoader().load(List.of(dir))) {
            JobFile d = job.find("board.drl").orElseThrow();
            assertThat(d.kind()).isEqualTo(FileKind.EXCELLON);
            assertThat(d.drill().hits()).hasSize(5);
            assertThat(d.drill().hits().get(3).at()).isEqualTo(new com.fabwright.image.Point(35_000_000, 22_000_000));
            assertThat(d.diagnostics()).anyMatch(x -> x.code().equals("DRL-W020") && x.file().equals("board.drl"));
            assertThat(d.readSeconds()).isPositive();
            assertThat(d.bytes()).isPositive();
        }
    }

    @Test
    void odbArchiveIsOneProductEntryAndOneFilePerLayer() {
        Path tgz = Corpus.root().resolve("odbpp/flat_hierarchy-odb.tgz");
        try (Job job = new JobLoader().load(List.of(tgz))) {
            assertThat(job.ofKind(FileKind.ODB)).hasSize(job.files().size());
            assertThat(job.files()).filteredOn(f -> f.layer() == null).extracting(JobFile::path).containsExactly("odb");
            // 24 matrix layers less the dielectric, plus the profile as the outline
            assertThat(job.files()).filteredOn(f -> f.layer() != null).hasSize(24);
        }
    }

    @Test
    void foldersArchivesAndLooseFilesMergeIntoOneJob() throws IOException {
        Path gerbers = Files.createDirectories(dir.resolve("gerber"));
        Files.writeString(gerbers.resolve("b.GTL"), gerber("Copper,L1,Top"));
        Files.writeString(gerbers.resolve("b.GBL"), "%FSLAX26Y26*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\nM02*\n");
        Path drill = dir.resolve("b.TXT");
        Files.writeString(drill, "M48\nMETRIC,TZ\nT01C0.8\n%\nT01\nX1Y1\nM30\n");
        Path bom = dir.resolve("bom.csv");
        Files.writeString(bom, "Designator,Comment,Quantity\nR1,10k,1\n");
        try (Job job = new JobLoader().load(List.of(gerbers, drill, bom))) {
            assertThat(job.files()).extracting(JobFile::path).containsExactly("b.GBL", "b.GTL", "b.TXT", "bom.csv");
            assertThat(job.find("b.GBL").orElseThrow().layer().id()).isEqualTo("bottom-copper");
            assertThat(job.find("b.TXT").orElseThrow().layer().id()).isEqualTo("drill");
            assertThat(job.find("bom.csv").orElseThrow().kind()).isEqualTo(FileKind.BOM);
        }
    }

    @Test
    void aBrokenGerberNeverStopsTheRestOfTheJob() throws IOException {
        Files.writeString(dir.resolve("good-F_Cu.gbr"), gerber("Copper,L1,Top"));
        Files.write(dir.resolve("bad-B_Cu.gbr"), "%FSLAX26Y26*%\n%MOMM*%\nX0Y0D03*\n%ADD10C,".getBytes());
        try (Job job = new JobLoader().load(List.of(dir))) {
            JobFile bad = job.find("bad-B_Cu.gbr").orElseThrow();
            assertThat(bad.diagnostics()).anyMatch(d -> d.severity() == Severity.ERROR);
            assertThat(bad.diagnostics()).allMatch(d -> d.file().equals("bad-B_Cu.gbr"));
            assertThat(job.find("good-F_Cu.gbr").orElseThrow().gerber().image().objects()).hasSize(1);
        }
    }

    @Test
    void innerLayersWithoutOrderAreReportedWithCandidatesNeverSilently() throws IOException {
        for (String n : List.of("TOP.art", "BOTTOM.art", "GND.art", "PWR.art")) {
            Files.writeString(dir.resolve(n), "%FSLAX26Y26*%\n%MOMM*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\nM02*\n");
        }
        try (Job job = new JobLoader().load(List.of(dir))) {
            JobFile gnd = job.find("GND.art").orElseThrow();
            assertThat(gnd.layer().ambiguous()).isTrue();
            assertThat(gnd.layer().candidates()).containsExactlyInAnyOrder("inner1-copper", "inner2-copper");
            assertThat(gnd.layer().confidence()).isLessThan(0.5);
            assertThat(gnd.layer().evidence()).contains("order not settled");
            assertThat(gnd.diagnostics()).anyMatch(d -> d.code().equals("JOB-W011"));
            assertThat(job.find("BOTTOM.art").orElseThrow().layer().copperIndex()).isEqualTo(4);
        }
    }

    private static String gerber(String function) {
        return "%FSLAX26Y26*%\n%MOMM*%\n%TF.FileFunction," + function + "*%\n%ADD10C,0.1*%\nD10*\nX0Y0D03*\nM02*\n";
    }
}
