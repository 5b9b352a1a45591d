package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.app.view.BoardMarker;
import com.fabwright.assembly.Side;
import com.fabwright.dfm.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assembly pane's state without a window: a KiCad corpus board with its BOM and position
 * files (StickHub: 32 BOM lines, 35 top and 51 bottom placements, docs/assembly.md), and the demo
 * board, which has none.
 */
class AssemblyViewModelTest {
    static final Path STICKHUB = Path.of(System.getProperty("fabwright.corpus", "../../shared/corpus"))
            .resolve("kicad-demos-fab/StickHub").toAbsolutePath().normalize();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static AssemblyViewModel read(PaneTestContext ctx) throws Exception {
        AssemblyViewModel m = new AssemblyViewModel(ctx);
        Task<?> t = WaitForAsyncUtils.asyncFx(() -> m.jobChanged(ctx.job)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, t::isDone);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(t::getException).get(5, TimeUnit.SECONDS)).isNull();
        return m;
    }

    @Test
    void aKicadBoardFillsTheTablesTheMappingTheFindingsAndTheMarkers() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(STICKHUB), "corpus absent: " + STICKHUB);
        try (PaneTestContext ctx = new PaneTestContext(new JobLoader().load(List.of(STICKHUB.toAbsolutePath()), ProgressListener.NONE))) {
            AssemblyViewModel m = read(ctx);
            assertThat(m.bom()).hasSize(32);
            assertThat(m.placements()).hasSize(86);
            assertThat(m.placements().stream().filter(p -> p.side() == Side.BOTTOM)).hasSize(51);
            assertThat(m.summaryProperty().get()).startsWith("BOM: 32 lines, 94 parts, 0 DNP; placements: 35 top, 51 bottom");
            assertThat(m.mapping()).anySatisfy(r -> {
                assertThat(r.file()).isEqualTo("StickHub-bom.csv");
                assertThat(r.field()).isEqualTo("BOM, header row 1");
                assertThat(r.confidence()).isEqualTo("0.97");
            });
            assertThat(m.mapping()).anySatisfy(r -> {
                assertThat(r.field()).isEqualTo("refdes");
                assertThat(r.column()).isEqualTo("References");
                assertThat(Double.parseDouble(r.confidence())).isBetween(0.5, 1.0);
            });
            assertThat(m.mapping()).anySatisfy(r -> {
                assertThat(r.field()).startsWith("kicad placements, unit mm");
                assertThat(r.confidence()).matches("[01]\\.[0-9]+");
                assertThat(r.column()).contains("refdes=");
            });
            assertThat(ctx.markers).hasSize(86);
            assertThat(ctx.markers).extracting(BoardMarker::label).contains(m.placements().get(0).refdes());

            WaitForAsyncUtils.asyncFx(() -> m.showPlacementsProperty().set(false)).get(5, TimeUnit.SECONDS);
            assertThat(ctx.markers).isEmpty();
            if (!m.findings().isEmpty()) {
                Violation v = m.findings().get(0);
                WaitForAsyncUtils.asyncFx(() -> m.select(v)).get(5, TimeUnit.SECONDS);
                assertThat(ctx.shown).last().satisfies(e -> assertThat(e.contains(v.xMm(), v.yMm())).isTrue());
            }
            WaitForAsyncUtils.asyncFx(() -> m.select(m.placements().get(0))).get(5, TimeUnit.SECONDS);
            assertThat(ctx.shown).last().satisfies(e -> assertThat(e.getWidth()).isEqualTo(6.0));
        }
    }

    @Test
    void aJobWithoutAssemblyFilesSaysSo() throws Exception {
        try (PaneTestContext ctx = new PaneTestContext(new JobLoader().load(List.of(DfmViewModelTest.DEMO.toAbsolutePath()),
                ProgressListener.NONE))) {
            AssemblyViewModel m = read(ctx);
            assertThat(m.bom()).isEmpty();
            assertThat(m.placements()).isEmpty();
            assertThat(m.findings()).isEmpty();
            assertThat(m.summaryProperty().get()).isEqualTo("No BOM or placement file in this job");
        }
    }
}
