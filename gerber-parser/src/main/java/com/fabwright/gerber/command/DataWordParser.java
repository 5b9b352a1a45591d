package com.fabwright.gerber.command;

import com.fabwright.diagnostics.SourcePosition;
import java.util.function.Consumer;

/**
 * Parses one data word (Gerber spec 4.2-4.8): a G code, a D code selecting an aperture, an
 * operation with coordinates, an M code, or a combination real files still write
 * ({@code G01X0Y0D01}, {@code G54D10}, {@code N5G01...}). Emits one command per part, in order.
 */
final class DataWordParser {
    private DataWordParser() {
    }

    static void parse(String text, SourcePosition pos, Consumer<GerberCommand> out) {
        String t = text.strip();
        int i = 0;
        int n = t.length();
        String x = null;
        String y = null;
        String iv = null;
        String jv = null;
        boolean coords = false;
        while (i < n) {
            char c = t.charAt(i);
            switch (c) {
                case 'G' -> {
                    int start = ++i;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        i++;
                    }
                    if (start == i) {
                        out.accept(new GerberCommand.Unknown(pos, t, "G without a number"));
                        return;
                    }
                    int g = Integer.parseInt(t.substring(start, i));
                    if (g == 4) {
                        out.accept(new GerberCommand.Comment(pos, t.substring(i)));
                        return;
                    }
                    GerberCommand gc = gCode(g, pos, t);
                    if (gc != null) {
                        out.accept(gc);
                    }
                }
                case 'X', 'Y', 'I', 'J' -> {
                    int start = ++i;
                    while (i < n && isNumberChar(t.charAt(i))) {
                        i++;
                    }
                    String v = t.substring(start, i);
                    if (v.isEmpty()) {
                        out.accept(new GerberCommand.Unknown(pos, t, c + " without a number"));
                        return;
                    }
                    switch (c) {
                        case 'X' -> x = v;
                        case 'Y' -> y = v;
                        case 'I' -> iv = v;
                        default -> jv = v;
                    }
                    coords = true;
                }
                case 'D' -> {
                    int start = ++i;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        i++;
                    }
                    if (start == i) {
                        out.accept(new GerberCommand.Unknown(pos, t, "D without a number"));
                        return;
                    }
                    int d = Integer.parseInt(t.substring(start, i));
                    if (d >= 10) {
                        if (coords) { // some old writers: X..Y..D10 means select and move
                            out.accept(new GerberCommand.Operation(pos, x, y, iv, jv, 0, t));
                            coords = false;
                            x = y = iv = jv = null;
                        }
                        out.accept(new GerberCommand.SelectAperture(pos, d));
                    } else if (d >= 1 && d <= 3) {
                        out.accept(new GerberCommand.Operation(pos, x, y, iv, jv, d, t));
                        coords = false;
                        x = y = iv = jv = null;
                    } else {
                        out.accept(new GerberCommand.Unknown(pos, t, "D" + d + " is not an operation or aperture number"));
                        return;
                    }
                }
                case 'M' -> {
                    int start = ++i;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        i++;
                    }
                    int m = start == i ? -1 : Integer.parseInt(t.substring(start, i));
                    if (m == 0 || m == 1 || m == 2) {
                        out.accept(new GerberCommand.EndOfFile(pos, m));
                    } else {
                        out.accept(new GerberCommand.Unknown(pos, t, "unknown M code"));
                        return;
                    }
                }
                case 'N' -> { // deprecated sequence number
                    i++;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        i++;
                    }
                }
                case ' ' -> i++;
                default -> {
                    out.accept(new GerberCommand.Unknown(pos, t, "unexpected '" + c + "' in data word"));
                    return;
                }
            }
        }
        if (coords) {
            out.accept(new GerberCommand.Operation(pos, x, y, iv, jv, 0, t));
        }
    }

    private static boolean isNumberChar(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.';
    }

    private static GerberCommand gCode(int g, SourcePosition pos, String t) {
        return switch (g) {
            case 1, 2, 3 -> new GerberCommand.Interpolation(pos, g);
            case 10, 11, 12 -> new GerberCommand.Interpolation(pos, 1); // deprecated scaled linear
            case 36 -> new GerberCommand.RegionMode(pos, true);
            case 37 -> new GerberCommand.RegionMode(pos, false);
            case 74 -> new GerberCommand.QuadrantMode(pos, false);
            case 75 -> new GerberCommand.QuadrantMode(pos, true);
            case 70 -> new GerberCommand.Units(pos, true);
            case 71 -> new GerberCommand.Units(pos, false);
            case 90 -> new GerberCommand.CoordinateNotation(pos, false);
            case 91 -> new GerberCommand.CoordinateNotation(pos, true);
            case 54, 55 -> null; // deprecated prefixes of aperture select / flash
            default -> new GerberCommand.Unknown(pos, t, "unknown G code G" + g);
        };
    }
}
