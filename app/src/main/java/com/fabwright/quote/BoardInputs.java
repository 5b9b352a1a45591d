package com.fabwright.quote;

import com.fabwright.board.Board;
import com.fabwright.board.HoleTable;
import java.util.Set;

/**
 * The bare-board inputs measured from a job's {@link Board}: outline size, copper layers, thickness and
 * finish from the job file, hole count and smallest hole from the hole table. Smallest track and gap
 * are not measured yet (the DFM BoardMetrics will supply them) and stay unknown unless entered.
 */
public final class BoardInputs {
    private BoardInputs() {
    }

    /** Measured inputs from a board; unknown where the job does not say. */
    public static BoardSpec of(Board b) {
        String outline = b.outline() == null ? null : b.outline().source();
        Input<Double> w = b.widthMm() == null ? Input.unknown() : Input.measured(b.widthMm(), "outline " + outline);
        Input<Double> h = b.heightMm() == null ? Input.unknown() : Input.measured(b.heightMm(), "outline " + outline);
        Input<Integer> layers = b.copperLayers() > 0 ? Input.measured(b.copperLayers(), b.copperEvidence()) : Input.unknown();
        Input<Double> thick = b.thicknessMm() == null ? Input.unknown() : Input.measured(b.thicknessMm(), "job file");
        String f = normaliseFinish(b.finish());
        Input<String> finish = f == null ? Input.defaulted("HASL", (b.finish() == null ? "not in the job" : "job file says "
                + b.finish()) + ": HASL assumed") : Input.measured(f, "job file: " + b.finish());
        HoleTable t = b.holeTable();
        Input<Integer> holes = t == null || t.total() == 0 ? Input.unknown() : Input.measured(t.total(), "hole table");
        Input<Double> minHole = Input.unknown();
        if (t != null && !t.tools().isEmpty()) {
            double min = t.tools().stream().mapToDouble(HoleTable.Row::diameterMm).min().orElse(0);
            minHole = Input.measured(min, "hole table");
        }
        return new BoardSpec(w, h, layers, thick, finish, Input.defaulted(1.0, "1 oz assumed"),
                Input.defaulted("FR4", "FR-4 assumed"), Input.unknown(), Input.unknown(), minHole, holes,
                Input.defaulted(false, "not asked"), Set.of());
    }

    /** An empty spec (nothing measured), for quotes entered by hand. */
    public static BoardSpec none() {
        return new BoardSpec(Input.unknown(), Input.unknown(), Input.unknown(), Input.unknown(),
                Input.defaulted("HASL", "HASL assumed"), Input.defaulted(1.0, "1 oz assumed"), Input.defaulted("FR4", "FR-4 assumed"),
                Input.unknown(), Input.unknown(), Input.unknown(), Input.unknown(), Input.defaulted(false, "not asked"), Set.of());
    }

    /**
     * Maps job-file finish words ({@code ENIG}, {@code HAL SnPb}, {@code OSP}) onto rate-table keys;
     * {@code null} for none or an unknown word (KiCad writes {@code None} when no finish is set).
     */
    static String normaliseFinish(String f) {
        if (f == null) {
            return null;
        }
        String s = f.toUpperCase(java.util.Locale.ROOT).trim();
        if (s.isEmpty() || s.equals("NONE") || s.equals("NOT SPECIFIED") || s.equals("OTHER") || s.equals("USER DEFINED")) {
            return null;
        }
        if (s.contains("ENIG") || s.contains("GOLD")) {
            return "ENIG";
        }
        if (s.contains("OSP")) {
            return "OSP";
        }
        if (s.contains("SILVER") || s.contains("IMMAG")) {
            return "ImmAg";
        }
        if (s.contains("TIN") || s.contains("IMMSN")) {
            return "ImmSn";
        }
        if (s.contains("HAL") || s.contains("HASL")) {
            return s.contains("LF") || s.contains("LEAD-FREE") || s.contains("LEAD FREE") ? "LF-HASL" : "HASL";
        }
        return null;
    }
}
