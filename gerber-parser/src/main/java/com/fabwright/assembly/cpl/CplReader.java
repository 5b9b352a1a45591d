package com.fabwright.assembly.cpl;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.assembly.table.ColumnMapping;
import com.fabwright.assembly.table.ColumnMatcher;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.assembly.table.HeaderFinder;
import com.fabwright.assembly.table.Table;
import com.fabwright.assembly.table.TableReader;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a placement table (CSV, TSV, aligned text, XLSX, XLS) of any of the dialects in the package
 * description: header found wherever it is, columns mapped by synonyms ({@link CplField}),
 * units from value suffixes or {@link UnitDetector}, side from a side or mirror column or the file
 * name, rotation normalised. Bad rows become diagnostics with row and column.
 */
public final class CplReader {
    private final ColumnMatcher<CplField> matcher = CplField.matcher();
    private final RotationCorrections corrections;

    public CplReader() {
        this(RotationCorrections.defaults());
    }

    public CplReader(RotationCorrections corrections) {
        this.corrections = corrections;
    }

    /** Reads a file; {@code displayName} names it in diagnostics and placements. */
    public PlacementFile read(Path file, String displayName, ColumnOverride<CplField> override) {
        List<Table> tables = new TableReader("CPL").read(file, displayName);
        List<PlacementFile> read = tables.stream().map(t -> read(t, override)).toList();
        return read.stream().max(Comparator.comparingInt((PlacementFile p) -> p.placements().size()))
                .orElseGet(() -> new PlacementFile(displayName, "generic", null, "", List.of(), List.of()));
    }

    /** Reads a table with automatic column mapping. */
    public PlacementFile read(Table table) {
        return read(table, ColumnOverride.none());
    }

    public PlacementFile read(Table table, ColumnOverride<CplField> override) {
        DiagnosticSink sink = new DiagnosticSink(table.file());
        Table t = table.format().equals("whitespace") ? AlignedHeaders.merge(table) : table;
        Optional<HeaderFinder.Found<CplField>> found = HeaderFinder.find(t, matcher, override, 3);
        if (found.isEmpty()) {
            if (!t.rows().isEmpty()) {
                sink.error("CPL-E002", SourcePosition.UNKNOWN, "no header row naming designator, X and Y columns in the first "
                        + HeaderFinder.SEARCH_ROWS + " rows; map the columns by hand");
            }
            return new PlacementFile(table.file(), "generic", null, "", List.of(), merge(table.diagnostics(), sink));
        }
        ColumnMapping<CplField> m = found.get().mapping();
        String dialect = Dialects.of(t, found.get().index(), m);
        UnitDetector.Detected unit = UnitDetector.detect(t, found.get().index(), m, dialect);
        Side nameSide = SideParser.fromName(table.file());
        RowReader rows = new RowReader(m, unit.unit(), nameSide, sink, table.file(), dialect, corrections);
        List<Placement> out = new ArrayList<>();
        for (int i = found.get().index() + 1; i < t.rows().size(); i++) {
            Table.Row row = t.rows().get(i);
            if (row.comment() || HeaderFinder.isHeader(matcher.match(row, override), 3)) {
                continue;
            }
            Placement p = rows.read(row);
            if (p != null) {
                out.add(p);
            }
        }
        String unitEvidence = rows.suffixUnit() != null ? "value suffix '" + rows.suffixUnit().label() + "'" : unit.evidence();
        LengthUnit used = rows.suffixUnit() != null ? rows.suffixUnit() : unit.unit();
        if (rows.suffixUnit() == null && unit.assumed()) {
            sink.warning("CPL-W003", new SourcePosition(m.headerLine(), 1), "coordinate unit " + unitEvidence
                    + (unit.unit() == LengthUnit.MIL ? "" : "") + "; correct it if the board does not line up");
        }
        if (!rows.sideKnown() && !out.isEmpty()) {
            sink.warning("CPL-W005", new SourcePosition(m.headerLine(), 1), "no side column; every part taken as "
                    + (nameSide == null ? Side.TOP : nameSide).label() + (nameSide == null ? " (assumed)" : " (from the file name)"));
        }
        out = KicadBottomMirror.undo(out, dialect, sink, m.headerLine());
        plausibility(out, used, sink, m.headerLine());
        duplicates(out, sink, m);
        sink.info("CPL-I001", new SourcePosition(m.headerLine(), 1), describe(m, dialect, unitEvidence));
        return new PlacementFile(table.file(), dialect, used, unitEvidence, out, merge(table.diagnostics(), sink));
    }

    /** Coordinates over 2 m in millimetres are mils or micrometres read as millimetres. */
    private static void plausibility(List<Placement> ps, LengthUnit unit, DiagnosticSink sink, int line) {
        double max = ps.stream().mapToDouble(p -> Math.max(Math.abs(p.xMm()), Math.abs(p.yMm()))).max().orElse(0);
        if (unit == LengthUnit.MM && max > 2000) {
            sink.warning("CPL-W004", new SourcePosition(line, 1), String.format(Locale.ROOT,
                    "coordinates reach %.0f mm, larger than any board: the file is probably in mils", max));
        }
    }

    private static void duplicates(List<Placement> ps, DiagnosticSink sink, ColumnMapping<CplField> m) {
        Map<String, Integer> seen = new HashMap<>();
        int col = m.column(CplField.REFDES).orElse(0) + 1;
        for (Placement p : ps) {
            Integer first = seen.putIfAbsent(p.refdes().toUpperCase(Locale.ROOT) + "@" + p.side(), p.line());
            if (first != null) {
                sink.warning("CPL-W014", new SourcePosition(p.line(), col), "designator " + p.refdes()
                        + " placed again (first on line " + first + ")");
            }
        }
    }

    private static String describe(ColumnMapping<CplField> m, String dialect, String unit) {
        StringBuilder sb = new StringBuilder(dialect).append(" placement file, header on row ").append(m.headerLine())
                .append(", unit ").append(unit).append(", mapping confidence ")
                .append(String.format(Locale.ROOT, "%.2f", m.overall())).append(':');
        m.columns().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> sb.append(' ')
                .append(e.getKey().name().toLowerCase(Locale.ROOT)).append("='").append(m.headerOf(e.getKey())).append('\''));
        return sb.toString();
    }

    static List<Diagnostic> merge(List<Diagnostic> first, DiagnosticSink sink) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(sink.diagnostics());
        return all;
    }

    /** Mount type words: {@code SMD}, {@code SMT}, {@code TH}, {@code THT}, {@code through hole}. */
    static MountType mount(String cell) {
        String s = cell.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (s.startsWith("smd") || s.startsWith("smt") || s.equals("surfacemount")) {
            return MountType.SMT;
        }
        if (s.equals("th") || s.equals("tht") || s.startsWith("through") || s.equals("pth")) {
            return MountType.THT;
        }
        return MountType.UNKNOWN;
    }
}
