package com.fabwright.quote;

import com.fabwright.input.Length;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bare-board inputs of a quote as a sheet of named rows (the workbench's inputs table): each
 * row shows its value and origin, and an edit replaces the value and marks it entered. Lengths
 * accept {@code mm}, {@code in} and {@code mil}; the other rows numbers, words or yes/no.
 */
public final class InputSheet {
    /** The rows, in the order shown. */
    public static final List<String> KEYS = List.of("width", "height", "layers", "thickness", "finish", "copper-oz",
            "material", "min-track", "min-gap", "min-hole", "holes", "impedance");

    private InputSheet() {
    }

    /**
     * One row: a key of {@link #KEYS}, the value as text ({@code ""} when unknown), its origin and note.
     */
    public record Row(String key, String value, Origin origin, String note) {
    }

    /** The rows of a board spec. */
    public static List<Row> rows(BoardSpec b) {
        List<Row> out = new ArrayList<>();
        for (String k : KEYS) {
            Input<?> in = get(b, k);
            out.add(new Row(k, in.known() ? text(in.value()) : "", in.origin(), in.note()));
        }
        return out;
    }

    /** The spec with row {@code key} entered as {@code text}; IllegalArgumentException naming the row when it does not parse. */
    public static BoardSpec edit(BoardSpec b, String key, String text) {
        String t = text == null ? "" : text.trim();
        try {
            return switch (key) {
                case "width" -> with(b, length(t), null, null, null, null, null, null, null, null, null, null, null);
                case "height" -> with(b, null, length(t), null, null, null, null, null, null, null, null, null, null);
                case "layers" -> with(b, null, null, count(t), null, null, null, null, null, null, null, null, null);
                case "thickness" -> with(b, null, null, null, length(t), null, null, null, null, null, null, null, null);
                case "finish" -> with(b, null, null, null, null, word(t), null, null, null, null, null, null, null);
                case "copper-oz" -> with(b, null, null, null, null, null, positive(Double.parseDouble(t)), null, null, null, null, null, null);
                case "material" -> with(b, null, null, null, null, null, null, word(t), null, null, null, null, null);
                case "min-track" -> with(b, null, null, null, null, null, null, null, length(t), null, null, null, null);
                case "min-gap" -> with(b, null, null, null, null, null, null, null, null, length(t), null, null, null);
                case "min-hole" -> with(b, null, null, null, null, null, null, null, null, null, length(t), null, null);
                case "holes" -> with(b, null, null, null, null, null, null, null, null, null, null, count(t), null);
                case "impedance" -> with(b, null, null, null, null, null, null, null, null, null, null, null, yesNo(t));
                default -> throw new IllegalArgumentException("no quote input " + key);
            };
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + ": not a number: '" + t + "'");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(key + ": " + e.getMessage());
        }
    }

    /** A length in mm from {@code 1.6}, {@code 1.6mm}, {@code 0.062in} or {@code 6mil}. */
    public static double length(String t) {
        double mm;
        try {
            mm = Length.parseMm(t);
        } catch (IllegalArgumentException e) {
            throw new NumberFormatException(e.getMessage()); // reported by edit() as "not a number"
        }
        return positive(mm);
    }

    private static double positive(double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException("must be a positive number");
        }
        return v;
    }

    private static int count(String t) {
        int n = Integer.parseInt(t);
        if (n < 0) {
            throw new IllegalArgumentException("must not be negative");
        }
        return n;
    }

    private static String word(String t) {
        if (t.isEmpty()) {
            throw new IllegalArgumentException("must not be empty");
        }
        return t;
    }

    private static boolean yesNo(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "y", "1" -> true;
            case "no", "false", "n", "0" -> false;
            default -> throw new IllegalArgumentException("yes or no, not '" + t + "'");
        };
    }

    private static BoardSpec with(BoardSpec b, Double w, Double h, Integer layers, Double thick, String finish, Double oz,
                                  String material, Double track, Double gap, Double hole, Integer holes, Boolean imp) {
        return new BoardSpec(b.widthMm().override(w), b.heightMm().override(h), b.layers().override(layers),
                b.thicknessMm().override(thick), b.finish().override(finish), b.copperOz().override(oz),
                b.material().override(material), b.minTrackMm().override(track), b.minGapMm().override(gap),
                b.minHoleMm().override(hole), b.holes().override(holes), b.impedance().override(imp), b.specials());
    }

    private static Input<?> get(BoardSpec b, String key) {
        return switch (key) {
            case "width" -> b.widthMm();
            case "height" -> b.heightMm();
            case "layers" -> b.layers();
            case "thickness" -> b.thicknessMm();
            case "finish" -> b.finish();
            case "copper-oz" -> b.copperOz();
            case "material" -> b.material();
            case "min-track" -> b.minTrackMm();
            case "min-gap" -> b.minGapMm();
            case "min-hole" -> b.minHoleMm();
            case "holes" -> b.holes();
            case "impedance" -> b.impedance();
            default -> throw new IllegalArgumentException("no quote input " + key);
        };
    }

    private static String text(Object v) {
        if (v instanceof Double d) {
            return java.math.BigDecimal.valueOf(Math.round(d * 10000) / 10000.0).stripTrailingZeros().toPlainString();
        }
        if (v instanceof Boolean x) {
            return x ? "yes" : "no";
        }
        return String.valueOf(v);
    }
}
