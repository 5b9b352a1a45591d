package com.fabwright.assembly.cpl;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.Units;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import java.util.List;
import java.util.Locale;

/**
 * Placements of a Gerber X3 component layer ({@code %TF.FileFunction,Component,L1,Top*%}, Gerber
 * spec 5.6.10 and chapter 6 "Component attributes"): every flash with aperture function
 * {@code ComponentMain} is a part's reference point, with {@code .C} refdes, {@code .CRot} rotation,
 * {@code .CFtp} footprint, {@code .CVal} value, {@code .CMPN}/{@code .CMfr} part number and maker,
 * {@code .CMnt} mount type. The file's side comes from the {@code .FileFunction}'s third field
 * ({@code Top}/{@code Bot}). X3 rotations are already IPC-7351 (spec 5.6.10), so no correction.
 */
public final class X3ComponentReader {
    private X3ComponentReader() {
    }

    /** Whether an image is an X3 component layer. */
    public static boolean isComponentLayer(Image image) {
        List<String> ff = image.fileAttributes().get(".FileFunction");
        return !ff.isEmpty() && ff.get(0).equalsIgnoreCase("Component");
    }

    /** The placements of a component layer; {@code source} names the file. */
    public static PlacementFile read(Image image, String source) {
        DiagnosticSink sink = new DiagnosticSink(source);
        List<String> ff = image.fileAttributes().get(".FileFunction");
        Side side = Side.TOP;
        if (ff.size() >= 3 && ff.get(2).toLowerCase(Locale.ROOT).startsWith("bot")) {
            side = Side.BOTTOM;
        } else if (ff.size() < 3) {
            sink.warning("CPL-W005", SourcePosition.UNKNOWN, "component layer without a side in .FileFunction; top assumed");
        }
        List<Placement> out = new java.util.ArrayList<>();
        for (GraphicObject o : image.objects()) {
            Attributes a = o.attributes();
            if (!(o instanceof GraphicObject.Flash f) || !"ComponentMain".equalsIgnoreCase(a.first(".AperFunction"))) {
                continue;
            }
            String refdes = unescape(a.first(".C"));
            if (refdes == null || refdes.isBlank()) {
                sink.warning("CPL-W011", SourcePosition.UNKNOWN, "ComponentMain flash without .C at "
                        + Units.mm(f.at().x()) + "," + Units.mm(f.at().y()) + " skipped");
                continue;
            }
            double rot = 0;
            String r = a.first(".CRot");
            if (r != null) {
                try {
                    rot = Double.parseDouble(r.strip());
                } catch (NumberFormatException e) {
                    sink.warning("CPL-W012", SourcePosition.UNKNOWN, refdes + ": .CRot '" + r + "' is not a number; 0 assumed");
                }
            }
            String value = a.first(".CVal") != null ? a.first(".CVal") : a.first(".CMPN");
            out.add(new Placement(refdes, Units.mm(f.at().x()), Units.mm(f.at().y()), RotationCorrections.normalise(rot),
                    side, unescape(a.first(".CFtp")), unescape(value), mount(a.first(".CMnt")), source, 0));
        }
        return new PlacementFile(source, "gerber-x3", LengthUnit.MM, "Gerber file units", out, sink.diagnostics());
    }

    /**
     * Gerber attribute values escape characters as {@code \\uXXXX} (spec 3.4.3); KiCad 9 escapes the
     * backslash of such an escape again ({@code U\\u005Cu002A} for {@code U*}), so escapes are decoded
     * until none is left (at most three rounds).
     */
    static String unescape(String s) {
        if (s == null) {
            return null;
        }
        String cur = s;
        for (int round = 0; round < 3 && cur.contains("\\u"); round++) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(cur);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1), 16))));
            }
            m.appendTail(sb);
            cur = sb.toString();
        }
        return cur;
    }

    private static MountType mount(String cmnt) {
        if (cmnt == null) {
            return MountType.UNKNOWN;
        }
        return switch (cmnt.toUpperCase(Locale.ROOT)) {
            case "SMD" -> MountType.SMT;
            case "TH", "PRESSFIT" -> MountType.THT;
            default -> MountType.UNKNOWN;
        };
    }
}
