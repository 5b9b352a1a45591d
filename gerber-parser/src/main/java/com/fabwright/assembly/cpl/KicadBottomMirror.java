package com.fabwright.assembly.cpl;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.util.List;

/**
 * KiCad 6's position-file option "use negative X coordinates for footprints on bottom layer" writes
 * bottom parts at {@code -x}; KiCad's page coordinates are positive, so a KiCad file whose bottom
 * parts all sit at negative X while its top parts (if any) sit at positive X was written with it.
 * The X of its bottom parts is negated back to the Gerber coordinates, with warning {@code CPL-W006}.
 */
final class KicadBottomMirror {
    private KicadBottomMirror() {
    }

    static List<Placement> undo(List<Placement> ps, String dialect, DiagnosticSink sink, int line) {
        if (!dialect.equals("kicad")) {
            return ps;
        }
        List<Placement> bottom = ps.stream().filter(p -> p.side() == Side.BOTTOM).toList();
        boolean bottomNegative = !bottom.isEmpty() && bottom.stream().allMatch(p -> p.xMm() < 0);
        boolean topPositive = ps.stream().filter(p -> p.side() == Side.TOP).allMatch(p -> p.xMm() >= 0);
        if (!bottomNegative || !topPositive) {
            return ps;
        }
        sink.warning("CPL-W006", new SourcePosition(line, 1), "every bottom part is at negative X (KiCad's 'negative X"
                + " for bottom' option): their X is negated back to board coordinates");
        return ps.stream().map(p -> p.side() != Side.BOTTOM ? p : new Placement(p.refdes(), -p.xMm(), p.yMm(),
                p.rotationDeg(), p.side(), p.footprint(), p.value(), p.mount(), p.source(), p.line())).toList();
    }
}
