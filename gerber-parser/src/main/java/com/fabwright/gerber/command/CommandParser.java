package com.fabwright.gerber.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.command.GerberCommand.AttributeKind;
import com.fabwright.gerber.command.GerberCommand.ImageTransformKind;
import com.fabwright.gerber.lex.Word;
import com.fabwright.gerber.macro.MacroParser;
import com.fabwright.gerber.macro.MacroSyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Turns {@link Word}s into {@link GerberCommand}s (Gerber spec chapters 3-5 and the deprecated
 * commands of chapter 8). Keeps no modal state: a data word is parsed on its own, and macro
 * blocks are regrouped from their words. Anything not understood becomes {@link GerberCommand.Unknown}.
 */
public final class CommandParser {
    private final int maxExpressionDepth;

    public CommandParser(int maxExpressionDepth) {
        this.maxExpressionDepth = maxExpressionDepth;
    }

    /** Parses all words, sending commands to {@code out} in order. */
    public void parse(List<Word> words, Consumer<GerberCommand> out) {
        int n = words.size();
        for (int k = 0; k < n; k++) {
            Word w = words.get(k);
            if (w.extended()) {
                if (!w.blockStart() && !w.text().isBlank() && !startsKnownCommand(w.text())) {
                    strayText(w, out);
                    continue;
                }
                if (w.text().startsWith("AM")) {
                    List<String> body = new ArrayList<>();
                    int m = k + 1;
                    while (m < n && words.get(m).extended() && !words.get(m).blockStart()) {
                        body.add(words.get(m).text());
                        m++;
                    }
                    out.accept(macro(w, body));
                    k = m - 1;
                } else {
                    out.accept(extended(w));
                }
            } else {
                data(w, out);
            }
        }
    }

    /** Whether a word inside a {@code %...%} block (not its first) starts a command of its own. */
    private static boolean startsKnownCommand(String text) {
        if (text.length() < 2) {
            return false;
        }
        String code = text.substring(0, 2);
        return switch (code) {
            case "FS", "MO", "AD", "AM", "AB", "LP", "LM", "LR", "LS", "SR", "TF", "TA", "TO", "TD", "IP", "IR", "RO",
                 "AS", "MI", "OF", "IO", "SF", "KO", "IF", "IN", "LN", "IJ", "IC", "PF" -> true;
            default -> false;
        };
    }

    private static void strayText(Word w, Consumer<GerberCommand> out) {
        out.accept(new GerberCommand.Unknown(pos(w), w.text(), "stray text inside an extended command; ignored"));
    }

    private GerberCommand macro(Word w, List<String> body) {
        SourcePosition pos = pos(w);
        String name = w.text().substring(2).strip();
        try {
            return new GerberCommand.MacroDefinition(pos, MacroParser.parse(name, body, maxExpressionDepth));
        } catch (MacroSyntaxException e) {
            return new GerberCommand.Unknown(pos, w.text(), "aperture macro " + name + ": " + e.getMessage());
        }
    }

    private GerberCommand extended(Word w) {
        String t = w.text().strip();
        SourcePosition pos = pos(w);
        if (t.length() < 2) {
            return t.isEmpty() ? new GerberCommand.Ignored(pos, "", "") : new GerberCommand.Unknown(pos, t, "unknown extended command");
        }
        String code = t.substring(0, 2);
        String rest = t.substring(2);
        try {
            return switch (code) {
                case "FS" -> ExtendedCommands.formatSpec(pos, rest, t);
                case "MO" -> ExtendedCommands.units(pos, rest, t);
                case "AD" -> ExtendedCommands.apertureDefinition(pos, rest, t);
                case "AB" -> rest.isBlank() ? new GerberCommand.BlockAperture(pos, -1)
                        : new GerberCommand.BlockAperture(pos, ExtendedCommands.dcode(rest));
                case "LP" -> switch (rest) {
                    case "D" -> new GerberCommand.LoadPolarity(pos, false);
                    case "C" -> new GerberCommand.LoadPolarity(pos, true);
                    default -> new GerberCommand.Unknown(pos, t, "LP must be D or C");
                };
                case "LM" -> switch (rest) {
                    case "N" -> new GerberCommand.LoadMirroring(pos, false, false);
                    case "X" -> new GerberCommand.LoadMirroring(pos, true, false);
                    case "Y" -> new GerberCommand.LoadMirroring(pos, false, true);
                    case "XY" -> new GerberCommand.LoadMirroring(pos, true, true);
                    default -> new GerberCommand.Unknown(pos, t, "LM must be N, X, Y or XY");
                };
                case "LR" -> new GerberCommand.LoadRotation(pos, Double.parseDouble(rest));
                case "LS" -> new GerberCommand.LoadScaling(pos, Double.parseDouble(rest));
                case "SR" -> ExtendedCommands.stepRepeat(pos, rest);
                case "TF" -> attribute(pos, AttributeKind.FILE, rest);
                case "TA" -> attribute(pos, AttributeKind.APERTURE, rest);
                case "TO" -> attribute(pos, AttributeKind.OBJECT, rest);
                case "TD" -> new GerberCommand.DeleteAttribute(pos, rest.strip());
                case "IP" -> new GerberCommand.ImageTransform(pos, ImageTransformKind.IMAGE_POLARITY,
                        rest.startsWith("NEG") ? 1 : 0, 0, t);
                case "IR" -> new GerberCommand.ImageTransform(pos, ImageTransformKind.IMAGE_ROTATION,
                        Double.parseDouble(rest), 0, t);
                case "RO" -> new GerberCommand.ImageTransform(pos, ImageTransformKind.LAYER_ROTATION,
                        Double.parseDouble(rest), 0, t);
                case "AS" -> new GerberCommand.ImageTransform(pos, ImageTransformKind.AXIS_SELECT,
                        rest.startsWith("AYBX") ? 1 : 0, 0, t);
                case "MI" -> ExtendedCommands.ab(pos, ImageTransformKind.MIRROR_IMAGE, rest, t, 0);
                case "OF", "IO" -> ExtendedCommands.ab(pos, ImageTransformKind.OFFSET, rest, t, 0);
                case "SF" -> ExtendedCommands.ab(pos, ImageTransformKind.SCALE_FACTOR, rest, t, 1);
                case "KO" -> ExtendedCommands.knockout(pos, rest);
                case "IF" -> new GerberCommand.Include(pos, rest.strip());
                case "IN", "LN", "IJ", "IC", "PF" -> new GerberCommand.Ignored(pos, code, t);
                case "G0" -> {
                    if (t.startsWith("G04")) {
                        yield new GerberCommand.Comment(pos, t.substring(3));
                    }
                    yield new GerberCommand.Unknown(pos, t, "unknown extended command");
                }
                default -> new GerberCommand.Unknown(pos, t, "unknown extended command " + code);
            };
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return new GerberCommand.Unknown(pos, t, "malformed " + code + " command");
        }
    }

    private static GerberCommand attribute(SourcePosition pos, AttributeKind kind, String rest) {
        List<String> fields = splitFields(rest);
        String name = fields.isEmpty() ? "" : fields.get(0).strip();
        if (name.isEmpty()) {
            return new GerberCommand.Unknown(pos, rest, "attribute without a name");
        }
        return new GerberCommand.Attribute(pos, kind, name, fields.subList(1, fields.size()));
    }

    /** Splits attribute fields on commas; X2 escapes ({@code \\u002C}) are decoded. */
    private static List<String> splitFields(String s) {
        List<String> out = new ArrayList<>();
        for (String f : s.split(",", -1)) {
            out.add(f.contains("\\u") ? unescape(f) : f);
        }
        return out;
    }

    private static String unescape(String f) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < f.length(); i++) {
            if (f.startsWith("\\u", i) && i + 6 <= f.length()) {
                try {
                    sb.append((char) Integer.parseInt(f.substring(i + 2, i + 6), 16));
                    i += 5;
                    continue;
                } catch (NumberFormatException ignored) {
                    // not an escape: keep the text as written
                }
            }
            sb.append(f.charAt(i));
        }
        return sb.toString();
    }

    private void data(Word w, Consumer<GerberCommand> out) {
        DataWordParser.parse(w.text(), pos(w), out);
    }

    private static SourcePosition pos(Word w) {
        return new SourcePosition(w.line(), w.column());
    }
}
