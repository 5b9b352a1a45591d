package com.fabwright.job.identify;

import java.util.List;
import java.util.Objects;

/**
 * What one Gerber or drill file of a job is, with how sure we are and why. The fields are those of
 * {@code layer}, {@code confidence} and {@code evidence} in {@code fabwright info --json} (CLI.md).
 *
 * <p>Canonical ids: {@code top-copper}, {@code innerN-copper} (N = 1 for the first layer under the
 * top, so {@code copperIndex = N + 1}), {@code bottom-copper}, {@code top-mask}, {@code bottom-mask},
 * {@code top-silk}, {@code bottom-silk}, {@code top-paste}, {@code bottom-paste}, {@code outline},
 * {@code drill-pth}, {@code drill-npth}, {@code drill} (plating mixed or unknown),
 * {@code drill-blind-A-B} / {@code drill-buried-A-B} (X2 spans), {@code top-assembly},
 * {@code bottom-assembly}, {@code top-component} / {@code bottom-component} (Gerber X3),
 * {@code mechanical-N}, {@code drill-map}, {@code drawing} and {@code other}.
 *
 * @param id          canonical layer id
 * @param function    what the layer does
 * @param side        top, bottom, inner or none
 * @param copperIndex 1-based copper layer number (1 = top) for copper layers, otherwise {@code null}
 * @param confidence  0..1: ~0.99 from X2 attributes, ~0.95 from the job file, 0.6-0.9 from names,
 *                    below 0.5 when ambiguous or guessed from content
 * @param evidence    one line saying where the answer comes from (and what is uncertain)
 * @param candidates  when the answer is ambiguous, every plausible id, best first; empty otherwise
 */
public record LayerIdentity(String id, LayerFunction function, Side side, Integer copperIndex,
                            double confidence, String evidence, List<String> candidates) {

    public LayerIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(side, "side");
        evidence = evidence == null ? "" : evidence;
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
    }

    /** An identity without candidates. */
    public static LayerIdentity of(String id, LayerFunction function, Side side, Integer copperIndex,
                                   double confidence, String evidence) {
        return new LayerIdentity(id, function, side, copperIndex, confidence, evidence, List.of());
    }

    /** Whether more than one reading is plausible; {@link #candidates()} lists them. */
    public boolean ambiguous() {
        return !candidates.isEmpty();
    }

    public LayerIdentity withEvidence(double newConfidence, String newEvidence) {
        return new LayerIdentity(id, function, side, copperIndex, newConfidence, newEvidence, candidates);
    }

    public LayerIdentity withCandidates(List<String> newCandidates, double newConfidence, String newEvidence) {
        return new LayerIdentity(id, function, side, copperIndex, newConfidence, newEvidence, newCandidates);
    }

    /** The same layer as copper layer {@code index} of a board with {@code copperCount} layers. */
    public LayerIdentity withCopperIndex(int index, int copperCount) {
        return new LayerIdentity(copperId(index, copperCount), function, copperSide(index, copperCount), index,
                confidence, evidence, candidates);
    }

    /** Canonical id of copper layer {@code index} (1-based) in a stack of {@code count} layers. */
    public static String copperId(int index, int count) {
        if (index == 1) {
            return "top-copper";
        }
        if (count > 0 && index == count) {
            return "bottom-copper";
        }
        return "inner" + (index - 1) + "-copper";
    }

    static Side copperSide(int index, int count) {
        return index == 1 ? Side.TOP : count > 0 && index == count ? Side.BOTTOM : Side.INNER;
    }

    /** Short form for tables and logs: {@code top-copper (0.99)}. */
    public String summary() {
        return id + " (" + String.format(java.util.Locale.ROOT, "%.2f", confidence) + ")"
                + (ambiguous() ? " ambiguous " + candidates : "");
    }
}
