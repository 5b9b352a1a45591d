package com.fabwright.excellon.write;

import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.excellon.DrillTool;
import com.fabwright.excellon.Plating;
import com.fabwright.gerber.write.Numbers;
import com.fabwright.image.Attributes;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes an Excellon drill file: header {@code M48}, X2-style file attributes as
 * {@code ; #@! TF...} comments (KiCad's convention), {@code FMAT,2}, {@code METRIC}, one tool per
 * distinct (diameter, plating, attributes) in increasing diameter with its {@code ; #@! TA...}
 * comment, then per tool its hits ({@code X..Y..}, millimetres with up to six decimals: exact
 * nanometres), straight slots as {@code G85}, arcs as routed paths ({@code G00}, {@code M15},
 * {@code G02}/{@code G03} with radius {@code A}, {@code M16}), and {@code M30}.
 */
public final class ExcellonWriter {

    /** The drill file for {@code hits} and {@code slots}; tools are renumbered from 1. */
    public String write(Attributes fileAttributes, List<DrillHit> hits, List<DrillSlot> slots) {
        Map<ToolKey, List<Object>> byTool = new LinkedHashMap<>();
        hits.forEach(h -> byTool.computeIfAbsent(ToolKey.of(h.tool()), k -> new ArrayList<>()).add(h));
        slots.forEach(s -> byTool.computeIfAbsent(ToolKey.of(s.tool()), k -> new ArrayList<>()).add(s));
        List<ToolKey> tools = new ArrayList<>(byTool.keySet());
        tools.sort(Comparator.comparingDouble(ToolKey::diameterMm).thenComparing(k -> k.plating().name()));
        StringBuilder out = new StringBuilder();
        out.append("M48\n; DRILL file {Fabwright 0.1.0}\n; FORMAT={-:-/ absolute / metric / decimal}\n");
        out.append("; #@! TF.GenerationSoftware,Fabwright,Fabwright,0.1.0\n");
        fileAttributes.asMap().forEach((k, v) -> {
            if (!k.equals(".GenerationSoftware") && !k.equals(".CreationDate")) {
                out.append("; #@! TF").append(k);
                v.forEach(f -> out.append(',').append(f));
                out.append('\n');
            }
        });
        out.append("FMAT,2\nMETRIC\n");
        for (int i = 0; i < tools.size(); i++) {
            ToolKey t = tools.get(i);
            t.attributes().asMap().forEach((k, v) -> {
                out.append("; #@! TA").append(k);
                v.forEach(f -> out.append(',').append(f));
                out.append('\n');
            });
            out.append('T').append(i + 1).append('C').append(Numbers.mm(t.diameterMm())).append('\n');
        }
        out.append("%\nG90\nG05\n");
        for (int i = 0; i < tools.size(); i++) {
            out.append('T').append(i + 1).append('\n');
            List<Object> items = byTool.get(tools.get(i));
            for (Object o : items) {
                if (o instanceof DrillHit h) {
                    out.append(xy(h.at())).append('\n');
                }
            }
            for (Object o : items) {
                if (o instanceof DrillSlot s) {
                    slot(out, s);
                }
            }
        }
        out.append("M30\n");
        return out.toString();
    }

    private static void slot(StringBuilder out, DrillSlot s) {
        if (!s.isArc()) {
            out.append(xy(s.from())).append("G85").append(xy(s.to())).append('\n');
            return;
        }
        double r = Math.hypot(s.from().x() - s.center().x(), s.from().y() - s.center().y()) / 1e6;
        out.append("G00").append(xy(s.from())).append("\nM15\n").append(s.clockwise() ? "G02" : "G03")
                .append(xy(s.to())).append('A').append(Numbers.mm(r)).append("\nM16\nG05\n");
    }

    private static String xy(Point p) {
        return "X" + Numbers.nmAsMm(p.x()) + "Y" + Numbers.nmAsMm(p.y());
    }

    /** What makes two tools the same in the output. */
    private record ToolKey(double diameterMm, Plating plating, Attributes attributes) {
        static ToolKey of(DrillTool t) {
            return new ToolKey(t.diameterMm(), t.plated(), Objects.requireNonNullElse(t.attributes(), Attributes.EMPTY));
        }
    }
}
