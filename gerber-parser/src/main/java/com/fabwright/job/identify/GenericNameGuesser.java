package com.fabwright.job.identify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a layer from the words of a name when no tool convention matches: the user-chosen film
 * names of Allegro ({@code l2_gnd.art}, {@code mask_prm.art}), PADS CAM names ({@code SMT.pho},
 * {@code Layer2.pho}), and names written inside files. Words are split at punctuation, case
 * changes and digits; side words ({@code top}, {@code primary}, {@code bottom}, {@code sec}...),
 * function words ({@code mask}, {@code silk}, {@code paste}, {@code outline}...) and the usual
 * three-letter film codes ({@code smt}, {@code ssb}, {@code spt}...) are recognised.
 */
final class GenericNameGuesser {
    private GenericNameGuesser() {
    }

    /** A guess: the layer, the copper index when the name gives one, and why. */
    record Guess(LayerTemplate template, Integer copperIndex, boolean orderUnknown, String why) {
    }

    private static final Set<String> TOP = Set.of("top", "front", "primary", "prm", "pri", "comp", "component",
            "cmp", "upper", "t", "a");
    private static final Set<String> BOTTOM = Set.of("bottom", "bot", "back", "secondary", "sec", "lower", "b");
    private static final Set<String> MASK = Set.of("mask", "soldermask", "resist", "stop", "sm", "smask", "solderstop");
    private static final Set<String> SILK = Set.of("silk", "silkscreen", "legend", "overlay", "ss", "posi", "symbol",
            "slk", "silks", "screen");
    private static final Set<String> PASTE = Set.of("paste", "cream", "stencil", "sp", "metalmask", "pastemask",
            "solderpaste");
    private static final Set<String> OUTLINE = Set.of("outline", "contour", "profile", "edge", "edges", "dimension",
            "boardoutline", "border", "keepout", "ko", "mill", "milling", "rout", "route", "dim", "cuts", "gko");
    private static final Set<String> DRILL = Set.of("drill", "drl", "ncdrill", "holes", "pth", "npth", "nc");
    private static final Set<String> ASSEMBLY = Set.of("assy", "assembly", "ast", "asb", "asm");
    private static final Set<String> DRAWING = Set.of("fab", "fabrication", "drawing", "dwg", "doc", "document",
            "notes", "drawings");
    private static final Set<String> COPPER = Set.of("copper", "cu", "etch", "signal", "sig", "conductive",
            "conductor", "lyr", "art");
    private static final Set<String> PLANE = Set.of("gnd", "ground", "pwr", "power", "vcc", "vdd", "vee", "plane",
            "vss", "planes", "pow");

    private static final Pattern L_INDEX = Pattern.compile("(?:^|[^a-z])(?:l|layer|lyr|lay)_?0*(\\d{1,2})(?:[^0-9]|$)");
    private static final Pattern INNER_INDEX = Pattern.compile("(?:^|[^a-z])(?:inner|in|int|mid)_?l?0*(\\d{1,2})(?:[^0-9]|$)");

    /** A guess from the name's words, or {@code null} when they say nothing. */
    static Guess guess(String name) {
        String stem = stripExtension(name);
        List<String> words = words(stem);
        String lower = stem.toLowerCase(Locale.ROOT);
        Side side = Side.NONE;
        LayerTemplate function = null;
        for (String w : words) {
            LayerTemplate code = filmCode(w);
            if (code != null) {
                return new Guess(code, null, false, "film code '" + w + "' in the name");
            }
            if (side == Side.NONE && TOP.contains(w)) {
                side = Side.TOP;
            } else if (side == Side.NONE && BOTTOM.contains(w)) {
                side = Side.BOTTOM;
            }
            if (function == null) {
                function = functionWord(w);
            }
        }
        Matcher inner = INNER_INDEX.matcher(lower);
        Matcher layer = L_INDEX.matcher(lower);
        if (function == null || function == LayerTemplate.INNER_COPPER || function == LayerTemplate.TOP_COPPER) {
            if (inner.find()) {
                int ci = Integer.parseInt(inner.group(1)) + 1;
                return new Guess(LayerTemplate.INNER_COPPER, ci, false, "inner layer number in the name");
            }
            if (layer.find()) {
                int ci = Integer.parseInt(layer.group(1));
                LayerTemplate t = side == Side.BOTTOM ? LayerTemplate.BOTTOM_COPPER
                        : ci == 1 || side == Side.TOP ? LayerTemplate.TOP_COPPER : LayerTemplate.INNER_COPPER;
                return new Guess(t, ci, false, "copper layer number L" + ci + " in the name");
            }
        }
        if (function == LayerTemplate.INNER_COPPER) {
            return new Guess(LayerTemplate.INNER_COPPER, null, true, "plane/net name without a layer number");
        }
        if (function == null || function == LayerTemplate.TOP_COPPER) {
            if (side == Side.NONE) {
                return null;
            }
            return new Guess(side == Side.TOP ? LayerTemplate.TOP_COPPER : LayerTemplate.BOTTOM_COPPER, null, false,
                    function == null ? "side word alone in the name (copper assumed)" : "copper and side words");
        }
        return new Guess(sided(function, side), null, false, "words in the name");
    }

    private static LayerTemplate functionWord(String w) {
        if (MASK.contains(w)) {
            return LayerTemplate.TOP_MASK;
        }
        if (SILK.contains(w)) {
            return LayerTemplate.TOP_SILK;
        }
        if (PASTE.contains(w)) {
            return LayerTemplate.TOP_PASTE;
        }
        if (OUTLINE.contains(w)) {
            return LayerTemplate.OUTLINE;
        }
        if (DRILL.contains(w)) {
            return LayerTemplate.DRILL;
        }
        if (ASSEMBLY.contains(w)) {
            return LayerTemplate.TOP_ASSEMBLY;
        }
        if (DRAWING.contains(w)) {
            return LayerTemplate.DRAWING;
        }
        if (COPPER.contains(w)) {
            return LayerTemplate.TOP_COPPER;
        }
        if (PLANE.contains(w) || w.matches("(gnd|pwr|pow|vcc|vdd)\\d*")) {
            return LayerTemplate.INNER_COPPER;
        }
        return null;
    }

    private static LayerTemplate sided(LayerTemplate function, Side side) {
        boolean bottom = side == Side.BOTTOM;
        return switch (function) {
            case TOP_MASK -> side == Side.NONE ? LayerTemplate.OTHER : bottom ? LayerTemplate.BOTTOM_MASK : LayerTemplate.TOP_MASK;
            case TOP_SILK -> side == Side.NONE ? LayerTemplate.OTHER : bottom ? LayerTemplate.BOTTOM_SILK : LayerTemplate.TOP_SILK;
            case TOP_PASTE -> side == Side.NONE ? LayerTemplate.OTHER : bottom ? LayerTemplate.BOTTOM_PASTE : LayerTemplate.TOP_PASTE;
            case TOP_ASSEMBLY -> side == Side.NONE ? LayerTemplate.DRAWING : bottom ? LayerTemplate.BOTTOM_ASSEMBLY : LayerTemplate.TOP_ASSEMBLY;
            default -> function;
        };
    }

    /** Three- and four-letter film codes used by OrCAD, PADS and Allegro users. */
    private static LayerTemplate filmCode(String w) {
        return switch (w) {
            case "smt", "smc", "tsm", "smtop" -> LayerTemplate.TOP_MASK;
            case "smb", "sms", "bsm", "smbot" -> LayerTemplate.BOTTOM_MASK;
            case "sst", "tslk", "ssc", "tsk", "slkt", "sstop" -> LayerTemplate.TOP_SILK;
            case "ssb", "bslk", "bsk", "slkb", "ssbot" -> LayerTemplate.BOTTOM_SILK;
            case "spt", "spc", "tsp", "sptop" -> LayerTemplate.TOP_PASTE;
            case "spb", "sps", "bsp", "spbot" -> LayerTemplate.BOTTOM_PASTE;
            default -> null;
        };
    }

    /** Words of a name: split at punctuation, lower-to-upper case changes and letter/digit changes. */
    static List<String> words(String stem) {
        List<String> out = new ArrayList<>();
        for (String part : stem.split("[^A-Za-z0-9]+")) {
            for (String w : part.split("(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])|(?<=[0-9])(?=[A-Za-z])")) {
                if (!w.isEmpty()) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    static String stripExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
