package com.fabwright.odb;

import com.fabwright.image.Aperture;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.odb.features.FeatureReader;
import com.fabwright.odb.text.StructuredText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A drill or rout layer's {@code tools} file (spec "tools file"): {@code UNITS=} and one
 * {@code TOOLS} array per tool with {@code TYPE} ({@code PLATED}, {@code NON_PLATED},
 * {@code VIA}), {@code FINISH_SIZE} and {@code DRILL_SIZE} (mils, or microns in MM files). Holes
 * whose features carry no {@code .drill} attribute take their plating from the tool of their size.
 *
 * @param tools the tools in file order
 */
public record DrillTools(List<Tool> tools) {
    /** One tool: its finished hole diameter in mm and its type. */
    public record Tool(int number, double diameterMm, String type) {
    }

    public static DrillTools parse(String text) {
        StructuredText t = StructuredText.parse(text);
        double unit = t.get("UNITS").toUpperCase(Locale.ROOT).startsWith("MM") ? 0.001 : 0.0254;
        List<Tool> tools = new ArrayList<>();
        for (StructuredText.Array a : t.arrays("TOOLS")) {
            double size = a.number("FINISH_SIZE", 0) > 0 ? a.number("FINISH_SIZE", 0) : a.number("DRILL_SIZE", 0);
            tools.add(new Tool((int) a.number("NUM", 0), size * unit, a.get("TYPE").toUpperCase(Locale.ROOT)));
        }
        return new DrillTools(List.copyOf(tools));
    }

    /** The image with {@code .AperFunction} set from the tools on holes that have none. */
    public Image applyTo(Image image) {
        if (tools.isEmpty()) {
            return image;
        }
        Map<List<Object>, Attributes> cache = new LinkedHashMap<>();
        List<GraphicObject> out = new ArrayList<>(image.objects().size());
        boolean changed = false;
        for (GraphicObject o : image.objects()) {
            if (!o.attributes().get(".AperFunction").isEmpty() || !(o instanceof GraphicObject.Flash f)
                    || !(f.aperture() instanceof Aperture.Circle c)) {
                out.add(o);
                continue;
            }
            String type = typeOf(c.diameter());
            if (type == null) {
                out.add(o);
                continue;
            }
            List<String> function = switch (type) {
                case "VIA" -> List.of("ViaDrill");
                case "NON_PLATED" -> List.of("MechanicalDrill", "NPTH");
                default -> List.of("ComponentDrill", "PTH");
            };
            Attributes a = cache.computeIfAbsent(List.of(o.attributes(), type),
                    k -> o.attributes().with(Attributes.of(Map.of(".AperFunction", function))));
            out.add(FeatureReader.withAttributes(o, a));
            changed = true;
        }
        return changed ? new Image(out, image.fileAttributes(), image.negative(), image.inchUnits()) : image;
    }

    /** The type of the only tool of this diameter (within 1 micron), or null when none or several disagree. */
    String typeOf(double diameterMm) {
        String found = null;
        for (Tool t : tools) {
            if (Math.abs(t.diameterMm() - diameterMm) <= 0.001) {
                if (found != null && !found.equals(t.type())) {
                    return null;
                }
                found = t.type();
            }
        }
        return found;
    }
}
