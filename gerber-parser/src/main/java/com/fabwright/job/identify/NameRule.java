package com.fabwright.job.identify;

import com.fabwright.job.FileKind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One file-name convention of a CAD tool: a regular expression over the lower-case file name, the
 * layer it means, how a number in the name is read, and which file content it applies to (so that
 * Eagle's Excellon {@code .drd} and OrCAD's Gerber outline {@code .drd} are told apart by content).
 */
record NameRule(Pattern pattern, LayerTemplate template, Numbering numbering, Applies applies) {

    /** How the first capture group of the pattern is read. */
    enum Numbering {
        /** No number. */
        NONE,
        /** The number is the copper layer (L1 = top): Eagle {@code .ly2}, Allegro {@code l2_gnd}. */
        COPPER_INDEX,
        /** The number counts inner layers from the top: KiCad {@code In1.Cu}, Altium {@code .G1}. */
        INNER_INDEX,
        /** Inner copper whose place in the stack the name does not give (gEDA groups, Altium planes). */
        ORDER_UNKNOWN,
        /** The number is a mechanical layer number (Altium {@code .GM3}). */
        MECHANICAL_INDEX
    }

    /** Which sniffed content a rule accepts. */
    enum Applies {
        ANY, GERBER, EXCELLON;

        boolean accepts(FileKind kind) {
            return this == ANY || kind == null
                    || this == GERBER && kind == FileKind.GERBER
                    || this == EXCELLON && kind == FileKind.EXCELLON;
        }
    }

    /** The match of this rule on a lower-case name, or {@code null}. */
    NameMatch match(String lowerName, FileKind kind) {
        if (!applies.accepts(kind)) {
            return null;
        }
        Matcher m = pattern.matcher(lowerName);
        if (!m.find()) {
            return null;
        }
        Integer number = null;
        for (int g = 1; numbering != Numbering.NONE && g <= m.groupCount() && number == null; g++) {
            if (m.group(g) != null) {
                try {
                    number = Integer.parseInt(m.group(g));
                } catch (NumberFormatException e) {
                    number = null;
                }
            }
        }
        String prefix = lowerName.substring(0, m.start()).replaceAll("[-_. ]+$", "");
        return new NameMatch(this, number, prefix);
    }

    /**
     * A rule that matched, with the number it read and the part of the name before the match
     * (the board name, which separates boards when one folder holds several).
     */
    record NameMatch(NameRule rule, Integer number, String prefix) {
        LayerTemplate template() {
            return rule.template;
        }

        /** Copper index implied by the name, or {@code null} when the name does not give it. */
        Integer copperIndex() {
            if (rule.template == LayerTemplate.TOP_COPPER) {
                return 1;
            }
            if (rule.template == LayerTemplate.BOTTOM_COPPER) {
                return rule.numbering == Numbering.COPPER_INDEX ? number : null;
            }
            if (rule.template != LayerTemplate.INNER_COPPER || number == null) {
                return null;
            }
            return switch (rule.numbering) {
                case COPPER_INDEX -> number;
                case INNER_INDEX -> number + 1;
                default -> null;
            };
        }

        /** The id this match gives, for comparing answers of different families. */
        String key() {
            if (rule.template == LayerTemplate.INNER_COPPER) {
                Integer ci = copperIndex();
                return ci == null ? "inner?-copper" : "inner" + (ci - 1) + "-copper";
            }
            return rule.template.key(number);
        }
    }
}
