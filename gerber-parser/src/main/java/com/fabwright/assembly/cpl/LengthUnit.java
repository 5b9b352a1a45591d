package com.fabwright.assembly.cpl;

import java.util.Locale;

/** A length unit of a placement file, with its size in millimetres. */
public enum LengthUnit {
    MM(1.0), MIL(0.0254), INCH(25.4);

    private final double mm;

    LengthUnit(double mm) {
        this.mm = mm;
    }

    /** Millimetres in one unit. */
    public double mm() {
        return mm;
    }

    /** The lower-case name ({@code mil}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The unit a suffix or header hint names ({@code mm}, {@code mil}, {@code mils}, {@code in}, {@code "}), or {@code null}. */
    public static LengthUnit ofSuffix(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "mm", "millimeter", "millimeters", "millimetre", "millimetres", "metric" -> MM;
            case "mil", "mils", "thou" -> MIL;
            case "in", "inch", "inches", "\"" -> INCH;
            default -> null;
        };
    }
}
