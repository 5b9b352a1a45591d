package com.fabwright.odb.features;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Reads one ODB++ features file (spec "features file") into image objects. The header gives
 * {@code UNITS=MM|INCH} (inch when absent), the symbol table {@code $n name [I|M]}, attribute
 * names {@code @n} and texts {@code &n}; then, one per line:
 * <pre>
 * P x y sym pol dcode orient [angle]        pad (sym may be "-1 sym resize")
 * L xs ys xe ye sym pol dcode               line
 * A xs ys xe ye xc yc sym pol dcode cw      arc (cw Y|N)
 * S pol dcode  OB x y I|H  OS x y  OC xe ye xc yc cw  OE ... SE     surface
 * T ... / B ...                            text / barcode (reported)
 * </pre>
 * each optionally followed by {@code ;attributes} and {@code ;ID=n}. Polarity P is dark, N clear.
 * Orientations 0-3 turn 0/90/180/270 degrees clockwise, 4-7 mirror first, 8 and 9 (mirrored) take
 * any angle. Surfaces become one region per island, each hole joined to its island by a cut-in so
 * that it cuts only its own surface. A malformed record is skipped with a warning naming the line.
 */
public final class FeatureReader {
    /** Resolves a user-defined symbol to its objects in symbol coordinates, or null when unknown. */
    @FunctionalInterface
    public interface SymbolResolver {
        List<GraphicObject> resolve(String name, int depth);
    }

    private final SymbolResolver symbols;
    private final long maxObjects;

    public FeatureReader(SymbolResolver symbols, long maxObjects) {
        this.symbols = symbols;
        this.maxObjects = maxObjects;
    }

    /**
     * Reads a features file.
     *
     * @param text    the file's text
     * @param display the file as named in diagnostics
     * @param netOf   the net of the n-th feature record (0-based), or null
     * @param depth   user-symbol nesting depth (0 for a layer)
     */
    public FeatureLayer read(String text, String display, IntFunction<String> netOf, int depth) {
        return new Run(text, display, netOf, depth).run();
    }

    private final class Run {
        private final String[] lines;
        private final DiagnosticSink sink;
        private final IntFunction<String> netOf;
        private final int depth;
        private final List<GraphicObject> out = new ArrayList<>();
        private final Map<Integer, String> symbolNames = new HashMap<>();
        private final Map<Integer, Boolean> symbolInch = new HashMap<>();
        private final Map<String, Aperture> apertures = new HashMap<>();
        private final List<String> attrNames = new ArrayList<>();
        private final List<String> texts = new ArrayList<>();
        private FeatureAttributes attributes;
        private boolean inch = true;
        private int feature;
        private int textCount;
        private int barcodeCount;
        private boolean capped;

        Run(String text, String display, IntFunction<String> netOf, int depth) {
            this.lines = text.split("\r?\n|\r");
            this.sink = new DiagnosticSink(display);
            this.netOf = netOf == null ? i -> null : netOf;
            this.depth = depth;
        }

        FeatureLayer run() {
            for (int i = 0; i < lines.length && !capped; i++) {
                String line = lines[i].trim();
                if (line.isEmpty() || line.charAt(0) == '#') {
                    continue;
                }
                try {
                    i = record(line, i);
                } catch (RuntimeException e) {
                    sink.warning("ODB-W001", new SourcePosition(i + 1, 1), "malformed record skipped: " + shorten(line)
                            + " (" + e.getMessage() + ")");
                }
            }
            if (textCount + barcodeCount > 0 && depth == 0) {
                sink.warning("ODB-W003", SourcePosition.UNKNOWN, textCount + " text (T) and " + barcodeCount
                        + " barcode (B) record(s) are reported, not drawn: their area is missing from this layer");
            }
            return new FeatureLayer(new Image(out, Attributes.EMPTY, false, inch), feature, textCount, barcodeCount, inch,
                    sink.diagnostics());
        }

        private int record(String line, int i) {
            if (line.startsWith("UNITS=") || line.startsWith("U ")) {
                inch = !line.substring(line.startsWith("U ") ? 2 : 6).trim().toUpperCase(Locale.ROOT).startsWith("MM");
                return i;
            }
            char c = line.charAt(0);
            switch (c) {
                case '$' -> symbolDef(line);
                case '@' -> table(line, attrNames);
                case '&' -> table(line, texts);
                case 'P', 'L', 'A' -> {
                    if (line.length() > 1 && line.charAt(1) == ' ') {
                        feature(c, line, i);
                        feature++;
                    }
                }
                case 'T' -> {
                    if (line.startsWith("T ")) {
                        textCount++;
                        feature++;
                    }
                }
                case 'B' -> {
                    if (line.startsWith("B ")) {
                        barcodeCount++;
                        feature++;
                    }
                }
                case 'S' -> {
                    if (line.startsWith("S ") || line.equals("S")) {
                        int end = surface(line, i);
                        feature++;
                        return end;
                    }
                }
                default -> {
                    // F (feature count), ID=, and unknown lines are ignored
                }
            }
            return i;
        }

        private void symbolDef(String line) {
            String[] t = line.substring(1).trim().split("\\s+");
            int n = Integer.parseInt(t[0]);
            symbolNames.put(n, t[1]);
            if (t.length > 2) {
                symbolInch.put(n, t[2].equalsIgnoreCase("I"));
            }
        }

        private void table(String line, List<String> table) {
            String s = line.substring(1);
            int sp = s.indexOf(' ');
            int n = Integer.parseInt(sp < 0 ? s.trim() : s.substring(0, sp).trim());
            while (table.size() <= n) {
                table.add(null);
            }
            table.set(n, sp < 0 ? "" : s.substring(sp + 1).trim());
            attributes = null;
        }

        private FeatureAttributes attrs() {
            if (attributes == null) {
                attributes = new FeatureAttributes(attrNames, texts);
            }
            return attributes;
        }

        /** Splits "fields;attributes;ID=n" into fields and the attribute text. */
        private String[] split(String line) {
            int semi = line.indexOf(';');
            String fields = semi < 0 ? line : line.substring(0, semi);
            String attr = "";
            if (semi >= 0) {
                for (String part : line.substring(semi + 1).split(";")) {
                    if (!part.trim().startsWith("ID=")) {
                        attr = part.trim();
                    }
                }
            }
            return new String[] {fields, attr};
        }

        private void feature(char kind, String line, int i) {
            String[] parts = split(line);
            String[] t = parts[0].trim().split("\\s+");
            Attributes a = attrs().of(parts[1], netOf.apply(feature));
            switch (kind) {
                case 'P' -> pad(t, a, i);
                case 'L' -> {
                    Aperture ap = strokeAperture(Integer.parseInt(t[5]), i);
                    add(new GraphicObject.Draw(pt(t[1], t[2]), pt(t[3], t[4]), ap, ApertureTransform.IDENTITY,
                            polarity(t[6]), a));
                }
                default -> {
                    Aperture ap = strokeAperture(Integer.parseInt(t[7]), i);
                    boolean cw = t.length > 10 && t[10].equalsIgnoreCase("Y");
                    add(new GraphicObject.ArcDraw(pt(t[1], t[2]), pt(t[3], t[4]), pt(t[5], t[6]), cw, ap,
                            ApertureTransform.IDENTITY, polarity(t[8]), a));
                }
            }
        }

        private void pad(String[] t, Attributes a, int i) {
            int k = 3;
            double resize = 1;
            int sym = Integer.parseInt(t[k]);
            if (sym == -1) {
                sym = Integer.parseInt(t[++k]);
                resize = Double.parseDouble(t[++k]) / 1000.0;
                resize = resize > 0 ? resize : 1;
            }
            Polarity pol = polarity(t[k + 1]);
            int orient = t.length > k + 3 ? Integer.parseInt(t[k + 3]) : 0;
            boolean mirror = orient >= 4 && orient <= 7 || orient == 9;
            double angle = orient < 8 ? (orient % 4) * 90.0 : Double.parseDouble(t[k + 4]);
            Point at = pt(t[1], t[2]);
            String name = symbolNames.get(sym);
            if (name == null) {
                throw new IllegalArgumentException("symbol $" + sym + " is not defined");
            }
            Aperture ap = aperture(sym, i);
            SymbolPlacement place = new SymbolPlacement(at.x(), at.y(), mirror, angle, resize);
            if (ap != null) {
                add(new GraphicObject.Flash(at, ap, place.transform(), pol, a));
                return;
            }
            List<GraphicObject> user = symbols.resolve(name, depth + 1);
            if (user == null) {
                sink.warning("ODB-W002", new SourcePosition(i + 1, 1), "symbol " + name
                        + " is neither a standard symbol nor found under symbols/; the pad is not drawn");
                apertures.put(name, new Aperture.Circle(0, Hole.NONE));
                return;
            }
            boolean invert = pol == Polarity.CLEAR;
            for (GraphicObject o : user) {
                GraphicObject placed = place.apply(o, invert);
                add(withAttributes(placed, a.with(placed.attributes())));
            }
        }

        /** The standard aperture of a symbol, or null when it is user-defined. */
        private Aperture aperture(int sym, int i) {
            String name = symbolNames.get(sym);
            boolean symInch = symbolInch.getOrDefault(sym, inch);
            String key = name + (symInch ? "/I" : "/M");
            if (apertures.containsKey(key)) {
                return apertures.get(key);
            }
            Aperture ap = StandardSymbols.parse(name, symInch ? 0.0254 : 0.001).orElse(null);
            apertures.put(key, ap);
            return ap;
        }

        private Aperture strokeAperture(int sym, int i) {
            Aperture ap = aperture(sym, i);
            if (ap instanceof Aperture.Circle || ap instanceof Aperture.Rectangle) {
                return ap;
            }
            double w = ap instanceof Aperture.Obround o ? Math.min(o.width(), o.height()) : 0;
            sink.warning("ODB-W004", new SourcePosition(i + 1, 1), "line or arc drawn with symbol "
                    + symbolNames.get(sym) + ": only round and square symbols can be stroked; drawn round, "
                    + String.format(Locale.ROOT, "%.4f", w) + " mm wide");
            return new Aperture.Circle(w, Hole.NONE);
        }

        private int surface(String line, int start) {
            String[] parts = split(line);
            String[] t = parts[0].trim().split("\\s+");
            Polarity pol = polarity(t.length > 1 ? t[1] : "P");
            Attributes a = attrs().of(parts[1], netOf.apply(feature));
            List<Contour> islands = new ArrayList<>();
            List<List<Contour>> holes = new ArrayList<>();
            Point first = null;
            boolean island = true;
            List<Contour.Segment> segs = null;
            int i = start + 1;
            for (; i < lines.length; i++) {
                String l = lines[i].trim();
                if (l.isEmpty() || l.startsWith("#")) {
                    continue;
                }
                String[] s = l.split("\\s+");
                switch (s[0]) {
                    case "OB" -> {
                        first = pt(s[1], s[2]);
                        island = s.length < 4 || !s[3].equalsIgnoreCase("H");
                        segs = new ArrayList<>();
                    }
                    case "OS" -> segs.add(new Contour.Line(pt(s[1], s[2])));
                    case "OC" -> segs.add(new Contour.Arc(pt(s[1], s[2]), pt(s[3], s[4]),
                            s.length > 5 && s[5].equalsIgnoreCase("Y")));
                    case "OE" -> {
                        if (first != null && segs != null) {
                            Contour c = new Contour(first, segs);
                            if (island || islands.isEmpty()) {
                                islands.add(c);
                                holes.add(new ArrayList<>());
                            } else {
                                holes.get(holes.size() - 1).add(c);
                            }
                        }
                        first = null;
                        segs = null;
                    }
                    case "SE" -> {
                        emitSurface(islands, holes, pol, a);
                        return i;
                    }
                    default -> {
                        sink.warning("ODB-W005", new SourcePosition(i + 1, 1), "surface starting at line " + (start + 1)
                                + " ends without SE; closed here");
                        emitSurface(islands, holes, pol, a);
                        return i - 1;
                    }
                }
            }
            sink.warning("ODB-W005", new SourcePosition(start + 1, 1), "surface ends without SE at the end of the file");
            emitSurface(islands, holes, pol, a);
            return i;
        }

        private void emitSurface(List<Contour> islands, List<List<Contour>> holes, Polarity pol, Attributes a) {
            List<Contour> contours = new ArrayList<>(islands.size());
            for (int k = 0; k < islands.size(); k++) {
                contours.add(Contours.withHoles(islands.get(k), holes.get(k)));
            }
            if (!contours.isEmpty()) {
                add(new GraphicObject.Region(contours, pol, a));
            }
        }

        private void add(GraphicObject o) {
            if (out.size() >= maxObjects) {
                if (!capped) {
                    sink.error("ODB-E004", SourcePosition.UNKNOWN, "more than " + maxObjects
                            + " objects in this layer (limit); the rest is not read");
                }
                capped = true;
                return;
            }
            out.add(o);
        }

        private Point pt(String x, String y) {
            double f = inch ? 25_400_000.0 : 1_000_000.0;
            return new Point(Math.round(Double.parseDouble(x) * f), Math.round(Double.parseDouble(y) * f));
        }
    }

    static Polarity polarity(String p) {
        if (p.equalsIgnoreCase("P")) {
            return Polarity.DARK;
        }
        if (p.equalsIgnoreCase("N")) {
            return Polarity.CLEAR;
        }
        throw new IllegalArgumentException("polarity must be P or N, not " + p);
    }

    /** The same object with other attributes. */
    public static GraphicObject withAttributes(GraphicObject o, Attributes a) {
        if (o instanceof GraphicObject.Flash f) {
            return new GraphicObject.Flash(f.at(), f.aperture(), f.transform(), f.polarity(), a);
        }
        if (o instanceof GraphicObject.Draw d) {
            return new GraphicObject.Draw(d.from(), d.to(), d.aperture(), d.transform(), d.polarity(), a);
        }
        if (o instanceof GraphicObject.ArcDraw r) {
            return new GraphicObject.ArcDraw(r.from(), r.to(), r.center(), r.clockwise(), r.aperture(), r.transform(),
                    r.polarity(), a);
        }
        GraphicObject.Region g = (GraphicObject.Region) o;
        return new GraphicObject.Region(g.contours(), g.polarity(), a);
    }

    private static String shorten(String s) {
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }
}
