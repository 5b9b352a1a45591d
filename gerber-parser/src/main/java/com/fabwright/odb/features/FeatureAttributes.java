package com.fabwright.odb.features;

import com.fabwright.image.Attributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the attribute part of an ODB++ feature record ({@code ;0,1=2,3=0.5}, indexes into the
 * file's {@code @n} name table and, for text attributes, its {@code &n} string table) into
 * {@link Attributes}: the ODB++ attributes under their own names ({@code .smd},
 * {@code .pad_usage=via}, {@code .drill=non_plated}...), plus the Gerber X2 attributes the rest of
 * Fabwright reads: {@code .AperFunction} (ViaDrill / ComponentDrill,PTH / MechanicalDrill,NPTH,
 * SMDPad,CuDef, ViaPad, ComponentPad, FiducialPad) and {@code .N} (the net from {@code eda/data},
 * else the record's own {@code .net} or {@code .net_name} text attribute).
 * Equal attribute sets are shared between records.
 */
final class FeatureAttributes {
    /** Option values of the system attributes whose records give an index (ODB++ sysattr). */
    private static final Map<String, List<String>> OPTIONS = Map.of(
            ".drill", List.of("plated", "non_plated", "via"),
            ".pad_usage", List.of("toeprint", "via", "g_fiducial", "l_fiducial", "tooling_hole", "bond_finger"),
            ".comp_mount_type", List.of("other", "smt", "thmt", "pressfit"));
    /** Text attributes: their value is an index into the {@code &} table. */
    private static final java.util.Set<String> TEXT = java.util.Set.of(".string", ".geometry", ".nomenclature",
            ".net", ".net_name", ".padstack_id", ".artwork", ".comp_name", ".pin_name");

    private final List<String> names;
    private final List<String> texts;
    private final Map<String, Attributes> cache = new HashMap<>();

    FeatureAttributes(List<String> names, List<String> texts) {
        this.names = names;
        this.texts = texts;
    }

    /** The attributes of one record; {@code net} may be null. */
    Attributes of(String raw, String net) {
        String key = raw + "\u0000" + (net == null ? "" : net);
        return cache.computeIfAbsent(key, k -> build(raw, net));
    }

    /** The value of an ODB++ attribute in a record's raw attribute text, or null. */
    String value(String raw, String attribute) {
        return decode(raw).get(attribute);
    }

    private Map<String, String> decode(String raw) {
        Map<String, String> out = new LinkedHashMap<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        for (String item : raw.split(",")) {
            String s = item.trim();
            if (s.isEmpty()) {
                continue;
            }
            int eq = s.indexOf('=');
            String idx = eq < 0 ? s : s.substring(0, eq);
            String val = eq < 0 ? "" : s.substring(eq + 1);
            int i;
            try {
                i = Integer.parseInt(idx.trim());
            } catch (NumberFormatException e) {
                continue;
            }
            if (i < 0 || i >= names.size() || names.get(i) == null) {
                continue;
            }
            String name = names.get(i);
            out.put(name, resolve(name, val));
        }
        return out;
    }

    private String resolve(String name, String val) {
        try {
            List<String> options = OPTIONS.get(name);
            if (options != null && !val.isEmpty()) {
                int k = Integer.parseInt(val);
                return k >= 0 && k < options.size() ? options.get(k) : val;
            }
            if (TEXT.contains(name) && !val.isEmpty()) {
                int k = Integer.parseInt(val);
                return k >= 0 && k < texts.size() && texts.get(k) != null ? texts.get(k) : val;
            }
        } catch (NumberFormatException e) {
            return val;
        }
        return val;
    }

    private Attributes build(String raw, String net) {
        Map<String, String> odb = decode(raw);
        Map<String, List<String>> m = new LinkedHashMap<>();
        odb.forEach((k, v) -> m.put(k, v.isEmpty() ? List.of() : List.of(v)));
        List<String> function = aperFunction(odb);
        if (!function.isEmpty()) {
            m.put(".AperFunction", function);
        }
        String named = net != null ? net : odb.getOrDefault(".net", odb.get(".net_name"));
        if (named != null && !named.isEmpty() && !named.equals("$NONE$")) {
            m.put(".N", List.of(named));
        }
        return Attributes.of(m);
    }

    private static List<String> aperFunction(Map<String, String> odb) {
        String drill = odb.get(".drill");
        if (drill != null) {
            return switch (drill) {
                case "via" -> List.of("ViaDrill");
                case "non_plated" -> List.of("MechanicalDrill", "NPTH");
                default -> List.of("ComponentDrill", "PTH");
            };
        }
        String usage = odb.getOrDefault(".pad_usage", "");
        List<String> out = new ArrayList<>();
        switch (usage) {
            case "via" -> out.add("ViaPad");
            case "g_fiducial" -> out.addAll(List.of("FiducialPad", "Global"));
            case "l_fiducial" -> out.addAll(List.of("FiducialPad", "Local"));
            case "toeprint" -> out.addAll(odb.containsKey(".smd") ? List.of("SMDPad", "CuDef") : List.of("ComponentPad"));
            default -> {
                if (odb.containsKey(".smd")) {
                    out.addAll(List.of("SMDPad", "CuDef"));
                }
            }
        }
        return out;
    }
}
