package com.fabwright.assembly;

import com.fabwright.geometry.Units;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The pads of every part of a board, from the {@code .P} attributes of the outer copper layers
 * (Gerber X2, spec 5.6.13): the truth of where each designator's pins are, used for the
 * placement cross-check and for pin counts and pitch. Empty when the Gerbers carry no {@code .P}.
 */
public final class PadIndex {
    private final Map<String, List<Pad>> byRefdes;

    private PadIndex(Map<String, List<Pad>> byRefdes) {
        this.byRefdes = byRefdes;
    }

    /** No pads known. */
    public static PadIndex empty() {
        return new PadIndex(Map.of());
    }

    /** The pads of the top and bottom copper images ({@code null} for a side that is absent). */
    public static PadIndex of(Image topCopper, Image bottomCopper) {
        Map<String, List<Pad>> m = new LinkedHashMap<>();
        add(topCopper, Side.TOP, m);
        add(bottomCopper, Side.BOTTOM, m);
        return new PadIndex(m);
    }

    private static void add(Image image, Side side, Map<String, List<Pad>> m) {
        if (image == null) {
            return;
        }
        for (GraphicObject o : image.objects()) {
            List<String> p = o.attributes().get(".P");
            if (p.isEmpty() || o instanceof GraphicObject.Draw || o instanceof GraphicObject.ArcDraw) {
                continue;
            }
            double[] c = centre(o);
            String refdes = p.get(0);
            m.computeIfAbsent(key(refdes), k -> new ArrayList<>())
                    .add(new Pad(refdes, p.size() > 1 ? p.get(1) : "", c[0], c[1], side, o));
        }
    }

    private static double[] centre(GraphicObject o) {
        if (o instanceof GraphicObject.Flash f) {
            return new double[] {Units.mm(f.at().x()), Units.mm(f.at().y())};
        }
        GraphicObject.Region r = (GraphicObject.Region) o;
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (Contour c : r.contours()) {
            List<com.fabwright.image.Point> pts = new ArrayList<>();
            pts.add(c.start());
            c.segments().forEach(s -> pts.add(s.end()));
            for (com.fabwright.image.Point pt : pts) {
                minX = Math.min(minX, pt.x());
                minY = Math.min(minY, pt.y());
                maxX = Math.max(maxX, pt.x());
                maxY = Math.max(maxY, pt.y());
            }
        }
        return new double[] {Units.mm((long) ((minX + maxX) / 2)), Units.mm((long) ((minY + maxY) / 2))};
    }

    private static String key(String refdes) {
        return refdes.toUpperCase(Locale.ROOT);
    }

    /** Whether any pad is known. */
    public boolean isEmpty() {
        return byRefdes.isEmpty();
    }

    /** The pads of a designator (any case), possibly empty. */
    public List<Pad> of(String refdes) {
        return byRefdes.getOrDefault(key(refdes), List.of());
    }

    /** Designators with pads. */
    public java.util.Set<String> refdes() {
        java.util.Set<String> s = new java.util.LinkedHashSet<>();
        byRefdes.values().forEach(l -> s.add(l.get(0).refdes()));
        return s;
    }
}
