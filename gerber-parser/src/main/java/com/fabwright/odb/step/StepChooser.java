package com.fabwright.odb.step;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Chooses the board step of a product model. Panel and array steps repeat other steps; the board
 * is a step that repeats nothing. Among several such steps (FAB 3000 writes {@code orig},
 * {@code net} and {@code edit}), the one with board-like name wins ({@code pcb}, {@code board},
 * {@code edit}, {@code step}), then the one with {@code eda/data}, then the first in the matrix.
 */
public final class StepChooser {
    private static final List<String> BOARD_NAMES = List.of("pcb", "board", "edit", "step", "unit", "single");

    private StepChooser() {
    }

    /**
     * The board step.
     *
     * @param steps   step names in matrix order (or folder order when the matrix has none)
     * @param headers each step's header
     * @param hasEda  whether a step has {@code eda/data}
     */
    public static String boardStep(List<String> steps, Map<String, StepHeader> headers, Predicate<String> hasEda) {
        if (steps.isEmpty()) {
            return null;
        }
        Set<String> repeated = new java.util.HashSet<>();
        headers.values().forEach(h -> h.repeats().forEach(r -> repeated.add(r.name().toLowerCase(Locale.ROOT))));
        List<String> leaves = steps.stream().filter(s -> !headers.getOrDefault(s, StepHeader.NONE).isPanel()).toList();
        if (leaves.isEmpty()) {
            leaves = steps;
        }
        List<String> candidates = leaves.stream().filter(s -> repeated.contains(s.toLowerCase(Locale.ROOT))).toList();
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        List<String> pool = candidates.isEmpty() ? leaves : candidates;
        for (String name : BOARD_NAMES) {
            for (String s : pool) {
                if (s.equalsIgnoreCase(name)) {
                    return s;
                }
            }
        }
        return pool.stream().filter(hasEda).findFirst().orElse(pool.get(0));
    }
}
