package com.fabwright.odb.assembly;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A step's {@code eda/data} (spec "EDA data file"): {@code LYR} names the layers that
 * {@code FID} records index, each {@code NET name} is followed by its subnets ({@code SNT TOP|VIA|TRC|PLN})
 * and their feature references ({@code FID C|L|H layer feature}), and {@code PKG} lists the
 * packages that components refer to by number. The reserved net {@code $NONE$} holds
 * unconnected features and is not a net.
 *
 * @param nets     net names in file order ({@code $NONE$} excluded)
 * @param packages package names by their 0-based number
 * @param netOf    layer name (lower case) to feature number to net name
 */
public record EdaData(List<String> nets, List<String> packages, Map<String, Map<Integer, String>> netOf) {
    public static final EdaData EMPTY = new EdaData(List.of(), List.of(), Map.of());

    /** The net of the feature, or null. */
    public String net(String layer, int feature) {
        Map<Integer, String> m = netOf.get(layer.toLowerCase(Locale.ROOT));
        return m == null ? null : m.get(feature);
    }

    /** Features that carry a net, all layers together. */
    public int netFeatureCount() {
        return netOf.values().stream().mapToInt(Map::size).sum();
    }

    /** Parses the file; unknown records are ignored. */
    public static EdaData parse(String text) {
        List<String> layers = new ArrayList<>();
        List<String> nets = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        Map<String, Map<Integer, String>> netOf = new LinkedHashMap<>();
        String net = null;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.trim();
            int semi = line.indexOf(';');
            String fields = semi < 0 ? line : line.substring(0, semi);
            String[] t = fields.trim().split("\\s+");
            switch (t[0]) {
                case "LYR" -> {
                    for (int i = 1; i < t.length; i++) {
                        layers.add(t[i].toLowerCase(Locale.ROOT));
                    }
                }
                case "NET" -> {
                    net = t.length > 1 ? t[1] : "";
                    if (!net.equals("$NONE$")) {
                        nets.add(net);
                    }
                }
                case "PKG" -> packages.add(t.length > 1 ? t[1] : "");
                case "FID" -> {
                    if (net == null || net.equals("$NONE$") || t.length < 4) {
                        continue;
                    }
                    try {
                        int layer = Integer.parseInt(t[2]);
                        int feature = Integer.parseInt(t[3]);
                        if (layer >= 0 && layer < layers.size()) {
                            netOf.computeIfAbsent(layers.get(layer), k -> new HashMap<>()).put(feature, net);
                        }
                    } catch (NumberFormatException e) {
                        // a damaged reference names no feature
                    }
                }
                default -> {
                }
            }
        }
        return new EdaData(List.copyOf(nets), List.copyOf(packages), netOf);
    }
}
