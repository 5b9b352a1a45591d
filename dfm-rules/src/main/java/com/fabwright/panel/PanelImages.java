package com.fabwright.panel;

import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The panel's content per layer, boards flattened (every object of every board moved by its
 * instance transform, in board order) and the panel's own features added: fiducial pads on the
 * outer copper layers and their openings on the masks, the text on the top silkscreen, the frame
 * on the outline layer, a V-score layer, and mouse-bite and tooling holes in the non-plated drill
 * file. File attributes are the first design's with {@code .Part} set to {@code Array}.
 */
public final class PanelImages {
    /** The V-score layer's id in {@link #layers}. */
    public static final String VSCORE = "vscore";

    private PanelImages() {
    }

    /** A drill layer of the panel. */
    public record Drills(Attributes fileAttributes, List<DrillHit> hits, List<DrillSlot> slots) {
    }

    /** Gerber layers by layer id. */
    public static Map<String, Image> layers(ArrayLayout layout) {
        Map<String, Attributes> attrs = new LinkedHashMap<>();
        Map<String, List<GraphicObject>> objects = new LinkedHashMap<>();
        for (PanelBoard d : layout.designs()) {
            d.layers().forEach((id, l) -> {
                attrs.putIfAbsent(id, l.image().fileAttributes());
                objects.putIfAbsent(id, new ArrayList<>());
            });
        }
        for (ArrayLayout.Instance i : layout.instances()) {
            PanelBoard d = layout.designs().get(i.design());
            d.layers().forEach((id, l) -> {
                List<GraphicObject> into = objects.get(id);
                for (GraphicObject o : l.image().objects()) {
                    into.add(i.transform().apply(o));
                }
            });
        }
        PanelSpec.Fiducials fid = layout.spec().fiducials();
        addIfPresent(objects, "top-copper", PanelFeatures.fiducials(layout, fid.diameterMm(), true));
        addIfPresent(objects, "bottom-copper", PanelFeatures.fiducials(layout, fid.diameterMm(), true));
        addIfPresent(objects, "top-mask", PanelFeatures.fiducials(layout, fid.maskDiameterMm(), false));
        addIfPresent(objects, "bottom-mask", PanelFeatures.fiducials(layout, fid.maskDiameterMm(), false));
        addIfPresent(objects, "top-silk", PanelText.regions(layout.text()));
        addIfPresent(objects, "outline", PanelFeatures.frame(layout));
        Map<String, Image> out = new LinkedHashMap<>();
        objects.forEach((id, objs) -> out.put(id, new Image(objs, asArray(attrs.get(id)), false, false)));
        if (!layout.vscores().isEmpty()) {
            out.put(VSCORE, new Image(PanelFeatures.vscores(layout),
                    Attributes.of(Map.of(".FileFunction", List.of("Vcut"), ".Part", List.of("Array"))), false, false));
        }
        return out;
    }

    /** Drill layers by layer id ({@code drill-pth}, {@code drill-npth}...). */
    public static Map<String, Drills> drills(ArrayLayout layout) {
        Map<String, Attributes> attrs = new LinkedHashMap<>();
        Map<String, List<DrillHit>> hits = new LinkedHashMap<>();
        Map<String, List<DrillSlot>> slots = new LinkedHashMap<>();
        int copper = 2;
        for (PanelBoard d : layout.designs()) {
            copper = Math.max(copper, d.copperLayers().size());
        }
        for (ArrayLayout.Instance i : layout.instances()) {
            for (PanelBoard.Drill dr : layout.designs().get(i.design()).drills()) {
                String id = dr.identity().id();
                attrs.putIfAbsent(id, dr.file().fileAttributes());
                List<DrillHit> h = hits.computeIfAbsent(id, k -> new ArrayList<>());
                dr.file().hits().forEach(x -> h.add(i.transform().apply(x)));
                List<DrillSlot> s = slots.computeIfAbsent(id, k -> new ArrayList<>());
                dr.file().slots().forEach(x -> s.add(i.transform().apply(x)));
            }
        }
        List<DrillHit> panelHoles = PanelFeatures.holes(layout);
        if (!panelHoles.isEmpty()) {
            attrs.putIfAbsent("drill-npth", Attributes.of(Map.of(".FileFunction",
                    List.of("NonPlated", "1", String.valueOf(copper), "NPTH"))));
            hits.computeIfAbsent("drill-npth", k -> new ArrayList<>()).addAll(panelHoles);
            slots.computeIfAbsent("drill-npth", k -> new ArrayList<>());
        }
        Map<String, Drills> out = new LinkedHashMap<>();
        hits.forEach((id, h) -> out.put(id, new Drills(asArray(attrs.get(id)), h, slots.get(id))));
        return out;
    }

    private static void addIfPresent(Map<String, List<GraphicObject>> objects, String id, List<GraphicObject> extra) {
        List<GraphicObject> l = objects.get(id);
        if (l != null) {
            l.addAll(extra);
        }
    }

    private static Attributes asArray(Attributes a) {
        Map<String, List<String>> m = new LinkedHashMap<>(a == null ? Map.of() : a.asMap());
        m.remove(".CreationDate");
        m.put(".Part", List.of("Array"));
        return Attributes.of(m);
    }
}
