package com.fabwright.job.identify;

import java.util.List;
import java.util.Locale;

/**
 * Maps a Gerber X2 {@code .FileFunction} value (Gerber Layer Format Specification 2024.05, §5.6.3)
 * to a {@link LayerIdentity}. The same values appear in Gerber files ({@code %TF.FileFunction,...*%}),
 * as {@code G04 #@! TF...} comments in X1-compatible output, as {@code ; #@! TF...} comments in
 * KiCad's Excellon files, and in the {@code FilesAttributes} of a {@code .gbrjob}
 * (where KiCad writes {@code SolderPaste} and {@code SolderMask}).
 */
final class X2FileFunction {
    private X2FileFunction() {
    }

    /**
     * The identity the fields give, or {@code null} when they are empty.
     *
     * @param fields     the attribute's fields, first one the function name
     * @param confidence how much the source is trusted
     * @param source     evidence prefix, e.g. {@code "X2 %TF.FileFunction"}
     */
    static LayerIdentity toIdentity(List<String> fields, double confidence, String source) {
        if (fields == null || fields.isEmpty()) {
            return null;
        }
        String f0 = fields.get(0).trim().toLowerCase(Locale.ROOT);
        String evidence = source + "," + String.join(",", fields);
        Side side = side(fields);
        switch (f0) {
            case "copper": {
                Integer index = number(fields, 1);
                String pos = field(fields, 2);
                Side s = pos.equals("top") ? Side.TOP : pos.equals("bot") ? Side.BOTTOM : Side.INNER;
                String id = s == Side.TOP ? "top-copper" : s == Side.BOTTOM ? "bottom-copper"
                        : index == null ? "inner?-copper" : "inner" + (index - 1) + "-copper";
                return LayerIdentity.of(id, LayerFunction.COPPER, s, index, confidence, evidence);
            }
            case "soldermask":
                return sided("mask", LayerFunction.SOLDERMASK, side, confidence, evidence);
            case "legend":
                return sided("silk", LayerFunction.SILKSCREEN, side, confidence, evidence);
            case "paste":
            case "solderpaste":
                return sided("paste", LayerFunction.PASTE, side, confidence, evidence);
            case "profile":
                return LayerIdentity.of("outline", LayerFunction.OUTLINE, Side.NONE, null, confidence, evidence);
            case "plated":
            case "nonplated":
                return drill(f0.equals("plated"), fields, confidence, evidence);
            case "component":
                return sided("component", LayerFunction.COMPONENT, side, confidence, evidence);
            case "assemblydrawing":
                return sided("assembly", LayerFunction.DRAWING, side, confidence, evidence);
            case "drillmap":
                return LayerIdentity.of("drill-map", LayerFunction.DRAWING, Side.NONE, null, confidence, evidence);
            case "fabricationdrawing":
            case "otherdrawing":
            case "arraydrawing":
            case "vcutmap":
                return LayerIdentity.of("drawing", LayerFunction.DRAWING, Side.NONE, null, confidence, evidence);
            case "depthrout":
                return LayerIdentity.of("other", LayerFunction.ROUT, side, null, confidence, evidence);
            case "vcut":
                return LayerIdentity.of("other", LayerFunction.MECHANICAL, Side.NONE, null, confidence, evidence);
            default:
                return LayerIdentity.of("other", LayerFunction.OTHER, side, null, confidence, evidence);
        }
    }

    private static LayerIdentity sided(String what, LayerFunction function, Side side, double c, String evidence) {
        if (side == Side.TOP || side == Side.BOTTOM) {
            return LayerIdentity.of(side.label() + "-" + what, function, side, null, c, evidence);
        }
        return LayerIdentity.of(function == LayerFunction.DRAWING ? "drawing" : "other", function, Side.NONE, null,
                c * 0.8, evidence + " (no side given)");
    }

    private static LayerIdentity drill(boolean plated, List<String> fields, double c, String evidence) {
        Integer from = number(fields, 1);
        Integer to = number(fields, 2);
        String type = field(fields, 3);
        String kind = field(fields, 4);
        LayerFunction function = kind.equals("rout") ? LayerFunction.ROUT : LayerFunction.DRILL;
        String id;
        if (type.equals("blind") || type.equals("buried")) {
            id = "drill-" + type + "-" + from + "-" + to;
        } else {
            id = plated ? "drill-pth" : "drill-npth";
        }
        return LayerIdentity.of(id, function, Side.NONE, null, c, evidence);
    }

    /** Top/Bot anywhere among the fields after the first. */
    private static Side side(List<String> fields) {
        for (int i = 1; i < fields.size(); i++) {
            String v = fields.get(i).trim().toLowerCase(Locale.ROOT);
            if (v.equals("top")) {
                return Side.TOP;
            }
            if (v.equals("bot") || v.equals("bottom")) {
                return Side.BOTTOM;
            }
        }
        return Side.NONE;
    }

    private static String field(List<String> fields, int i) {
        return i < fields.size() ? fields.get(i).trim().toLowerCase(Locale.ROOT) : "";
    }

    private static Integer number(List<String> fields, int i) {
        String v = field(fields, i);
        if (v.startsWith("l")) {
            v = v.substring(1);
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
