package com.fabwright.excellon.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.Plating;
import com.fabwright.excellon.ZeroSuppression;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Understands the comments CAD tools use to say what the Excellon header cannot: coordinate format
 * (Altium/EasyEDA {@code FILE_FORMAT}, KiCad {@code FORMAT=}, Mentor {@code Format :}), plating
 * (Altium/EasyEDA {@code TYPE=}), tool sizes (Allegro/OrCAD {@code Holesize}) and KiCad's X2-style
 * attributes ({@code #@! TF...}, {@code #@! TA...}). Anything else stays a plain comment.
 */
final class CommentParser {
    private static final Pattern FILE_FORMAT = Pattern.compile("FILE_FORMAT\\s*=\\s*(\\d)\\s*:\\s*(\\d)\\s*");
    private static final Pattern KICAD_FORMAT = Pattern.compile("FORMAT\\s*=\\s*\\{(.*)}\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MENTOR_FORMAT = Pattern.compile(
            "Format\\s*:\\s*(\\d)\\.(\\d)\\s*/\\s*\\w+\\s*/\\s*(MM|INCH|IN|METRIC|ENGLISH)\\s*/\\s*(\\w+).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DIGITS = Pattern.compile("\\s*(\\d)\\s*[:.]\\s*(\\d)\\s*");
    private static final Pattern TYPE = Pattern.compile("TYPE\\s*=\\s*(PLATED|NON_PLATED|NONPLATED|MIXED)\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOLESIZE = Pattern.compile(
            "T(\\d+)\\s+Holesize\\s+[\\d.]+\\s*=\\s*([\\d.]+)\\s+Tolerance\\s*=.*?\\b(PLATED|NON_PLATED|OPTIONAL)\\s+(MILS|MIL|MM|INCH|INCHES|IN)\\b.*",
            Pattern.CASE_INSENSITIVE);

    private CommentParser() {
    }

    /** Parses the text after the {@code ;}; a comment whose numbers do not parse stays a plain comment. */
    static ExcellonCommand parse(SourcePosition pos, String body) {
        try {
            return parseChecked(pos, body.trim());
        } catch (NumberFormatException e) {
            return new ExcellonCommand.Comment(pos, body.trim());
        }
    }

    private static ExcellonCommand parseChecked(SourcePosition pos, String t) {
        if (t.startsWith("#@!")) {
            ExcellonCommand attr = attribute(pos, t.substring(3).trim());
            if (attr != null) {
                return attr;
            }
        }
        Matcher m = FILE_FORMAT.matcher(t);
        if (m.matches()) {
            return new ExcellonCommand.FormatComment(pos, null, null, digit(m.group(1)), digit(m.group(2)), t);
        }
        m = KICAD_FORMAT.matcher(t);
        if (m.matches()) {
            return kicadFormat(pos, m.group(1), t);
        }
        m = MENTOR_FORMAT.matcher(t);
        if (m.matches()) {
            String unit = m.group(3).toUpperCase(Locale.ROOT);
            boolean inch = unit.startsWith("IN") || unit.equals("ENGLISH");
            return new ExcellonCommand.FormatComment(pos, inch, zeros(m.group(4)), digit(m.group(1)), digit(m.group(2)), t);
        }
        m = TYPE.matcher(t);
        if (m.matches()) {
            String v = m.group(1).toUpperCase(Locale.ROOT);
            Plating p = v.equals("PLATED") ? Plating.PLATED : v.equals("MIXED") ? Plating.MIXED : Plating.NON_PLATED;
            return new ExcellonCommand.PlatingComment(pos, p);
        }
        m = HOLESIZE.matcher(t);
        if (m.matches()) {
            double size = Double.parseDouble(m.group(2));
            String unit = m.group(4).toUpperCase(Locale.ROOT);
            double mm = unit.startsWith("MIL") ? size * 0.0254 : unit.equals("MM") ? size : size * 25.4;
            String pl = m.group(3).toUpperCase(Locale.ROOT);
            Plating plating = pl.equals("PLATED") ? Plating.PLATED : pl.equals("NON_PLATED") ? Plating.NON_PLATED : Plating.UNKNOWN;
            return new ExcellonCommand.ToolComment(pos, Integer.parseInt(m.group(1)), mm, plating);
        }
        return new ExcellonCommand.Comment(pos, t);
    }

    private static ExcellonCommand attribute(SourcePosition pos, String t) {
        if (t.length() < 4 || t.charAt(0) != 'T' || t.charAt(2) != '.') {
            return null;
        }
        String kind = t.substring(0, 2);
        if (!kind.equals("TF") && !kind.equals("TA") && !kind.equals("TO")) {
            return null;
        }
        String rest = t.substring(2);
        if (rest.endsWith("*")) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> parts = new ArrayList<>(Arrays.asList(rest.split(",", -1)));
        String name = parts.remove(0).trim();
        List<String> values = parts.stream().map(String::trim).toList();
        return new ExcellonCommand.AttributeComment(pos, kind, name, values);
    }

    /** {@code {2:4/ absolute / inch / suppress leading zeros}}, {@code {-:-/ absolute / metric / decimal}}. */
    private static ExcellonCommand kicadFormat(SourcePosition pos, String inside, String text) {
        String[] parts = inside.split("/");
        int integer = -1;
        int decimal = -1;
        Boolean inch = null;
        ZeroSuppression zeros = null;
        for (String raw : parts) {
            String p = raw.trim().toLowerCase(Locale.ROOT);
            Matcher d = DIGITS.matcher(p);
            if (d.matches()) {
                integer = digit(d.group(1));
                decimal = digit(d.group(2));
            } else if (p.equals("inch") || p.equals("in") || p.equals("english")) {
                inch = true;
            } else if (p.equals("metric") || p.equals("mm")) {
                inch = false;
            } else {
                ZeroSuppression z = zeros(p);
                if (z != null) {
                    zeros = z;
                }
            }
        }
        return new ExcellonCommand.FormatComment(pos, inch, zeros, integer, decimal, text);
    }

    /**
     * Zero wording of format comments: "decimal"; "suppress leading zeros" or Mentor's/gerbv's bare
     * "leading" (leading zeros omitted); "suppress trailing zeros" or "trailing"; "keep zeros" (full
     * width: read from the left, the values are the same either way).
     */
    private static ZeroSuppression zeros(String text) {
        String p = text.toLowerCase(Locale.ROOT);
        if (p.contains("decimal")) {
            return ZeroSuppression.NONE_DECIMAL;
        }
        if (p.contains("keep")) {
            return ZeroSuppression.TRAILING_SUPPRESSED;
        }
        if (p.contains("leading")) {
            return ZeroSuppression.LEADING_SUPPRESSED;
        }
        if (p.contains("trailing")) {
            return ZeroSuppression.TRAILING_SUPPRESSED;
        }
        return null;
    }

    private static int digit(String s) {
        return Integer.parseInt(s);
    }
}
