package com.fabwright.odb.assembly;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a component layer's {@code components} file (spec "components file"): {@code UNITS=},
 * attribute names {@code @n}, and per part
 * {@code CMP pkg_ref x y rotation mirror refdes part_name;attributes} followed by its
 * {@code PRP} properties and {@code TOP} toeprints (pins). ODB++ turns components clockwise;
 * placements turn counter-clockwise, so the angle is negated. Mount type comes from the
 * {@code .comp_mount_type} attribute (1 smt, 2 thmt, 3 pressfit), unknown without it.
 */
public final class ComponentReader {
    private ComponentReader() {
    }

    /**
     * The placements of one component layer.
     *
     * @param text     the file's text
     * @param source   the job path of the file, for {@link Placement#source()}
     * @param side     top for {@code comp_+_top}, bottom for {@code comp_+_bot}
     * @param packages package names from {@code eda/data} by number
     */
    public static List<Placement> read(String text, String source, Side side, List<String> packages) {
        boolean inch = true;
        List<String> attrNames = new ArrayList<>();
        List<Placement> out = new ArrayList<>();
        String[] lines = text.split("\r?\n|\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.startsWith("UNITS=")) {
                inch = !line.substring(6).trim().toUpperCase(Locale.ROOT).startsWith("MM");
            } else if (line.startsWith("@")) {
                String[] t = line.substring(1).split("\\s+", 2);
                int n = Integer.parseInt(t[0]);
                while (attrNames.size() <= n) {
                    attrNames.add("");
                }
                attrNames.set(n, t.length > 1 ? t[1].trim() : "");
            } else if (line.startsWith("CMP ")) {
                int semi = line.indexOf(';');
                String[] t = (semi < 0 ? line : line.substring(0, semi)).trim().split("\\s+");
                if (t.length < 7) {
                    continue;
                }
                double f = inch ? 25.4 : 1;
                int pkg = parseInt(t[1]);
                double rot = Double.parseDouble(t[4]);
                double ccw = ((-rot % 360) + 360) % 360;
                String footprint = pkg >= 0 && pkg < packages.size() ? packages.get(pkg) : null;
                String part = t.length > 7 ? t[7] : null;
                MountType mount = mount(semi < 0 ? "" : line.substring(semi + 1), attrNames);
                out.add(new Placement(t[6], Double.parseDouble(t[2]) * f, Double.parseDouble(t[3]) * f,
                        ccw == 360 ? 0 : ccw, side, footprint, part, mount, source, i + 1));
            }
        }
        return out;
    }

    private static MountType mount(String attrs, List<String> names) {
        for (String item : attrs.split("[,;]")) {
            int eq = item.indexOf('=');
            if (eq < 0) {
                continue;
            }
            int n = parseInt(item.substring(0, eq).trim());
            if (n >= 0 && n < names.size() && names.get(n).equals(".comp_mount_type")) {
                return switch (item.substring(eq + 1).trim()) {
                    case "1" -> MountType.SMT;
                    case "2", "3" -> MountType.THT;
                    default -> MountType.UNKNOWN;
                };
            }
        }
        return MountType.UNKNOWN;
    }

    private static int parseInt(String s) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
