package com.fabwright.dfm;

import com.fabwright.dfm.profile.DfmProfile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the rules of a profile on one {@link DfmInput}, in parallel on a fixed pool (all cores by
 * default), reporting progress after each rule and stopping early on {@link DfmInput#cancel()}.
 * The copper features and nets are built first, in parallel per layer, because most rules share them.
 */
public final class DfmRunner {
    private static final Logger LOG = LoggerFactory.getLogger(DfmRunner.class);
    private final int threads;

    /** A runner on every available core. */
    public DfmRunner() {
        this(Runtime.getRuntime().availableProcessors());
    }

    public DfmRunner(int threads) {
        this.threads = Math.max(1, threads);
    }

    /** Runs every enabled rule of {@code profile} that a class implements. */
    public DfmResult run(DfmProfile profile, DfmInput input, DfmProgress progress) {
        long t0 = System.nanoTime();
        Map<String, RuleConfig> configs = profile.configs(input.copperOz());
        List<String> unknown = new ArrayList<>();
        List<DfmRule> rules = new ArrayList<>();
        for (String id : configs.keySet()) {
            DfmRules.byId(id).ifPresentOrElse(rules::add, () -> unknown.add(id));
        }
        long c0 = System.nanoTime();
        input.copper();
        double prepare = (System.nanoTime() - c0) / 1e9;
        List<Violation> all = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<String> ran = new ArrayList<>();
        AtomicInteger done = new AtomicInteger();
        Map<String, Double> ruleSeconds = new java.util.concurrent.ConcurrentHashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, rules.size())), r -> {
            Thread t = new Thread(r, "dfm-rule");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<Violation>>> futures = new ArrayList<>();
            for (DfmRule rule : rules) {
                RuleConfig cfg = configs.get(rule.id());
                futures.add(pool.submit(() -> {
                    long r0 = System.nanoTime();
                    try {
                        return input.cancelled() ? List.<Violation>of() : rule.check(input, cfg);
                    } finally {
                        ruleSeconds.put(rule.id(), (System.nanoTime() - r0) / 1e9);
                        progress.ruleFinished(rule.id(), done.incrementAndGet(), rules.size());
                    }
                }));
            }
            for (int i = 0; i < rules.size(); i++) {
                try {
                    all.addAll(futures.get(i).get());
                    ran.add(rules.get(i).id());
                } catch (ExecutionException e) {
                    LOG.warn("rule {} failed", rules.get(i).id(), e.getCause());
                    failures.add(rules.get(i).id() + ": " + e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            input.cancel();
        } finally {
            pool.shutdownNow();
        }
        all.sort(ORDER);
        ruleSeconds.put("(copper and nets)", prepare);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new DfmResult(profile.name(), profile.version(), all, ran, unknown, failures, input.nets().source(),
                input.nets().evidence(), seconds, input.cancelled(),
                ruleSeconds);
    }

    /** Severity first, then rule, then position. */
    static final Comparator<Violation> ORDER = Comparator.comparing(Violation::severity)
            .thenComparing(Violation::rule).thenComparingDouble(Violation::xMm).thenComparingDouble(Violation::yMm);
}
