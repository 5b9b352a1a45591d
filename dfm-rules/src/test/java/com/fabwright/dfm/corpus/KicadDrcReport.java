package com.fabwright.dfm.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A KiCad DRC report ({@code kicad-cli pcb drc} text format) as findings: type, actual value, and
 * the items with their positions, nets and layers. KiCad's y axis points down; positions here are
 * converted to Gerber coordinates ({@code y = -y}), which is how KiCad plots without an auxiliary origin.
 */
record KicadDrcReport(List<Finding> findings) {
    private static final Pattern HEAD = Pattern.compile("^\\[(\\w+)]: .*?(?:actual ([-0-9.]+) mm)?\\)?$");
    private static final Pattern ITEM = Pattern.compile("^\\s+@\\(([-0-9.]+) mm, ([-0-9.]+) mm\\): (.*)$");
    private static final Pattern NET = Pattern.compile("\\[([^]]*)]");
    private static final Pattern ON = Pattern.compile(" on ([\\w.]+)(?: - ([\\w.]+))?");
    private static final Pattern LENGTH = Pattern.compile("length ([0-9.]+) mm");

    /** One item of a finding: what (Track, Pad, Via, Zone, Line...), where (Gerber mm), net, layers. */
    record Item(String kind, double x, double y, String net, List<String> layers, double lengthMm) {
    }

    /** One finding. */
    record Finding(String type, Double actualMm, List<Item> items, String text) {
    }

    static KicadDrcReport read(Path file) throws IOException {
        List<Finding> out = new ArrayList<>();
        String type = null;
        Double actual = null;
        List<Item> items = new ArrayList<>();
        String text = null;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher h = HEAD.matcher(line);
            if (line.startsWith("[") && h.matches()) {
                if (type != null) {
                    out.add(new Finding(type, actual, List.copyOf(items), text));
                }
                type = h.group(1);
                actual = h.group(2) == null ? null : Double.parseDouble(h.group(2));
                items = new ArrayList<>();
                text = line;
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (type != null && m.matches()) {
                String rest = m.group(3);
                List<String> layers = new ArrayList<>();
                Matcher on = ON.matcher(rest);
                if (on.find()) {
                    layers.add(on.group(1));
                    if (on.group(2) != null) {
                        layers.add(on.group(2));
                    }
                }
                Matcher n = NET.matcher(rest);
                String net = n.find() && !n.group(1).equals("<no net>") ? n.group(1) : "";
                Matcher len = LENGTH.matcher(rest);
                int cut = rest.indexOf(" [");
                String kind = (cut > 0 ? rest.substring(0, cut) : rest.split(" on ")[0]).trim();
                items.add(new Item(kind, Double.parseDouble(m.group(1)), -Double.parseDouble(m.group(2)), net,
                        layers, len.find() ? Double.parseDouble(len.group(1)) : 0));
            }
        }
        if (type != null) {
            out.add(new Finding(type, actual, List.copyOf(items), text));
        }
        return new KicadDrcReport(out);
    }
}
