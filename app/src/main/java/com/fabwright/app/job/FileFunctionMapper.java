package com.fabwright.app.job;

import com.fabwright.image.Attributes;
import java.util.List;
import java.util.Locale;

/**
 * Identifies a Gerber layer from its X2 file attribute {@code %TF.FileFunction,...*%} (Gerber
 * spec 5.6.3). The attribute is written by the CAD tool itself, so it is the strongest evidence
 * there is. File-name families and content heuristics come later; without X2 the file stays
 * {@link LayerFunction#OTHER} with confidence 0.
 */
public final class FileFunctionMapper {
    /** Confidence of an X2 identification: the CAD tool said so, but it may still be wrong. */
    static final double X2_CONFIDENCE = 0.98;

    private FileFunctionMapper() {
    }

    public static LayerIdentity identify(Attributes fileAttributes) {
        List<String> fields = fileAttributes.get(".FileFunction");
        if (fields.isEmpty()) {
            return LayerIdentity.unknown("no X2 .FileFunction attribute");
        }
        String raw = String.join(",", fields);
        String evidence = "X2 %TF.FileFunction," + raw + "*%";
        String kind = fields.get(0).trim().toLowerCase(Locale.ROOT);
        Side side = sideOf(fields);
        return switch (kind) {
            case "copper" -> copper(fields, side, evidence, raw);
            case "soldermask" -> sided("mask", LayerFunction.SOLDERMASK, side, evidence, raw);
            case "legend" -> sided("silk", LayerFunction.SILKSCREEN, side, evidence, raw);
            case "paste" -> sided("paste", LayerFunction.PASTE, side, evidence, raw);
            case "profile" -> new LayerIdentity("outline", LayerFunction.OUTLINE, Side.NONE, null,
                    X2_CONFIDENCE, evidence, raw);
            case "plated" -> new LayerIdentity("drill-pth", LayerFunction.DRILL, Side.NONE, null,
                    X2_CONFIDENCE, evidence, raw);
            case "nonplated" -> new LayerIdentity("drill-npth", LayerFunction.DRILL, Side.NONE, null,
                    X2_CONFIDENCE, evidence, raw);
            default -> new LayerIdentity("other", LayerFunction.OTHER, side, null, X2_CONFIDENCE, evidence, raw);
        };
    }

    private static LayerIdentity copper(List<String> fields, Side side, String evidence, String raw) {
        Integer index = null;
        for (String f : fields) {
            String t = f.trim();
            if (t.length() > 1 && (t.charAt(0) == 'L' || t.charAt(0) == 'l') && t.substring(1).chars().allMatch(Character::isDigit)) {
                index = Integer.parseInt(t.substring(1));
                break;
            }
        }
        String id = switch (side) {
            case TOP -> "top-copper";
            case BOTTOM -> "bottom-copper";
            case INNER -> index == null ? "inner-copper" : "inner" + (index - 1) + "-copper";
            case NONE -> index == null ? "copper" : "L" + index + "-copper";
        };
        return new LayerIdentity(id, LayerFunction.COPPER, side, index, X2_CONFIDENCE, evidence, raw);
    }

    private static LayerIdentity sided(String base, LayerFunction function, Side side, String evidence, String raw) {
        String id = switch (side) {
            case TOP -> "top-" + base;
            case BOTTOM -> "bottom-" + base;
            default -> base;
        };
        return new LayerIdentity(id, function, side, null, X2_CONFIDENCE, evidence, raw);
    }

    private static Side sideOf(List<String> fields) {
        for (String f : fields.subList(1, fields.size())) {
            switch (f.trim().toLowerCase(Locale.ROOT)) {
                case "top":
                    return Side.TOP;
                case "bot":
                    return Side.BOTTOM;
                case "inr":
                    return Side.INNER;
                default:
                    break;
            }
        }
        return Side.NONE;
    }
}
