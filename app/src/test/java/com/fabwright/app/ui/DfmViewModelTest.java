package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The DFM pane's state without a window, on the bundled demo board (generic-class2 finds its two
 * intended 0.1494 mm annular-ring warnings there): run, groups and counts, severity filters,
 * selection shown on the board, deviations accepted, saved and found again, exports, cancel.
 */
class DfmViewModelTest {
    static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    @TempDir
    Path home;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static PaneTestContext demo() throws Exception {
        return new PaneTestContext(new JobLoader().load(List.of(DEMO.toAbsolutePath()), ProgressListener.NONE));
    }

    private static void runAndWait(DfmViewModel m) throws Exception {
        Task<?> t = WaitForAsyncUtils.asyncFx(m::run).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> t.isDone() && m.runningProperty().get() == null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(state(t)).as("%s", WaitForAsyncUtils.asyncFx(t::getException).get()).isEqualTo(javafx.concurrent.Worker.State.SUCCEEDED);
    }

    private static javafx.concurrent.Worker.State state(Task<?> t) throws Exception {
        return WaitForAsyncUtils.asyncFx(t::getState).get(5, TimeUnit.SECONDS);
    }

    private static void fx(Runnable r) throws Exception {
        WaitForAsyncUtils.asyncFx(r).get(10, TimeUnit.SECONDS);
    }

    @Test
    void runsGroupsByRuleFiltersAcceptsSavesAndFindsTheDeviationsAgain() throws Exception {
        try (PaneTestContext ctx = demo()) {
            DfmViewModel m = new DfmViewModel(ctx, home);
            assertThat(m.profiles()).containsExactly("generic-class2", "generic-class3", "proto-standard", "proto-advanced");
            runAndWait(m);
            assertThat(m.groups()).extracting(DfmViewModel.RuleGroup::label)
                    .containsExactly("copper.annular-ring — 2 warnings");
            assertThat(m.summaryProperty().get()).startsWith("generic-class2: 0 error(s), 2 warning(s), 0 info; 0 accepted");

            fx(() -> m.shownProperty(Severity.WARNING).set(false));
            assertThat(m.groups()).isEmpty();
            fx(() -> m.shownProperty(Severity.WARNING).set(true));

            Violation ring = m.groups().get(0).findings().get(0).violation();
            fx(() -> m.select(ring));
            assertThat(ctx.shown).hasSize(1);
            assertThat(ctx.shown.get(0).contains(ring.xMm(), ring.yMm())).isTrue();
            assertThat(ctx.shown.get(0).getWidth()).isLessThan(10);

            fx(() -> m.accept(ring, "  accepted by the fab  "));
            assertThat(m.unsavedChanges()).isEqualTo(1);
            assertThat(m.groups().get(0).label()).isEqualTo("copper.annular-ring — 1 warning; 1 accepted");
            assertThat(m.groups().get(0).findings().get(0)).satisfies(f -> {
                assertThat(f.accepted()).isTrue();
                assertThat(f.note()).isEqualTo("accepted by the fab");
            });
            assertThat(m.summaryProperty().get()).startsWith("generic-class2: 0 error(s), 1 warning(s), 0 info; 1 accepted");

            Path saved = m.save();
            assertThat(saved).exists().hasParent(home.resolve("deviations"));
            assertThat(Files.readString(saved)).contains("accepted by the fab")
                    .contains("copper.annular-ring|top-copper|" + String.format(java.util.Locale.ROOT, "%.3f|%.3f", ring.xMm(), ring.yMm()));
            assertThat(m.unsavedChanges()).isZero();

            Path html = home.resolve("r.html");
            Path csv = home.resolve("r.csv");
            Path json = home.resolve("r.json");
            m.exportHtml(html);
            m.exportCsv(csv);
            m.exportJson(json);
            assertThat(Files.readString(html)).contains("<html").contains("copper.annular-ring");
            assertThat(Files.readAllLines(csv)).hasSize(3);
            assertThat(Files.readString(json)).contains("\"deviations\"").contains("accepted by the fab");

            DfmViewModel again = new DfmViewModel(ctx, home);
            runAndWait(again);
            assertThat(again.groups().get(0).accepted()).isEqualTo(1);
            assertThat(again.unsavedChanges()).isZero();
            fx(() -> again.unaccept(again.groups().get(0).findings().get(0).violation()));
            assertThat(again.unsavedChanges()).isEqualTo(1);
            assertThat(again.groups().get(0).accepted()).isZero();
            again.save();
            assertThat(saved).doesNotExist();
        }
    }

    @Test
    void aCancelledRunShowsNoFindingsAndANewJobDropsThem() throws Exception {
        try (PaneTestContext ctx = demo()) {
            DfmViewModel m = new DfmViewModel(ctx, home);
            Task<?> t = WaitForAsyncUtils.asyncFx(() -> {
                Task<?> task = m.run();
                m.cancel();
                return task;
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(t.isCancelled()).isTrue();
            assertThat(m.resultProperty().get()).isNull();
            assertThat(m.runningProperty().get()).isNull();
            assertThat(m.summaryProperty().get()).isEqualTo("Cancelled");

            runAndWait(m);
            fx(() -> m.accept(m.groups().get(0).findings().get(0).violation(), "ok"));
            fx(() -> m.jobChanged(ctx.job));
            assertThat(m.groups()).isEmpty();
            assertThat(m.unsavedChanges()).isZero();
            assertThat(m.summaryProperty().get()).isEqualTo("Not run yet");
        }
    }

    @Test
    void aBadProfileFileFailsTheRunWithItsReason() throws Exception {
        try (PaneTestContext ctx = demo()) {
            DfmViewModel m = new DfmViewModel(ctx, home);
            Path bad = Files.writeString(home.resolve("bad.json"), "{ not json");
            fx(() -> m.addProfileFile(bad));
            assertThat(m.profileProperty().get()).isEqualTo(bad.toAbsolutePath().toString());
            Task<?> t = WaitForAsyncUtils.asyncFx(m::run).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, t::isDone);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(state(t)).isEqualTo(javafx.concurrent.Worker.State.FAILED);
            assertThat(m.summaryProperty().get()).startsWith("Failed: ").contains("bad.json");
        }
    }

    /** A finding's board window: its location (else its point) with a margin of a quarter of its size, at least 0.5 mm. */
    @ParameterizedTest
    @CsvSource({
        // x0, y0, x1, y1 (a segment, or a point when equal) -> window width, height
        "5, 5, 5, 5, 1.0, 1.0",
        "0, 0, 4, 0, 6.0, 2.0",
        "0, 0, 1, 1, 2.0, 2.0",
    })
    void aFindingsWindowHasAMargin(double x0, double y0, double x1, double y1, double w, double h) {
        GeometryFactory gf = new GeometryFactory();
        var loc = x0 == x1 && y0 == y1 ? null : gf.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
        Violation v = new Violation("r", Severity.ERROR, List.of(), x0, y0, loc, null, null, "m", List.of(), List.of());
        Envelope e = DfmViewModel.window(v);
        assertThat(e.getWidth()).isEqualTo(w, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(e.getHeight()).isEqualTo(h, org.assertj.core.api.Assertions.within(1e-9));
    }
}
