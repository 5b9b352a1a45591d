package com.fabwright.job.identify;

import java.util.EnumSet;

/**
 * What a test expects of a file's layer: a canonical id, or a class of ids when the source of
 * truth is less precise ({@code inner-copper}, {@code copper}, {@code drill}, {@code none}).
 */
public final class Expectation {
    private Expectation() {
    }

    /** How one file came out. */
    public enum Verdict { RIGHT, AMBIGUOUS, WRONG }

    /** Judges an identity ({@code null} when the file was not a layer file) against an expectation. */
    public static Verdict judge(String expected, LayerIdentity id) {
        if (id == null) {
            return expected.equals("none") ? Verdict.RIGHT : Verdict.WRONG;
        }
        boolean chosen = matches(expected, id.id(), id.function());
        if (!id.ambiguous()) {
            return chosen ? Verdict.RIGHT : Verdict.WRONG;
        }
        if (chosen || id.candidates().stream().anyMatch(c -> matches(expected, c, null))) {
            return Verdict.AMBIGUOUS;
        }
        return Verdict.WRONG;
    }

    private static final EnumSet<LayerFunction> NOT_FAB = EnumSet.of(LayerFunction.DRAWING, LayerFunction.MECHANICAL,
            LayerFunction.OTHER, LayerFunction.COMPONENT);

    static boolean matches(String expected, String id, LayerFunction function) {
        return switch (expected) {
            case "none" -> function != null ? NOT_FAB.contains(function)
                    : id.equals("other") || id.equals("drawing") || id.equals("drill-map") || id.startsWith("mechanical");
            case "drill" -> id.startsWith("drill") && !id.equals("drill-map");
            case "inner-copper" -> id.matches("inner\\d+-copper");
            case "copper" -> id.endsWith("-copper");
            default -> id.equals(expected);
        };
    }

    /** Our expectation for a tracespace layer {@code type} and {@code side}. */
    public static String fromTracespace(String type, String side) {
        if (type == null || type.equals("drawing")) {
            return "none";
        }
        String s = side == null ? "" : side;
        return switch (type) {
            case "copper" -> s.equals("inner") ? "inner-copper" : s + "-copper";
            case "soldermask" -> s + "-mask";
            case "silkscreen" -> s + "-silk";
            case "solderpaste" -> s + "-paste";
            case "outline" -> "outline";
            case "drill" -> "drill";
            default -> "none";
        };
    }
}
