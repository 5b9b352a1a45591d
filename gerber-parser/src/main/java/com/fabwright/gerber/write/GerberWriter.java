package com.fabwright.gerber.write;

import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.MacroPrimitive;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an {@link Image} as a Gerber X2 file (Gerber spec 2024.05): {@code %FSLAX46Y46*%} in
 * millimetres, so every nanometre coordinate of the model is written exactly; file attributes
 * ({@code TF}) from the image, aperture attributes ({@code TA}, such as {@code .AperFunction})
 * on the aperture definitions and regions, object attributes ({@code TO} {@code .N}, {@code .P},
 * {@code .C} and the X3 {@code .C...} component attributes) per object; polarity with {@code LP};
 * arcs in multi-quadrant mode ({@code G75}) with signed {@code I}/{@code J}. Aperture transforms
 * are folded into the definitions ({@link ApertureBaker}); macros are written with their evaluated
 * constants. The output reads back into the same image up to aperture representation.
 */
public final class GerberWriter {
    private static final String SOFTWARE = "%TF.GenerationSoftware,Fabwright,Fabwright,0.1.0*%";

    /** The Gerber text of {@code image}. */
    public String write(Image image) {
        StringBuilder out = new StringBuilder(64 + image.objects().size() * 40);
        out.append(SOFTWARE).append('\n');
        image.fileAttributes().asMap().forEach((k, v) -> {
            if (!k.equals(".GenerationSoftware") && !k.equals(".CreationDate")) {
                out.append("%TF").append(k);
                v.forEach(f -> out.append(',').append(escape(f)));
                out.append("*%\n");
            }
        });
        out.append("%FSLAX46Y46*%\n%MOMM*%\n%LPD*%\nG75*\n");
        Map<ApertureKey, Integer> dcodes = defineApertures(image, out);
        new Body(out, dcodes).objects(image.objects());
        out.append("M02*\n");
        return out.toString();
    }

    /** An object's aperture as the model holds it: the aperture, its transform and its aperture attributes. */
    private record ApertureKey(Aperture aperture, ApertureTransform transform, Attributes attributes) {
        static ApertureKey of(GraphicObject o) {
            if (o instanceof GraphicObject.Flash f) {
                return new ApertureKey(f.aperture(), f.transform(), apertureAttributes(o.attributes()));
            }
            if (o instanceof GraphicObject.Draw d) {
                return new ApertureKey(d.aperture(), d.transform(), apertureAttributes(o.attributes()));
            }
            if (o instanceof GraphicObject.ArcDraw d) {
                return new ApertureKey(d.aperture(), d.transform(), apertureAttributes(o.attributes()));
            }
            return null;
        }
    }

    /**
     * Defines every aperture the objects use, transforms folded in; identical definitions (same text,
     * same attributes) share one D code, and identical macro bodies one macro.
     */
    private static Map<ApertureKey, Integer> defineApertures(Image image, StringBuilder out) {
        Map<ApertureKey, Integer> dcodes = new HashMap<>();
        Map<String, Integer> byText = new HashMap<>();
        Map<String, String> macros = new HashMap<>();
        Attributes current = Attributes.EMPTY;
        for (GraphicObject o : image.objects()) {
            ApertureKey key = ApertureKey.of(o);
            if (key == null || dcodes.containsKey(key)) {
                continue;
            }
            Aperture a = ApertureBaker.bake(key.aperture(), key.transform());
            String macroBody = null;
            String macroName = null;
            if (a instanceof Aperture.Macro m) {
                StringBuilder body = new StringBuilder();
                for (MacroPrimitive p : m.primitives()) {
                    body.append(primitive(p, p.exposure() ? "1" : "0")).append("*\n");
                }
                macroBody = body.toString();
                macroName = macros.get(macroBody);
                if (macroName == null) {
                    macroName = "FWM" + (macros.size() + 1);
                    macros.put(macroBody, macroName);
                    out.append("%AM").append(macroName).append("*\n").append(macroBody).append("%\n");
                }
            }
            String text = definition(a, macroName) + "|" + key.attributes();
            Integer code = byText.get(text);
            if (code == null) {
                code = 10 + byText.size();
                byText.put(text, code);
                if (!key.attributes().equals(current)) {
                    out.append("%TD*%\n");
                    writeAttributes(out, "TA", key.attributes());
                    current = key.attributes();
                }
                out.append("%ADD").append(code).append(definition(a, macroName)).append("*%\n");
            }
            dcodes.put(key, code);
        }
        if (!current.isEmpty()) {
            out.append("%TD*%\n");
        }
        return dcodes;
    }

    private static String definition(Aperture a, String macroName) {
        if (a instanceof Aperture.Circle c) {
            return "C," + Numbers.mm(c.diameter()) + hole(c.hole());
        }
        if (a instanceof Aperture.Rectangle r) {
            return "R," + Numbers.mm(r.width()) + "X" + Numbers.mm(r.height()) + hole(r.hole());
        }
        if (a instanceof Aperture.Obround o) {
            return "O," + Numbers.mm(o.width()) + "X" + Numbers.mm(o.height()) + hole(o.hole());
        }
        if (a instanceof Aperture.Polygon p) {
            return "P," + Numbers.mm(p.outerDiameter()) + "X" + p.vertices()
                    + (p.rotationDeg() != 0 || p.hole().isPresent() ? "X" + Numbers.mm(p.rotationDeg()) : "") + hole(p.hole());
        }
        return macroName;
    }

    private static String hole(Hole h) {
        if (!h.isPresent()) {
            return "";
        }
        return "X" + Numbers.mm(h.width()) + (h.isRound() ? "" : "X" + Numbers.mm(h.height()));
    }

    private static String primitive(MacroPrimitive p, String e) {
        if (p instanceof MacroPrimitive.Circle c) {
            return "1," + e + "," + n(c.diameter()) + "," + n(c.centerX()) + "," + n(c.centerY()) + "," + n(c.rotationDeg());
        }
        if (p instanceof MacroPrimitive.VectorLine v) {
            return "20," + e + "," + n(v.width()) + "," + n(v.startX()) + "," + n(v.startY()) + "," + n(v.endX()) + ","
                    + n(v.endY()) + "," + n(v.rotationDeg());
        }
        if (p instanceof MacroPrimitive.CenterLine c) {
            return "21," + e + "," + n(c.width()) + "," + n(c.height()) + "," + n(c.centerX()) + "," + n(c.centerY())
                    + "," + n(c.rotationDeg());
        }
        if (p instanceof MacroPrimitive.Outline o) {
            return outline(e, o);
        }
        if (p instanceof MacroPrimitive.Polygon g) {
            return "5," + e + "," + g.vertices() + "," + n(g.centerX()) + "," + n(g.centerY()) + "," + n(g.diameter())
                    + "," + n(g.rotationDeg());
        }
        if (p instanceof MacroPrimitive.Moire m) {
            return "6," + n(m.centerX()) + "," + n(m.centerY()) + "," + n(m.outerDiameter()) + "," + n(m.ringThickness())
                    + "," + n(m.gap()) + "," + m.maxRings() + "," + n(m.crosshairThickness()) + ","
                    + n(m.crosshairLength()) + "," + n(m.rotationDeg());
        }
        MacroPrimitive.Thermal t = (MacroPrimitive.Thermal) p;
        return "7," + n(t.centerX()) + "," + n(t.centerY()) + "," + n(t.outerDiameter()) + "," + n(t.innerDiameter())
                + "," + n(t.gap()) + "," + n(t.rotationDeg());
    }

    private static String outline(String e, MacroPrimitive.Outline o) {
        StringBuilder b = new StringBuilder("4,").append(e).append(',').append(o.points().size() - 1);
        for (double[] p : o.points()) {
            b.append(',').append(n(p[0])).append(',').append(n(p[1]));
        }
        return b.append(',').append(n(o.rotationDeg())).toString();
    }

    private static String n(double v) {
        return Numbers.mm(v);
    }

    /** Aperture attributes: the standard ones that are not object attributes ({@code .N}, {@code .P}, {@code .C...}). */
    static Attributes apertureAttributes(Attributes all) {
        return filter(all, true);
    }

    static Attributes objectAttributes(Attributes all) {
        return filter(all, false);
    }

    private static Attributes filter(Attributes all, boolean aperture) {
        if (all.isEmpty()) {
            return all;
        }
        Map<String, List<String>> kept = new LinkedHashMap<>();
        all.asMap().forEach((k, v) -> {
            boolean object = !k.startsWith(".") || k.equals(".N") || k.equals(".P") || k.startsWith(".C");
            if (object != aperture) {
                kept.put(k, v);
            }
        });
        return Attributes.of(kept);
    }

    static void writeAttributes(StringBuilder out, String kind, Attributes a) {
        a.asMap().forEach((k, v) -> {
            out.append('%').append(kind).append(k);
            v.forEach(f -> out.append(',').append(escape(f)));
            out.append("*%\n");
        });
    }

    /** Field values may not hold {@code *}, {@code %} or {@code ,} (spec 5.1): written as Unicode escapes. */
    static String escape(String f) {
        StringBuilder b = new StringBuilder(f.length());
        for (char c : f.toCharArray()) {
            if (c == '*' || c == '%' || c == ',' || c == '\\' || c < 32) {
                b.append(String.format("\\u%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The object stream, with the modal state (aperture, polarity, attributes, point, mode) it needs. */
    private static final class Body {
        private final StringBuilder out;
        private final Map<ApertureKey, Integer> dcodes;
        private int aperture = -1;
        private Polarity polarity = Polarity.DARK;
        private Attributes objectAttrs = Attributes.EMPTY;
        private Attributes regionAttrs = Attributes.EMPTY;
        private Point at;
        private String mode = "";

        Body(StringBuilder out, Map<ApertureKey, Integer> dcodes) {
            this.out = out;
            this.dcodes = dcodes;
        }

        void objects(List<GraphicObject> objects) {
            for (GraphicObject o : objects) {
                polarity(o.polarity());
                attributes(o);
                if (o instanceof GraphicObject.Flash f) {
                    select(o);
                    out.append(xy(f.at())).append("D03*\n");
                    at = f.at();
                } else if (o instanceof GraphicObject.Draw d) {
                    select(o);
                    move(d.from());
                    mode("G01");
                    out.append(xy(d.to())).append("D01*\n");
                    at = d.to();
                } else if (o instanceof GraphicObject.ArcDraw d) {
                    select(o);
                    move(d.from());
                    mode(d.clockwise() ? "G02" : "G03");
                    out.append(xy(d.to())).append(ij(d.from(), d.center())).append("D01*\n");
                    at = d.to();
                } else {
                    region((GraphicObject.Region) o);
                }
            }
            if (!objectAttrs.isEmpty() || !regionAttrs.isEmpty()) {
                out.append("%TD*%\n");
            }
        }

        private void region(GraphicObject.Region r) {
            out.append("G36*\n");
            for (Contour c : r.contours()) {
                out.append(xy(c.start())).append("D02*\n");
                at = c.start();
                for (Contour.Segment s : c.segments()) {
                    if (s instanceof Contour.Arc a) {
                        mode(a.clockwise() ? "G02" : "G03");
                        out.append(xy(a.end())).append(ij(at, a.center())).append("D01*\n");
                    } else {
                        mode("G01");
                        out.append(xy(s.end())).append("D01*\n");
                    }
                    at = s.end();
                }
            }
            out.append("G37*\n");
        }

        private void polarity(Polarity p) {
            if (p != polarity) {
                out.append(p == Polarity.DARK ? "%LPD*%\n" : "%LPC*%\n");
                polarity = p;
            }
        }

        private void attributes(GraphicObject o) {
            Attributes obj = objectAttributes(o.attributes());
            Attributes reg = o instanceof GraphicObject.Region ? apertureAttributes(o.attributes()) : regionAttrs;
            if (!obj.equals(objectAttrs) || !reg.equals(regionAttrs)) {
                out.append("%TD*%\n");
                writeAttributes(out, "TA", reg);
                writeAttributes(out, "TO", obj);
                objectAttrs = obj;
                regionAttrs = reg;
            }
        }

        private void select(GraphicObject o) {
            int code = dcodes.get(ApertureKey.of(o));
            if (code != aperture) {
                out.append('D').append(code).append("*\n");
                aperture = code;
            }
        }

        private void move(Point p) {
            if (!p.equals(at)) {
                out.append(xy(p)).append("D02*\n");
                at = p;
            }
        }

        private void mode(String m) {
            if (!m.equals(mode)) {
                out.append(m).append("*\n");
                mode = m;
            }
        }

        private static String xy(Point p) {
            return "X" + p.x() + "Y" + p.y();
        }

        private static String ij(Point from, Point center) {
            return "I" + (center.x() - from.x()) + "J" + (center.y() - from.y());
        }
    }
}
