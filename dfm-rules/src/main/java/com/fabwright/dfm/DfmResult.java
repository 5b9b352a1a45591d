package com.fabwright.dfm;

import com.fabwright.dfm.net.NetSource;
import java.util.List;

/**
 * The outcome of a DFM run: every finding, sorted by severity, rule and place; what ran; where the
 * nets came from; and rules that failed with an exception (a bug or an input the rule cannot
 * measure: reported, never silently dropped).
 *
 * @param profileName    the profile's name
 * @param profileVersion the profile's version
 * @param violations     the findings
 * @param rulesRun       rule ids that ran, in profile order
 * @param unknownRules   rule ids of the profile no rule implements
 * @param failures       rule id and message of rules that threw
 * @param netSource      where the nets come from
 * @param netEvidence    one line about the nets
 * @param seconds        wall time of the run, preparation included
 * @param cancelled      whether the run was cancelled (the findings are then incomplete)
 * @param ruleSeconds    thread time each rule took, by id (for {@code --bench})
 */
public record DfmResult(String profileName, String profileVersion, List<Violation> violations, List<String> rulesRun,
                        List<String> unknownRules, List<String> failures, NetSource netSource, String netEvidence,
                        double seconds, boolean cancelled, java.util.Map<String, Double> ruleSeconds) {
    public DfmResult {
        violations = List.copyOf(violations);
        rulesRun = List.copyOf(rulesRun);
        unknownRules = List.copyOf(unknownRules);
        failures = List.copyOf(failures);
        ruleSeconds = java.util.Map.copyOf(ruleSeconds);
    }

    /** Findings of this severity. */
    public long count(Severity s) {
        return violations.stream().filter(v -> v.severity() == s).count();
    }

    /** Whether any finding is at least as serious as {@code threshold}. */
    public boolean anyAtLeast(Severity threshold) {
        return violations.stream().anyMatch(v -> v.severity().atLeast(threshold));
    }

    /**
     * This result with findings of another analysis added (the BOM/CPL cross-check) and this run's
     * findings of the {@code superseded} rule ids removed (the other analysis measures them better);
     * sorted again by severity, rule and place.
     */
    public DfmResult withFindings(List<Violation> extra, java.util.Set<String> superseded) {
        List<Violation> all = new java.util.ArrayList<>(violations.stream().filter(v -> !superseded.contains(v.rule())).toList());
        all.addAll(extra);
        all.sort(DfmRunner.ORDER);
        return new DfmResult(profileName, profileVersion, all, rulesRun, unknownRules, failures, netSource, netEvidence,
                seconds, cancelled, ruleSeconds);
    }
}
