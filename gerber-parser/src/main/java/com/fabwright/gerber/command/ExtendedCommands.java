package com.fabwright.gerber.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.command.GerberCommand.ImageTransformKind;
import java.util.ArrayList;
import java.util.List;

/** Parsers for the parameter syntax of individual extended commands (Gerber spec 4.1-4.11, 8.1). */
final class ExtendedCommands {
    private ExtendedCommands() {
    }

    /**
     * {@code FSLAX26Y26}: zero omission (L leading, T trailing, D none - treated as L), notation
     * (A absolute, I incremental) and digits. Old files may insert N/G/D/M digit counts; they are
     * skipped.
     */
    static GerberCommand formatSpec(SourcePosition pos, String rest, String raw) {
        boolean trailing = false;
        boolean incremental = false;
        int xi = -1;
        int xd = -1;
        int yi = -1;
        int yd = -1;
        int i = 0;
        while (i < rest.length()) {
            char c = rest.charAt(i);
            switch (c) {
                case 'L', 'D' -> i++;
                case 'T' -> {
                    trailing = true;
                    i++;
                }
                case 'A' -> i++;
                case 'I' -> {
                    incremental = true;
                    i++;
                }
                case 'N', 'G', 'M' -> {
                    i++;
                    while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
                        i++;
                    }
                }
                case 'X', 'Y' -> {
                    if (i + 2 >= rest.length() + 0 && i + 2 > rest.length()) {
                        return new GerberCommand.Unknown(pos, raw, "FS: digits missing after " + c);
                    }
                    int a = rest.charAt(i + 1) - '0';
                    int b = rest.charAt(i + 2) - '0';
                    if (a < 0 || a > 9 || b < 0 || b > 9) {
                        return new GerberCommand.Unknown(pos, raw, "FS: digits after " + c + " are not numbers");
                    }
                    if (c == 'X') {
                        xi = a;
                        xd = b;
                    } else {
                        yi = a;
                        yd = b;
                    }
                    i += 3;
                }
                default -> i++;
            }
        }
        if (xi < 0 && yi < 0) {
            return new GerberCommand.Unknown(pos, raw, "FS without X or Y digits");
        }
        if (xi < 0) {
            xi = yi;
            xd = yd;
        }
        if (yi < 0) {
            yi = xi;
            yd = xd;
        }
        return new GerberCommand.FormatSpec(pos, trailing, incremental, xi, xd, yi, yd);
    }

    static GerberCommand units(SourcePosition pos, String rest, String raw) {
        return switch (rest.strip()) {
            case "IN" -> new GerberCommand.Units(pos, true);
            case "MM" -> new GerberCommand.Units(pos, false);
            default -> new GerberCommand.Unknown(pos, raw, "MO must be MM or IN");
        };
    }

    /** {@code ADD10C,0.5X0.2}: D code, template name, parameters split on X. */
    static GerberCommand apertureDefinition(SourcePosition pos, String rest, String raw) {
        if (rest.isEmpty() || rest.charAt(0) != 'D') {
            return new GerberCommand.Unknown(pos, raw, "AD without a D code");
        }
        int i = 1;
        while (i < rest.length() && Character.isDigit(rest.charAt(i))) {
            i++;
        }
        if (i == 1) {
            return new GerberCommand.Unknown(pos, raw, "AD without a D code number");
        }
        int dcode = Integer.parseInt(rest.substring(1, i));
        String def = rest.substring(i);
        int comma = def.indexOf(',');
        String template = (comma < 0 ? def : def.substring(0, comma)).strip();
        List<Double> params = new ArrayList<>();
        if (comma >= 0) {
            for (String p : def.substring(comma + 1).split("[Xx]", -1)) {
                if (!p.isBlank()) {
                    params.add(Double.parseDouble(p.strip()));
                }
            }
        }
        if (template.isEmpty()) {
            return new GerberCommand.Unknown(pos, raw, "AD D" + dcode + " without an aperture template");
        }
        return new GerberCommand.ApertureDefinition(pos, dcode, template, params, raw);
    }

    static int dcode(String s) {
        String t = s.strip();
        if (!t.startsWith("D")) {
            throw new NumberFormatException(t);
        }
        return Integer.parseInt(t.substring(1));
    }

    /** {@code SRX3Y2I5.0J4.0}; {@code SR} alone closes. */
    static GerberCommand stepRepeat(SourcePosition pos, String rest) {
        int x = 1;
        int y = 1;
        double i = 0;
        double j = 0;
        for (String[] kv : letterValues(rest)) {
            switch (kv[0]) {
                case "X" -> x = (int) Double.parseDouble(kv[1]);
                case "Y" -> y = (int) Double.parseDouble(kv[1]);
                case "I" -> i = Double.parseDouble(kv[1]);
                case "J" -> j = Double.parseDouble(kv[1]);
                default -> throw new NumberFormatException("SR " + kv[0]);
            }
        }
        return new GerberCommand.StepRepeat(pos, x, y, i, j);
    }

    /** Deprecated {@code MIA1B0}, {@code OFA1.0B-2.0}, {@code SFA1B1}: A and B values. */
    static GerberCommand ab(SourcePosition pos, ImageTransformKind kind, String rest, String raw, double dflt) {
        double a = dflt;
        double b = dflt;
        for (String[] kv : letterValues(rest)) {
            switch (kv[0]) {
                case "A" -> a = Double.parseDouble(kv[1]);
                case "B" -> b = Double.parseDouble(kv[1]);
                default -> throw new NumberFormatException(kv[0]);
            }
        }
        return new GerberCommand.ImageTransform(pos, kind, a, b, raw);
    }

    /** Deprecated {@code KOC X..Y..I..J..} or {@code KOC K..} knockout; {@code KO} alone turns it off. */
    static GerberCommand knockout(SourcePosition pos, String rest) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return new GerberCommand.Knockout(pos, true, 0, 0, 0, 0, -1, true);
        }
        boolean clear = r.charAt(0) != 'D';
        double x = 0;
        double y = 0;
        double w = 0;
        double h = 0;
        double k = -1;
        for (String[] kv : letterValues(r.substring(1))) {
            switch (kv[0]) {
                case "X" -> x = Double.parseDouble(kv[1]);
                case "Y" -> y = Double.parseDouble(kv[1]);
                case "I" -> w = Double.parseDouble(kv[1]);
                case "J" -> h = Double.parseDouble(kv[1]);
                case "K" -> k = Math.abs(Double.parseDouble(kv[1]));
                default -> throw new NumberFormatException(kv[0]);
            }
        }
        return new GerberCommand.Knockout(pos, clear, x, y, w, h, k, false);
    }

    /** Splits {@code X3Y2I5.0J-4} into letter/value pairs. */
    static List<String[]> letterValues(String s) {
        List<String[]> out = new ArrayList<>();
        int i = 0;
        String t = s.strip();
        while (i < t.length()) {
            char letter = t.charAt(i++);
            int start = i;
            while (i < t.length() && (Character.isDigit(t.charAt(i)) || t.charAt(i) == '.'
                    || t.charAt(i) == '-' || t.charAt(i) == '+')) {
                i++;
            }
            out.add(new String[] {String.valueOf(letter), t.substring(start, i)});
        }
        return out;
    }
}
