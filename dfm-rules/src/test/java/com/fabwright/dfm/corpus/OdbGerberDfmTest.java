package com.fabwright.dfm.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.board.Board;
import com.fabwright.corpus.Corpus;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmProgress;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.DfmRunner;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.profile.DfmProfile;
import com.fabwright.dfm.profile.ProfileLoader;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Issue 8 acceptance "DFM on the KiCad ODB++ job finds the same problems as on its Gerbers": KiCad 9's
 * flat_hierarchy exported as ODB++ ({@code odbpp/flat_hierarchy-odb.tgz}) and as Gerber + Excellon
 * ({@code kicad9-cli-fab/flat_hierarchy}), checked with the same profile; per rule the finding counts
 * and each finding's location (within 5 µm) must agree, except ties explained in {@link #samePad}.
 */
class OdbGerberDfmTest {
    private static final Logger LOG = LoggerFactory.getLogger(OdbGerberDfmTest.class);
    static final double TOL = 0.005;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"generic-class2", "kicad-strict"})
    void odbAndGerberJobsHaveTheSameFindings(String profileName) throws Exception {
        Path odb = Corpus.require("odbpp/flat_hierarchy-odb.tgz");
        Path fab = Corpus.require("kicad9-cli-fab/flat_hierarchy");
        DfmProfile profile = profileName.equals("kicad-strict")
                ? KicadDrcRecallTest.profile(new ObjectMapper().readTree(
                        Corpus.require("kicad-demos-fab/flat_hierarchy").resolve("stats.json").toFile()).get("drc_strict_rules_mm"))
                : ProfileLoader.load(profileName);
        Map<String, List<Violation>> fromOdb = byRule(run(profile, List.of(odb)));
        Map<String, List<Violation>> fromGerber = byRule(run(profile, List.of(fab.resolve("gerber"), fab.resolve("drill"))));
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%n%-28s %6s %6s %8s %8s%n", "rule (" + profileName + ")",
                "odb", "gerber", "located", "samePad"));
        List<String> differences = new ArrayList<>();
        for (String rule : new TreeSet<>(union(fromOdb, fromGerber))) {
            List<Violation> a = fromOdb.getOrDefault(rule, List.of());
            List<Violation> b = fromGerber.getOrDefault(rule, List.of());
            long located = a.stream().filter(v -> b.stream().anyMatch(w -> near(v, w))).count();
            long samePad = a.stream().filter(v -> b.stream().noneMatch(w -> near(v, w)) && b.stream().anyMatch(w -> samePad(v, w)))
                    .count();
            table.append(String.format(Locale.ROOT, "%-28s %6d %6d %8d %8d%n", rule, a.size(), b.size(), located, samePad));
            if (a.size() != b.size() || located + samePad != a.size()) {
                differences.add(rule);
            }
        }
        LOG.info("{}", table);
        assertThat(differences).as(table.toString()).isEmpty();
    }

    static DfmResult run(DfmProfile profile, List<Path> inputs) {
        try (Job job = new JobLoader().load(inputs)) {
            DfmInput in = new DfmInput(job, Board.of(job.files(), job.jobFiles()));
            return new DfmRunner().run(profile, in, DfmProgress.NONE);
        }
    }

    static Map<String, List<Violation>> byRule(DfmResult r) {
        Map<String, List<Violation>> out = new TreeMap<>();
        for (Violation v : r.violations()) {
            out.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v);
        }
        return out;
    }

    static java.util.Set<String> union(Map<String, ?> a, Map<String, ?> b) {
        java.util.Set<String> s = new java.util.HashSet<>(a.keySet());
        s.addAll(b.keySet());
        return s;
    }

    /**
     * The one explained difference: {@code mask.expansion} on a square or rectangular pad whose mask
     * opening equals the pad (expansion 0 on every side) is a tie along the whole edge; the finding
     * marks the first point of least expansion, and ODB++ and Gerber describe the pad outline from a
     * different start vertex. Same pad, same measured value: the same problem.
     */
    static boolean samePad(Violation a, Violation b) {
        return a.refs().equals(b.refs()) && a.measuredMm() != null && b.measuredMm() != null
                && Math.abs(a.measuredMm() - b.measuredMm()) <= 0.001;
    }

    static boolean near(Violation a, Violation b) {
        return Math.hypot(a.xMm() - b.xMm(), a.yMm() - b.yMm()) <= TOL;
    }
}
