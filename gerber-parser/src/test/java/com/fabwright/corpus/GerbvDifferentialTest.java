package com.fabwright.corpus;

import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test against gerbv (issue 2, Acceptance): for every Gerber file of gerbv's own test inputs,
 * of gerbonara's {@code GERBV_RENDERABLE_REFERENCE_FILES.txt} and of the KiCad demo boards
 * ({@link DifferentialSet}), our {@code darkAreaMm2} (the {@code ImageGeometry} area) is within 0.5 % of
 * gerbv's dark area ({@link AreaComparison} for the tolerance, {@link Gerbv} for how gerbv's area is
 * measured and why).
 *
 * <p>gerbv renders run up front on {@code fabwright.gerbv.threads} threads (default 2) while our side runs in
 * the test thread; results are cached in {@code target/gerbv-cache}. When a file falls outside the
 * tolerance at the first resolution, {@link GerbvCheck} widens gerbv's window when it cuts our image and
 * renders finer when gerbv's pixel snapping could explain the difference; the last figure decides.
 *
 * <p>Files outside the tolerance must be listed in {@code /corpus/gerbv-known-deviations.tsv} with a
 * reason: a gerbv bug (cited) or {@code ours: ...} (an open Fabwright bug). A listed file passes whether the
 * deviation is still present or fixed, and is printed either way (a fixed one with a request to remove the
 * line); an unlisted file outside the tolerance fails. Excellon files of those lists are skipped (the drill
 * issue checks them). The summary at the end goes to stdout and {@code target/corpus-reports/
 * gerbv-differential.tsv}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GerbvDifferentialTest {
    private static final String KNOWN = "/corpus/gerbv-known-deviations.tsv";
    /** {@code -Dfabwright.gerbv.refine=false} skips the finer second render (quick survey runs). */
    private static final boolean REFINE = !"false".equals(System.getProperty("fabwright.gerbv.refine"));

    private DifferentialSet set;
    private Gerbv gerbv;
    private KnownDeviations known;
    private ExecutorService pool;
    private final Map<Path, Future<GerbvMeasurement>> gerbvResults = new LinkedHashMap<>();
    private final CorpusReport report = new CorpusReport("gerbv-differential",
            "file\tsource\tours_mm2\tgerbv_mm2\tdiff_pct\ttolerance_mm2\tmode\tgerbv_dpi\tgerbv_tiles\tstatus\treason"
                    + "\tnotes\tgerbv_messages");
    private long startNanos;

    @BeforeAll
    void renderWithGerbv() {
        Path corpus = Corpus.require();
        Gerbv.require();
        startNanos = System.nanoTime();
        set = DifferentialSet.load(corpus);
        gerbv = Gerbv.standard();
        known = KnownDeviations.load(KNOWN);
        int threads = Integer.getInteger("fabwright.gerbv.threads", 2);
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "gerbv");
            t.setDaemon(true);
            return t;
        });
        for (DifferentialSet.Entry e : set.entries()) {
            if (!Corpus.selected(e.relative())) {
                continue;
            }
            gerbvResults.put(e.file(), pool.submit(() -> gerbv.measure(e.file())));
        }
    }

    Stream<DifferentialSet.Entry> files() {
        return set.entries().stream().filter(e -> Corpus.selected(e.relative()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void darkAreaMatchesGerbv(DifferentialSet.Entry entry) throws InterruptedException {
        Optional<String> reason = known.reason(entry.relative());
        OurMeasurement ours;
        try {
            ours = OurMeasurement.of(entry.file());
        } catch (RuntimeException e) {
            report.add(entry.relative(), entry.source(), "", "", "", "", "", "", "", reason.isPresent() ? "KNOWN" : "FAIL",
                    reason.orElse("ours threw " + e), "", "");
            if (reason.isEmpty()) {
                throw new AssertionError(entry.relative() + ": our reader or geometry threw", e);
            }
            System.out.println("known deviation " + entry.relative() + ": " + e + ": " + reason.get());
            return;
        }
        GerbvMeasurement g;
        try {
            g = gerbvResults.get(entry.file()).get();
        } catch (ExecutionException x) {
            String why = "gerbv could not render it: " + x.getCause().getMessage();
            report.add(entry.relative(), entry.source(), fmt(ours.areaMm2()), "", "", "", "", "", "",
                    reason.isPresent() ? "KNOWN" : "FAIL", reason.orElse(why), "",
                    GerbvCheck.significantMessages(x.getCause().getMessage()));
            if (reason.isEmpty()) {
                fail(entry.relative() + ": " + why + "; list it in " + KNOWN + " with the gerbv bug");
            }
            System.out.println("known deviation " + entry.relative() + ": " + reason.get());
            return;
        }
        GerbvCheck check = GerbvCheck.run(gerbv, entry.file(), ours, g, REFINE);
        AreaComparison c = check.comparison();
        GerbvMeasurement used = check.used();
        String status;
        if (c.within()) {
            status = reason.isPresent() ? "FIXED" : "OK";
            if (reason.isPresent()) {
                System.out.println("listed deviation now within tolerance, remove it from " + KNOWN + ": "
                        + entry.relative() + ": " + c);
            }
        } else {
            status = reason.isPresent() ? "KNOWN" : "FAIL";
        }
        report.add(entry.relative(), entry.source(), fmt(c.oursMm2()), fmt(c.gerbvMm2()),
                String.format(Locale.ROOT, "%+.3f", c.diffPercent()), fmt(c.toleranceMm2()), c.mode(), used.dpi(),
                used.tiles(), status, reason.orElse(ours.errors().isEmpty() ? ""
                        : "our errors: " + ours.errors().get(0).format()), check.notes(),
                GerbvCheck.significantMessages(used.gerbvMessages()));
        if (!c.within()) {
            if (reason.isEmpty()) {
                fail(entry.relative() + ": " + c + " at " + used.dpi() + " dpi; our diagnostics: "
                        + ours.file().diagnostics().stream().limit(3).map(d -> d.format()).toList());
            }
            System.out.println("known deviation " + entry.relative() + ": " + c + ": " + reason.get());
        }
    }

    @AfterAll
    void summary() {
        if (pool != null) {
            pool.shutdownNow();
        }
        if (set == null) {
            return;
        }
        List<String[]> rows = report.rows();
        long ok = rows.stream().filter(r -> r[9].equals("OK") || r[9].equals("FIXED")).count();
        long knownDev = rows.stream().filter(r -> r[9].equals("KNOWN")).count();
        long failed = rows.stream().filter(r -> r[9].equals("FAIL")).count();
        double gerbvSeconds = 0;
        for (Future<GerbvMeasurement> f : gerbvResults.values()) {
            if (f.isDone() && !f.isCancelled()) {
                try {
                    gerbvSeconds += f.get().seconds();
                } catch (InterruptedException | ExecutionException ignored) {
                    // counted as failures above
                }
            }
        }
        Path tsv = report.write();
        System.out.printf(Locale.ROOT, "%nGerbvDifferentialTest: %d Gerber files (%d skipped as not Gerber, %d listed"
                        + " but not in the corpus): %d within 0.5 %% of gerbv, %d known deviations, %d failures;"
                        + " gerbv main renders %.0f s of process time; wall %.0f s. Report: %s%n",
                rows.size(), set.skipped().size(), set.missing().size(), ok, knownDev, failed, gerbvSeconds,
                (System.nanoTime() - startNanos) / 1e9, tsv);
        for (String[] r : rows) {
            if (!r[9].equals("OK")) {
                System.out.printf(Locale.ROOT, "  %-6s %-75s ours %12s gerbv %12s diff %8s%% %s%n", r[9], r[0], r[2],
                        r[3], r[4], r[10]);
            }
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
