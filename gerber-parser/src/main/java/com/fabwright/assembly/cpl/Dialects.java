package com.fabwright.assembly.cpl;

import com.fabwright.assembly.table.ColumnMapping;
import com.fabwright.assembly.table.ColumnMatcher;
import com.fabwright.assembly.table.Table;

/**
 * Names the tool a placement table comes from, from its header and preamble: the dialect chooses
 * the default unit (Allegro and gEDA: mils), the rotation corrections and KiCad's bottom-side X.
 */
final class Dialects {
    private Dialects() {
    }

    static String of(Table t, int headerIndex, ColumnMapping<CplField> m) {
        String x = ColumnMatcher.normalise(m.headerOf(CplField.X));
        for (int i = 0; i < headerIndex; i++) {
            String line = String.join(" ", t.rows().get(i).cells()).toLowerCase(java.util.Locale.ROOT);
            if (line.contains("pcbxy")) {
                return "geda";
            }
            if (line.contains("pcbnew") || line.contains("module positions") || line.contains("footprint positions")) {
                return "kicad";
            }
        }
        if (x.equals("posx")) {
            return "kicad";
        }
        if (x.startsWith("sym") || m.has(CplField.MIRROR) && ColumnMatcher.normalise(m.headerOf(CplField.MIRROR)).equals("symmirror")) {
            return "allegro";
        }
        if (x.equals("midx")) {
            boolean jlc = m.header().size() == 5 && ColumnMatcher.normalise(m.header().get(0)).equals("designator");
            return jlc ? "jlc" : "altium";
        }
        return "generic";
    }
}
