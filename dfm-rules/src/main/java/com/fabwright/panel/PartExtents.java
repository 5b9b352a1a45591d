package com.fabwright.panel;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.job.identify.LayerFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * The extent of each part of a design (board coordinates, mm), from X2 object attributes: the
 * objects carrying {@code .C} (refdes; on pads also {@code .P}) on courtyard layers when the job has them (KiCad plots
 * {@code F.Courtyard} with {@code .C}), else on the copper layers (the part's pads).
 */
final class PartExtents {
    private PartExtents() {
    }

    static Map<String, Envelope> of(PanelBoard d) {
        List<PanelBoard.Layer> courtyard = d.layers().values().stream().filter(l -> isCourtyard(l)).toList();
        List<PanelBoard.Layer> source = courtyard.isEmpty() ? d.copperLayers() : courtyard;
        Map<String, List<GraphicObject>> byRef = new LinkedHashMap<>();
        for (PanelBoard.Layer l : source) {
            for (GraphicObject o : l.image().objects()) {
                String ref = refdesOf(o);
                if (ref != null) {
                    byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(o);
                }
            }
        }
        ImageGeometry g = new ImageGeometry(0.01);
        Map<String, Envelope> out = new LinkedHashMap<>();
        byRef.forEach((ref, objs) -> {
            Envelope e = g.toGeometry(new Image(objs, com.fabwright.image.Attributes.EMPTY, false, false)).boundsMm();
            if (e != null && !e.isNull()) {
                out.put(ref, e);
            }
        });
        return out;
    }

    /** The refdes an object belongs to: X2 {@code .C}, else the first field of {@code .P} (pads, KiCad 6). */
    static String refdesOf(GraphicObject o) {
        String c = o.attributes().first(".C");
        return c != null ? c : o.attributes().first(".P");
    }

    private static boolean isCourtyard(PanelBoard.Layer l) {
        List<String> ff = l.image().fileAttributes().get(".FileFunction");
        boolean x2 = ff.stream().anyMatch(s -> s.equalsIgnoreCase("Courtyard"));
        return x2 || (l.identity().function() != LayerFunction.COPPER && l.path().toLowerCase().contains("courtyard"));
    }
}
