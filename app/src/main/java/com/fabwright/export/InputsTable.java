package com.fabwright.export;

import com.fabwright.quote.AssemblyFigures;
import com.fabwright.quote.BoardSpec;
import com.fabwright.quote.Input;
import com.fabwright.quote.Quote;
import java.util.ArrayList;
import java.util.List;

/** The quote's inputs as rows {@code {name, value, origin, note}}: what was measured and what was entered. */
public final class InputsTable {
    private InputsTable() {
    }

    public static List<String[]> rows(Quote q) {
        BoardSpec b = q.inputs().board();
        List<String[]> out = new ArrayList<>();
        add(out, "board width mm", b.widthMm());
        add(out, "board height mm", b.heightMm());
        add(out, "copper layers", b.layers());
        add(out, "thickness mm", b.thicknessMm());
        add(out, "finish", b.finish());
        add(out, "copper oz", b.copperOz());
        add(out, "material", b.material());
        add(out, "min track mm", b.minTrackMm());
        add(out, "min gap mm", b.minGapMm());
        add(out, "min hole mm", b.minHoleMm());
        add(out, "holes per board", b.holes());
        add(out, "impedance control", b.impedance());
        if (!b.specials().isEmpty()) {
            out.add(new String[] {"special processes", String.join(", ", b.specials()), "ENTERED", "entered"});
        }
        AssemblyFigures a = q.inputs().assembly();
        String src = a.source();
        out.add(new String[] {"SMT placements / lines", a.smtPlacements() + " / " + a.smtLines(), origin(src), src});
        out.add(new String[] {"THT parts / pins", a.thtParts() + " / " + a.thtPins(), origin(src), src});
        out.add(new String[] {"SMT joints / CN points", a.smtJoints() + " / " + String.format(java.util.Locale.ROOT, "%.1f", a.points()),
                origin(src), src});
        out.add(new String[] {"BGA / sides", a.bga() + " / " + a.sides(), origin(src), src});
        out.add(new String[] {"panel", q.panel().description(), "MEASURED", "computed"});
        return out;
    }

    /** Compact decimal text. */
    private static final class Rate2 {
        static String trim(double d) {
            return java.math.BigDecimal.valueOf(d).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
    }

    private static String origin(String source) {
        return source != null && source.startsWith("entered") ? "ENTERED" : source == null || source.equals("none") ? "DEFAULT" : "MEASURED";
    }

    private static void add(List<String[]> out, String name, Input<?> in) {
        Object v = in.value();
        String text = v == null ? "unknown" : v instanceof Double d ? Rate2.trim(d) : String.valueOf(v);
        out.add(new String[] {name, text, in.origin().name(),
                in.note() == null ? "" : in.note()});
    }
}
