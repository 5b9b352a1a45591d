package com.fabwright.dfm;

/** Told after each rule of a {@link DfmRunner} run finishes; called from rule threads. */
@FunctionalInterface
public interface DfmProgress {
    DfmProgress NONE = (rule, done, total) -> { };

    /** {@code rule} finished; {@code done} of {@code total} rules are finished. */
    void ruleFinished(String rule, int done, int total);
}
