package com.fabwright.assembly.cpl;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.assembly.table.ColumnMapping;
import com.fabwright.assembly.table.Table;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;

/** Turns the data rows of a placement table into {@link Placement}s, reporting bad cells with row and column. */
final class RowReader {
    private final ColumnMapping<CplField> m;
    private final LengthUnit unit;
    private final Side nameSide;
    private final DiagnosticSink sink;
    private final String source;
    private final String dialect;
    private final RotationCorrections corrections;
    private LengthUnit suffixUnit;
    private boolean sideKnown;

    RowReader(ColumnMapping<CplField> m, LengthUnit unit, Side nameSide, DiagnosticSink sink, String source,
              String dialect, RotationCorrections corrections) {
        this.m = m;
        this.unit = unit;
        this.nameSide = nameSide;
        this.sink = sink;
        this.source = source;
        this.dialect = dialect;
        this.corrections = corrections;
    }

    /** The unit written after the values, when the file writes one. */
    LengthUnit suffixUnit() {
        return suffixUnit;
    }

    /** Whether a side or mirror column gave the side. */
    boolean sideKnown() {
        return sideKnown;
    }

    /** The placement of a row, or {@code null} (with a diagnostic) when it has none. */
    Placement read(Table.Row row) {
        int refCol = m.column(CplField.REFDES).orElse(0);
        String refdes = row.cell(refCol);
        if (refdes.isEmpty()) {
            if (row.filled() > 1) {
                sink.warning("CPL-W011", new SourcePosition(row.line(), refCol + 1), "row without a designator skipped");
            }
            return null;
        }
        Double x = coordinate(row, CplField.X);
        Double y = coordinate(row, CplField.Y);
        if (x == null || y == null) {
            return null;
        }
        double rot = 0;
        int rotCol = m.column(CplField.ROTATION).orElse(-1);
        if (rotCol >= 0 && !row.cell(rotCol).isEmpty()) {
            CoordinateCell r = CoordinateCell.parse(row.cell(rotCol).replaceAll("(?i)\\s*(deg|°)$", ""));
            if (r == null) {
                sink.warning("CPL-W012", new SourcePosition(row.line(), rotCol + 1),
                        "rotation '" + row.cell(rotCol) + "' is not a number; 0 assumed");
            } else {
                rot = r.value();
            }
        }
        String footprint = text(row, CplField.FOOTPRINT);
        MountType mount = m.column(CplField.MOUNT).map(c -> CplReader.mount(row.cell(c))).orElse(MountType.UNKNOWN);
        Side side = side(row);
        if (side == Side.BOTTOM && dialect.equals("kicad")) {
            // KiCad position files give bottom rotations 180 degrees from the X3 .CRot of the same part
            // (measured: KiCad 9 pos CSV vs X3 component layer); X3 is the convention kept.
            rot += 180;
        }
        return new Placement(refdes, x, y, corrections.correct(dialect, footprint, rot), side, footprint,
                text(row, CplField.VALUE), mount, source, row.line());
    }

    private Double coordinate(Table.Row row, CplField f) {
        int col = m.column(f).orElse(-1);
        CoordinateCell c = CoordinateCell.parse(row.cell(col));
        if (c == null) {
            sink.warning("CPL-W010", new SourcePosition(row.line(), col + 1), f.name() + " '" + row.cell(col)
                    + "' is not a number; row skipped");
            return null;
        }
        if (c.unit() != null) {
            suffixUnit = c.unit();
        }
        return c.value() * (c.unit() != null ? c.unit() : unit).mm();
    }

    private Side side(Table.Row row) {
        int sc = m.column(CplField.SIDE).orElse(-1);
        if (sc >= 0) {
            Side s = SideParser.side(row.cell(sc));
            if (s != null) {
                sideKnown = true;
                return s;
            }
            sink.warning("CPL-W013", new SourcePosition(row.line(), sc + 1), "side '" + row.cell(sc)
                    + "' not understood; top assumed");
            return Side.TOP;
        }
        int mc = m.column(CplField.MIRROR).orElse(-1);
        if (mc >= 0) {
            Side s = SideParser.mirror(row.cell(mc));
            if (s != null) {
                sideKnown = true;
                return s;
            }
        }
        return nameSide == null ? Side.TOP : nameSide;
    }

    private String text(Table.Row row, CplField f) {
        String t = m.column(f).map(row::cell).orElse("");
        return t.isEmpty() ? null : t;
    }
}
