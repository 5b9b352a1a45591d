package com.fabwright.app.cli;

import com.fabwright.assembly.bom.BomField;
import com.fabwright.assembly.cpl.CplField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One {@code --map FIELD=COLUMN} correction: the file role it applies to ({@code bom} or {@code cpl}),
 * the reader's field, and the column as the readers' {@code ColumnOverride} names it (header text, or
 * {@code #N} for a 1-based column number; empty: unmap the field). A FIELD without a {@code bom.} or
 * {@code cpl.} prefix is a BOM field when the BOM has it, else a CPL field.
 *
 * @param role   {@code bom} or {@code cpl}
 * @param field  the field name as the reader's enum spells it ({@code REFDES}, {@code X}, ...)
 * @param column header text, {@code #N}, or empty
 */
record ColumnMapEntry(String role, String field, String column) {
    /** Field names accepted besides the enum names (lower case). */
    static final Map<String, String> ALIASES = Map.of("designator", "REFDES", "reference", "REFDES", "ref", "REFDES",
            "qty", "QUANTITY", "mfr", "MANUFACTURER", "package", "FOOTPRINT", "layer", "SIDE", "rot", "ROTATION");

    /** Every accepted FIELD, for help and error messages. */
    static String fieldList() {
        Map<String, String> m = new LinkedHashMap<>();
        for (BomField f : BomField.values()) {
            m.put(f.name().toLowerCase(Locale.ROOT), "");
        }
        for (CplField f : CplField.values()) {
            m.put(f.name().toLowerCase(Locale.ROOT), "");
        }
        return String.join(", ", m.keySet()) + " (aliases " + String.join(", ", new java.util.TreeSet<>(ALIASES.keySet()))
                + "; prefix bom. or cpl. to choose the file)";
    }

    /** The picocli converter: malformed values are usage errors (exit 2). */
    static final class Converter implements ITypeConverter<ColumnMapEntry> {
        @Override
        public ColumnMapEntry convert(String value) {
            return parse(value);
        }
    }

    static ColumnMapEntry parse(String value) {
        int eq = value.indexOf('=');
        if (eq <= 0) {
            throw new TypeConversionException("'" + value + "': expected FIELD=COLUMN, for example designator=Bauteil or qty=3");
        }
        String name = value.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String column = value.substring(eq + 1).strip();
        String role = null;
        if (name.startsWith("bom.") || name.startsWith("cpl.")) {
            role = name.substring(0, 3);
            name = name.substring(4);
        }
        String field = ALIASES.getOrDefault(name, name.toUpperCase(Locale.ROOT));
        boolean bom = has(BomField.class, field);
        boolean cpl = has(CplField.class, field);
        if (role == null) {
            role = bom ? "bom" : cpl ? "cpl" : null;
        }
        if (role == null || role.equals("bom") && !bom || role.equals("cpl") && !cpl) {
            throw new TypeConversionException("'" + value + "': unknown field '" + value.substring(0, eq).strip()
                    + "'; fields: " + fieldList());
        }
        if (column.matches("\\d+")) {
            int n = column.length() > 4 ? 0 : Integer.parseInt(column);
            if (n < 1 || n > 999) {
                throw new TypeConversionException("'" + value + "': column number must be 1..999");
            }
            column = "#" + n;
        }
        return new ColumnMapEntry(role, field, column);
    }

    private static <E extends Enum<E>> boolean has(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
