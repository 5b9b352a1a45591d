package com.fabwright.dfm;

import java.util.List;

/**
 * One DFM check: a manufacturability property of the board (a minimum copper width, a clearance, a
 * drill size...) measured everywhere on the board against the limits a profile gives it. Each rule
 * is one class with a stable {@link #id()} (CLI.md "Profiles"); it is stateless and thread-safe, and
 * the {@link DfmRunner} runs rules in parallel on one shared {@link DfmInput}.
 */
public interface DfmRule {

    /** The stable rule id ({@code copper.clearance}). */
    String id();

    /** One line saying what the rule measures, for reports and {@code --help}. */
    String description();

    /** The category for report summaries: the part of the id before the dot ({@code copper}). */
    default String category() {
        String id = id();
        int dot = id.indexOf('.');
        return dot < 0 ? id : id.substring(0, dot);
    }

    /**
     * Measures the board and returns every finding. Implementations check
     * {@link DfmInput#cancelled()} in long loops and return early when it is set.
     */
    List<Violation> check(DfmInput input, RuleConfig config);
}
