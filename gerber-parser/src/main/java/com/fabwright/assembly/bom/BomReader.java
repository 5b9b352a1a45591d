package com.fabwright.assembly.bom;

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
import java.util.regex.Pattern;

/**
 * Reads a BOM (see the package description). Rows after the header are lines; a row with one
 * filled cell is a section title (a title saying DNP, DNI, "not fitted", "do not place" makes the
 * lines under it DNP); a row that maps like the header again is a repeated header and is skipped.
 * Bad rows become diagnostics, never exceptions.
 */
public final class BomReader {
    private static final Pattern DNP_TEXT = Pattern.compile(
            "(?i)\\b(dnp|dni|dnf|dnm|np|nf|nopop|not\\s*(fitted|placed|populated|mounted|installed|assembled)"
                    + "|do\\s*not\\s*(place|populate|fit|install|mount|assemble)|unfitted|unpopulated|excluded?)\\b");
    private static final Pattern FITTED_NO = Pattern.compile("(?i)\\s*(no|n|false|0|-|x?dnp|not.*|unfitted|nofit)\\s*");
    private static final Pattern DNP_YES = Pattern.compile("(?i)\\s*(yes|y|true|1|x|dnp|dni|dnf|nf|np|not\\s*fitted|do\\s*not\\s*place)\\s*");

    /** {@code NF(C948)}, {@code DNP(R1 R2)}: designators of a line (or of the whole BOM, in a note) not to place. */
    private static final Pattern DNP_REFS = Pattern.compile("(?i)\\b(?:NF|DNP|DNI|NP|DNF)\\s*\\(([^)]*)\\)");

    private final ColumnMatcher<BomField> matcher = BomField.matcher();

    /** Reads the BOM in a file; {@code displayName} names it in diagnostics. */
    public Bom read(Path file, String displayName, ColumnOverride<BomField> override) {
        List<Table> tables = new TableReader("BOM").read(file, displayName);
        return best(tables, override, displayName);
    }

    /** Reads the BOM of a table with automatic column mapping. */
    public Bom read(Table table) {
        return read(table, ColumnOverride.none());
    }

    /** The BOM of the sheet whose header maps best (spreadsheets may hold several). */
    private Bom best(List<Table> tables, ColumnOverride<BomField> override, String displayName) {
        List<Bom> boms = tables.stream().map(t -> read(t, override)).toList();
        return boms.stream().max(Comparator.comparingDouble((Bom b) -> b.mapping() == null ? -1 : b.mapping().overall())
                .thenComparingInt(b -> b.lines().size())).orElseGet(() -> new Bom(displayName, null, List.of(), List.of()));
    }

    /** Reads the BOM of a table with the user's corrections. */
    public Bom read(Table table, ColumnOverride<BomField> override) {
        DiagnosticSink sink = new DiagnosticSink(table.file());
        Optional<HeaderFinder.Found<BomField>> found = HeaderFinder.find(table, matcher, override, 2);
        if (found.isEmpty()) {
            if (!table.rows().isEmpty()) {
                sink.error("BOM-E002", SourcePosition.UNKNOWN,
                        "no header row naming a designator column and another BOM column in the first "
                                + HeaderFinder.SEARCH_ROWS + " rows; map the columns by hand");
            }
            return new Bom(table.file(), null, List.of(), merge(table.diagnostics(), sink));
        }
        ColumnMapping<BomField> mapping = found.get().mapping();
        sink.info("BOM-I001", new SourcePosition(mapping.headerLine(), 1), describe(mapping));
        List<BomLine> lines = new ArrayList<>();
        java.util.Set<String> notDnp = new java.util.LinkedHashSet<>();
        String section = null;
        boolean dnpSection = false;
        for (int i = found.get().index() + 1; i < table.rows().size(); i++) {
            Table.Row row = table.rows().get(i);
            if (row.comment()) {
                continue;
            }
            if (HeaderFinder.isHeader(matcher.match(row, override), 2)) {
                sink.info("BOM-I002", new SourcePosition(row.line(), 1), "repeated header row skipped");
                continue;
            }
            if (row.filled() == 1 && !isData(row, mapping)) {
                section = row.cells().stream().filter(c -> !c.isEmpty()).findFirst().orElse("");
                if (noteDnp(section, notDnp, sink, row.line())) {
                    continue;
                }
                dnpSection = DNP_TEXT.matcher(section).find();
                sink.info("BOM-I003", new SourcePosition(row.line(), 1), "section '" + section + "'"
                        + (dnpSection ? ": the lines under it are not placed" : ""));
                continue;
            }
            BomLine line = line(row, mapping, sink, section, dnpSection);
            if (line != null) {
                lines.addAll(splitDnp(line, dnpRefs(row, mapping)));
            }
        }
        if (!notDnp.isEmpty()) {
            List<BomLine> split = new ArrayList<>();
            lines.forEach(l -> split.addAll(splitDnp(l, notDnp)));
            lines = split;
        }
        duplicates(lines, mapping, sink);
        return new Bom(table.file(), mapping, lines, merge(table.diagnostics(), sink));
    }

    /** A note listing designators not to place ({@code NF(C225 C236 ...)}, LimeSDR's Altium BOM); true when it was one. */
    private static boolean noteDnp(String note, java.util.Set<String> into, DiagnosticSink sink, int line) {
        java.util.regex.Matcher m = DNP_REFS.matcher(note);
        boolean any = false;
        while (m.find()) {
            List<String> refs = RefdesList.parse(m.group(1)).refdes();
            if (refs.size() > 2 || !note.toLowerCase(Locale.ROOT).contains("means")) {
                into.addAll(refs);
                any = true;
            }
        }
        if (any) {
            sink.info("BOM-I004", new SourcePosition(line, 1), "note lists " + into.size() + " designator(s) not to place");
        }
        return any;
    }

    /** Designators the DNP or Fitted cell of a row names in {@code NF(...)}. */
    private static java.util.Set<String> dnpRefs(Table.Row row, ColumnMapping<BomField> m) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (BomField f : List.of(BomField.DNP, BomField.FITTED)) {
            String t = text(row, m, f);
            if (t != null) {
                java.util.regex.Matcher mm = DNP_REFS.matcher(t);
                while (mm.find()) {
                    out.addAll(RefdesList.parse(mm.group(1)).refdes());
                }
            }
        }
        return out;
    }

    /** The line split into its fitted designators and the DNP ones named in {@code dnp}. */
    private static List<BomLine> splitDnp(BomLine l, java.util.Set<String> dnp) {
        if (l.dnp() || dnp.isEmpty() || l.refdes().stream().noneMatch(dnp::contains)) {
            return List.of(l);
        }
        List<String> fitted = l.refdes().stream().filter(r -> !dnp.contains(r)).toList();
        List<String> not = l.refdes().stream().filter(dnp::contains).toList();
        List<BomLine> out = new ArrayList<>();
        if (!fitted.isEmpty()) {
            out.add(new BomLine(l.line(), l.item(), fitted.size(), fitted, l.value(), l.footprint(), l.mpn(),
                    l.manufacturer(), l.description(), false, l.section()));
        }
        out.add(new BomLine(l.line(), l.item(), not.size(), not, l.value(), l.footprint(), l.mpn(), l.manufacturer(),
                l.description(), true, l.section()));
        return out;
    }

    /** A single-cell row is data when that cell is the designator or quantity. */
    private static boolean isData(Table.Row row, ColumnMapping<BomField> m) {
        return m.column(BomField.REFDES).map(c -> !row.cell(c).isEmpty()).orElse(false)
                && row.cell(m.column(BomField.REFDES).get()).matches("[A-Za-z_$]+\\d+.*");
    }

    private BomLine line(Table.Row row, ColumnMapping<BomField> m, DiagnosticSink sink, String section, boolean dnpSection) {
        int refCol = m.column(BomField.REFDES).orElse(-1);
        String refCell = row.cell(refCol);
        RefdesList.Parsed refs = RefdesList.parse(refCell);
        for (String p : refs.problems()) {
            sink.warning("BOM-W005", new SourcePosition(row.line(), refCol + 1),
                    "designator range '" + p + "' not expanded (backwards or over " + RefdesList.MAX_RANGE + ")");
        }
        Integer qty = null;
        Optional<Integer> qtyCol = m.column(BomField.QUANTITY);
        if (qtyCol.isPresent() && !row.cell(qtyCol.get()).isEmpty()) {
            qty = quantity(row.cell(qtyCol.get()));
            if (qty == null) {
                sink.warning("BOM-W004", new SourcePosition(row.line(), qtyCol.get() + 1),
                        "quantity '" + row.cell(qtyCol.get()) + "' is not a whole number; the designators are counted");
            }
        }
        if (refs.refdes().isEmpty() && qty == null) {
            sink.warning("BOM-W006", new SourcePosition(row.line(), refCol + 1), "row has neither designators nor a quantity; skipped");
            return null;
        }
        boolean dnp = dnpSection || flag(row, m, BomField.DNP, DNP_YES) || flag(row, m, BomField.FITTED, FITTED_NO)
                || DNP_TEXT.matcher(text(row, m, BomField.VALUE) == null ? "" : text(row, m, BomField.VALUE)).matches();
        if (qty != null && !refs.refdes().isEmpty() && qty != refs.refdes().size() && !(dnp && qty == 0)) {
            sink.warning("BOM-W003", new SourcePosition(row.line(), qtyCol.get() + 1),
                    "quantity " + qty + " but " + refs.refdes().size() + " designator(s) listed");
        }
        return new BomLine(row.line(), text(row, m, BomField.ITEM), qty, refs.refdes(), text(row, m, BomField.VALUE),
                text(row, m, BomField.FOOTPRINT), text(row, m, BomField.MPN), text(row, m, BomField.MANUFACTURER),
                text(row, m, BomField.DESCRIPTION), dnp, section);
    }

    private static boolean flag(Table.Row row, ColumnMapping<BomField> m, BomField f, Pattern yes) {
        String t = text(row, m, f);
        return t != null && yes.matcher(t).matches();
    }

    private static String text(Table.Row row, ColumnMapping<BomField> m, BomField f) {
        String t = m.column(f).map(row::cell).orElse("");
        return t.isEmpty() ? null : t;
    }

    static Integer quantity(String cell) {
        String s = cell.strip().replaceAll("(?i)\\s*(pcs?|ea|x)$", "");
        if (s.matches("\\d{1,7}")) {
            return Integer.parseInt(s);
        }
        if (s.matches("\\d{1,7}[.,]0+")) {
            return Integer.parseInt(s.substring(0, s.length() - s.replaceAll("^\\d+", "").length()));
        }
        return null;
    }

    private static void duplicates(List<BomLine> lines, ColumnMapping<BomField> m, DiagnosticSink sink) {
        Map<String, Integer> seen = new HashMap<>();
        int col = m.column(BomField.REFDES).orElse(0) + 1;
        for (BomLine l : lines) {
            for (String r : l.refdes()) {
                Integer first = seen.putIfAbsent(r.toUpperCase(Locale.ROOT), l.line());
                if (first != null) {
                    sink.warning("BOM-W007", new SourcePosition(l.line(), col),
                            "designator " + r + " already listed on line " + first);
                }
            }
        }
    }

    private static String describe(ColumnMapping<BomField> m) {
        StringBuilder sb = new StringBuilder("header on row ").append(m.headerLine()).append(", mapping confidence ")
                .append(String.format(Locale.ROOT, "%.2f", m.overall())).append(':');
        m.columns().entrySet().stream().sorted(Map.Entry.comparingByValue()).forEach(e -> sb.append(' ')
                .append(e.getKey().name().toLowerCase(Locale.ROOT)).append("='").append(m.headerOf(e.getKey())).append('\''));
        return sb.toString();
    }

    private static List<Diagnostic> merge(List<Diagnostic> first, DiagnosticSink sink) {
        List<Diagnostic> all = new ArrayList<>(first);
        all.addAll(sink.diagnostics());
        return all;
    }
}
