package com.fabwright.panel;

import com.fabwright.assembly.Placement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The panel's pick-and-place list: every part of every board, its refdes suffixed with the board
 * number ({@code R12_3} is R12 on board 3), its centroid and rotation moved with the board (panel
 * coordinates, mm, seen from the top; rotation counter-clockwise). Written in KiCad's CSV form
 * ({@code Ref,Val,Package,PosX,PosY,Rot,Side}), which pick-and-place converters read.
 */
public final class PanelCpl {
    private PanelCpl() {
    }

    /** The panel placements. */
    public static List<Placement> placements(ArrayLayout layout) {
        List<Placement> out = new ArrayList<>();
        for (ArrayLayout.Instance i : layout.instances()) {
            for (Placement p : layout.designs().get(i.design()).placements()) {
                double[] c = i.transform().applyMm(p.xMm(), p.yMm());
                out.add(new Placement(p.refdes() + "_" + i.number(), c[0], c[1], i.transform().applyRotation(p.rotationDeg()),
                        p.side(), p.footprint(), p.value(), p.mount(), p.source(), p.line()));
            }
        }
        return out;
    }

    /** The CSV text. */
    public static String csv(List<Placement> placements) {
        StringBuilder b = new StringBuilder("Ref,Val,Package,PosX,PosY,Rot,Side\n");
        for (Placement p : placements) {
            b.append(q(p.refdes())).append(',').append(q(p.value())).append(',').append(q(p.footprint())).append(',')
                    .append(String.format(Locale.ROOT, "%.6f,%.6f,%.6f,", p.xMm(), p.yMm(), p.rotationDeg()))
                    .append(p.side().name().toLowerCase(Locale.ROOT)).append('\n');
        }
        return b.toString();
    }

    private static String q(String s) {
        return "\"" + (s == null ? "" : s.replace("\"", "\"\"")) + "\"";
    }
}
