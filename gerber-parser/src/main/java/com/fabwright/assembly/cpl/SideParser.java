package com.fabwright.assembly.cpl;

import com.fabwright.assembly.Side;
import java.util.Locale;

/** The side words of placement files: {@code T}/{@code B}, {@code top}/{@code bottom}, {@code F.Cu}, {@code TopLayer}, Allegro mirror flags. */
final class SideParser {
    private SideParser() {
    }

    /** The side a side cell names, or {@code null}. */
    static Side side(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return switch (s) {
            case "t", "top", "front", "f", "fcu", "toplayer", "topside", "component", "components", "comp", "primary",
                 "1", "l1", "upper", "cmp", "tp" -> Side.TOP;
            case "b", "bottom", "bot", "back", "bcu", "bottomlayer", "bottomside", "solder", "secondary", "2", "bt",
                 "lower", "sol", "bo" -> Side.BOTTOM;
            default -> null;
        };
    }

    /** Allegro {@code SYM_MIRROR}: bottom when yes, top when no, else {@code null}. */
    static Side mirror(String cell) {
        String s = cell.strip().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "yes", "y", "true", "1", "m", "mirrored", "mirror" -> Side.BOTTOM;
            case "no", "n", "false", "0", "", "-" -> Side.TOP;
            default -> null;
        };
    }

    /** A side a file name suggests ({@code ...-bottom-pos.csv}), or {@code null}. */
    static Side fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*(^|[^a-z])(bottom|bot|back)([^a-z]|$).*")) {
            return Side.BOTTOM;
        }
        if (n.matches(".*(^|[^a-z])(top|front)([^a-z]|$).*")) {
            return Side.TOP;
        }
        return null;
    }
}
