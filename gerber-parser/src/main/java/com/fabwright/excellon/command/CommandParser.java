package com.fabwright.excellon.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.ZeroSuppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns Excellon lines into {@link ExcellonCommand}s. A line is a comment ({@code ;...} or
 * {@code (...)}), a header keyword ({@code INCH,LZ}, {@code METRIC,TZ,000.000}, {@code FMAT,2},
 * {@code ICI,ON}, ...) or a block of letter-value words ({@code T1C0.8F200S3},
 * {@code X1.5Y-2G85X2Y-2}, {@code G02X..Y..A..}, {@code R5X100}, {@code X..Y..M30}). Blanks inside
 * blocks are allowed (gerbv's {@code test-drill-spaces}). The parser keeps no state.
 */
public final class CommandParser {
    /** Header or machine keywords with no effect on the board's geometry. */
    private static final Set<String> IGNORED_KEYWORDS = Set.of("VER", "DETECT", "ATC", "BLKD", "SBK", "TCST", "AFS",
            "CCW", "CP", "DN", "DTMDIST", "EXDA", "FSB", "HPCK", "NCSL", "OM48", "OSTOP", "OTCLMP", "PCKPARAM", "PF",
            "PPR", "PVS", "RC", "SG", "UP", "RSB", "OFF", "ON", "LZ", "TZ");

    /** Parses all lines, in order, into {@code out}. */
    public void parse(List<ExcellonLine> lines, Consumer<ExcellonCommand> out) {
        for (ExcellonLine l : lines) {
            parseLine(l, out);
        }
    }

    void parseLine(ExcellonLine l, Consumer<ExcellonCommand> out) {
        SourcePosition pos = new SourcePosition(l.line(), l.column());
        String text = l.text();
        char c0 = text.charAt(0);
        if (c0 == ';') {
            out.accept(CommentParser.parse(pos, text.substring(1)));
            return;
        }
        if (c0 == '(') {
            out.accept(new ExcellonCommand.Comment(pos, text));
            return;
        }
        String t = stripBlanks(text).toUpperCase(Locale.ROOT);
        int semi = t.indexOf(';');
        if (semi > 0) { // trailing comment after a block
            t = t.substring(0, semi);
        }
        if (t.equals("%") || t.equals("M95")) {
            out.accept(new ExcellonCommand.HeaderEnd(pos));
            return;
        }
        if (t.startsWith("INCH") || t.startsWith("METRIC")) {
            out.accept(units(pos, t, t.startsWith("INCH"), t.startsWith("INCH") ? 4 : 6, text));
            return;
        }
        if ((t.startsWith("M71") || t.startsWith("M72")) && (t.length() == 3 || t.charAt(3) == ',')) {
            out.accept(units(pos, t, t.startsWith("M72"), 3, text));
            return;
        }
        if (t.startsWith("FMAT")) {
            int v = t.endsWith("1") ? 1 : 2;
            out.accept(new ExcellonCommand.FormatVersion(pos, v));
            return;
        }
        if (t.startsWith("ICI")) {
            out.accept(new ExcellonCommand.CoordinateMode(pos, t.endsWith("ON") || t.equals("ICI")));
            return;
        }
        if (t.startsWith("M47") || t.startsWith("M45")) { // operator message / long operator message
            out.accept(new ExcellonCommand.Ignored(pos, text));
            return;
        }
        if (t.startsWith("M97") || t.startsWith("M98")) {
            out.accept(new ExcellonCommand.Unknown(pos, text, "canned text (M97/M98) is not supported; not drilled", false));
            return;
        }
        if (t.equals("/") || t.startsWith("R,") || isIgnoredKeyword(t)) {
            out.accept(new ExcellonCommand.Ignored(pos, text));
            return;
        }
        blocks(pos, t, text, out);
    }

    private static boolean isIgnoredKeyword(String t) {
        int i = 0;
        while (i < t.length() && Character.isLetter(t.charAt(i))) {
            i++;
        }
        return i >= 2 && IGNORED_KEYWORDS.contains(t.substring(0, i)) && (i == t.length() || t.charAt(i) == ',');
    }

    /** {@code INCH,LZ,00.0000}, {@code METRIC,0000.00}, {@code M71,TZ}. */
    private static ExcellonCommand units(SourcePosition pos, String t, boolean inch, int keywordLength, String text) {
        ZeroSuppression zeros = null;
        int integer = -1;
        int decimal = -1;
        String[] parts = t.split(",");
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.equals("LZ")) {
                zeros = ZeroSuppression.TRAILING_SUPPRESSED; // leading zeros kept
            } else if (p.equals("TZ")) {
                zeros = ZeroSuppression.LEADING_SUPPRESSED; // trailing zeros kept
            } else if (p.matches("0*\\.0*") && p.length() > 1) {
                int dot = p.indexOf('.');
                integer = dot;
                decimal = p.length() - dot - 1;
            } else if (!p.isEmpty()) {
                return new ExcellonCommand.Unknown(pos, text, "unknown units parameter '" + p + "'", false);
            }
        }
        if (parts.length > 0 && parts[0].length() != keywordLength) {
            return new ExcellonCommand.Unknown(pos, text, "unknown units command", false);
        }
        return new ExcellonCommand.Units(pos, inch, zeros, integer, decimal);
    }

    private record Word(char letter, String value) {
    }

    private static void blocks(SourcePosition pos, String t, String excerpt, Consumer<ExcellonCommand> out) {
        List<Word> words = new ArrayList<>(4);
        int i = 0;
        int n = t.length();
        while (i < n) {
            char letter = t.charAt(i);
            if (letter < 'A' || letter > 'Z') {
                out.accept(new ExcellonCommand.Unknown(pos, excerpt, "unexpected character '" + letter + "'", false));
                return;
            }
            int j = i + 1;
            while (j < n && isValueChar(t.charAt(j))) {
                j++;
            }
            words.add(new Word(letter, t.substring(i + 1, j)));
            i = j;
        }
        if (words.isEmpty()) {
            return;
        }
        Word first = words.get(0);
        switch (first.letter) {
            case 'T' -> tool(pos, words, excerpt, out);
            case 'R' -> repeat(pos, words, excerpt, out);
            case 'F', 'S' -> out.accept(new ExcellonCommand.Ignored(pos, excerpt)); // feed, spindle speed
            default -> generic(pos, words, excerpt, out);
        }
    }

    private static boolean isValueChar(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == '-' || c == '+';
    }

    private static void tool(SourcePosition pos, List<Word> words, String excerpt, Consumer<ExcellonCommand> out) {
        Integer number = integer(words.get(0).value);
        if (number == null) {
            out.accept(new ExcellonCommand.Unknown(pos, excerpt, "tool number is not a number", true));
            return;
        }
        Double diameter = null;
        for (int k = 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (w.letter == 'C') {
                try {
                    diameter = Double.parseDouble(w.value);
                } catch (NumberFormatException e) {
                    out.accept(new ExcellonCommand.Unknown(pos, excerpt, "tool diameter '" + w.value + "' is not a number", true));
                    return;
                }
            }
            // F feed, S speed, B retract, H hit count, Z depth, D, I, N: machine settings, dropped
        }
        if (diameter != null) {
            out.accept(new ExcellonCommand.ToolDefinition(pos, number, diameter, excerpt));
        } else {
            out.accept(new ExcellonCommand.ToolSelect(pos, number));
        }
    }

    private static void repeat(SourcePosition pos, List<Word> words, String excerpt, Consumer<ExcellonCommand> out) {
        Integer count = integer(words.get(0).value);
        if (count == null || count < 0) {
            out.accept(new ExcellonCommand.Unknown(pos, excerpt, "repeat count is not a number", true));
            return;
        }
        String x = null;
        String y = null;
        for (int k = 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (w.letter == 'X') {
                x = w.value;
            } else if (w.letter == 'Y') {
                y = w.value;
            }
        }
        out.accept(new ExcellonCommand.Repeat(pos, count, x, y, excerpt));
    }

    /** G, M and coordinate words in any mix: modal G codes first, then the motion or hit, then M codes. */
    private static void generic(SourcePosition pos, List<Word> words, String excerpt, Consumer<ExcellonCommand> out) {
        int g85 = -1;
        for (int k = 0; k < words.size(); k++) {
            if (words.get(k).letter == 'G' && "85".equals(words.get(k).value)) {
                g85 = k;
            }
        }
        if (g85 >= 0) {
            String[] a = xy(words.subList(0, g85));
            String[] b = xy(words.subList(g85 + 1, words.size()));
            out.accept(new ExcellonCommand.G85Slot(pos, a[0], a[1], b[0], b[1], excerpt));
            return;
        }
        int motion = -1;
        boolean zeroSet = false;
        String x = null;
        String y = null;
        String i = null;
        String j = null;
        String a = null;
        List<ExcellonCommand> after = new ArrayList<>(1);
        for (Word w : words) {
            switch (w.letter) {
                case 'X' -> x = w.value;
                case 'Y' -> y = w.value;
                case 'I' -> i = w.value;
                case 'J' -> j = w.value;
                case 'A' -> a = w.value;
                case 'G' -> {
                    Integer g = integer(w.value);
                    if (g == null) {
                        out.accept(new ExcellonCommand.Unknown(pos, excerpt, "G code is not a number", true));
                        return;
                    }
                    switch (g) {
                        case 0, 1, 2, 3 -> motion = g;
                        case 5, 81 -> out.accept(new ExcellonCommand.DrillMode(pos));
                        case 90 -> out.accept(new ExcellonCommand.CoordinateMode(pos, false));
                        case 91 -> out.accept(new ExcellonCommand.CoordinateMode(pos, true));
                        case 93 -> zeroSet = true;
                        case 70 -> out.accept(new ExcellonCommand.Units(pos, true, null, -1, -1));
                        case 71 -> out.accept(new ExcellonCommand.Units(pos, false, null, -1, -1));
                        case 4, 40, 41, 42, 7, 45, 46, 47 -> out.accept(new ExcellonCommand.Ignored(pos, "G" + w.value));
                        default -> out.accept(new ExcellonCommand.Unknown(pos, excerpt, "G" + w.value + " is not supported", false));
                    }
                }
                case 'M' -> {
                    Integer m = integer(w.value);
                    if (m == null) {
                        out.accept(new ExcellonCommand.Unknown(pos, excerpt, "M code is not a number", true));
                        return;
                    }
                    after.add(mcode(pos, m, excerpt));
                }
                case 'F', 'S', 'Z', 'B', 'H', 'D', 'N' -> {
                    // feed, speed, depth, retract, hit count, sequence number: machine settings
                }
                default -> {
                    out.accept(new ExcellonCommand.Unknown(pos, excerpt, "unknown word '" + w.letter + w.value + "'", false));
                    return;
                }
            }
        }
        if (zeroSet) {
            out.accept(new ExcellonCommand.ZeroSet(pos, x, y));
        } else if (motion >= 0) {
            out.accept(new ExcellonCommand.Motion(pos, motion, x, y, i, j, a, excerpt));
        } else if (x != null || y != null) {
            out.accept(new ExcellonCommand.Coordinate(pos, x, y, excerpt));
        }
        after.forEach(out);
    }

    private static ExcellonCommand mcode(SourcePosition pos, int m, String excerpt) {
        return switch (m) {
            case 48 -> new ExcellonCommand.HeaderStart(pos);
            case 95 -> new ExcellonCommand.HeaderEnd(pos);
            case 30, 0, 2 -> new ExcellonCommand.End(pos, m);
            case 15 -> new ExcellonCommand.ToolDown(pos);
            case 16, 17 -> new ExcellonCommand.ToolUp(pos, m);
            case 71 -> new ExcellonCommand.Units(pos, false, null, -1, -1);
            case 72 -> new ExcellonCommand.Units(pos, true, null, -1, -1);
            case 6, 9, 14, 1 -> new ExcellonCommand.Ignored(pos, "M" + m);
            default -> new ExcellonCommand.Unknown(pos, excerpt, "M" + m + " is not supported", false);
        };
    }

    private static String[] xy(List<Word> words) {
        String[] r = new String[2];
        for (Word w : words) {
            if (w.letter == 'X') {
                r[0] = w.value;
            } else if (w.letter == 'Y') {
                r[1] = w.value;
            }
        }
        return r;
    }

    private static Integer integer(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return null;
        }
        for (int k = 0; k < s.length(); k++) {
            if (s.charAt(k) < '0' || s.charAt(k) > '9') {
                return null;
            }
        }
        return Integer.parseInt(s);
    }

    private static String stripBlanks(String s) {
        if (s.indexOf(' ') < 0 && s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c != ' ' && c != '\t') {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
