package com.fabwright.app.cli;

import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.bom.Bom;
import com.fabwright.assembly.bom.BomField;
import com.fabwright.assembly.bom.BomReader;
import com.fabwright.assembly.cpl.CplField;
import com.fabwright.assembly.cpl.CplReader;
import com.fabwright.assembly.cpl.PlacementFile;
import com.fabwright.assembly.table.ColumnMatcher;
import com.fabwright.assembly.table.ColumnOverride;
import com.fabwright.store.ColumnMappingStore;
import com.fabwright.store.StoreException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads BOM and CPL files with the user's {@code --map} corrections, and for a known customer saves
 * a BOM correction under the file's header signature and applies a remembered one to the next BOM
 * with the same header ({@code --forget-mapping} removes it). Records where each BOM's mapping came
 * from, and says on stderr when a remembered mapping was applied, saved or forgotten.
 */
final class RememberedMappings implements JobAssembly.Readers {
    private static final String BOM = "bom";
    private final ColumnOverride<BomField> bomOverride;
    private final ColumnOverride<CplField> cplOverride;
    private final String customer;
    private final boolean forget;
    private final Supplier<ColumnMappingStore> opener;
    private final PrintWriter err;
    private final Map<String, MappingOrigin> origins = new HashMap<>();
    private ColumnMappingStore store;

    RememberedMappings(List<ColumnMapEntry> entries, String customer, boolean forget, Supplier<ColumnMappingStore> opener,
                       PrintWriter err) {
        this.bomOverride = override(BomField.class, entries, BOM);
        this.cplOverride = override(CplField.class, entries, "cpl");
        this.customer = customer == null || customer.isBlank() ? null : customer.strip();
        this.forget = forget;
        this.opener = opener;
        this.err = err;
    }

    /** BOM source to the origin of its corrections (files read with the detected mapping are absent). */
    Map<String, MappingOrigin> origins() {
        return Map.copyOf(origins);
    }

    @Override
    public Bom bom(BomReader reader, Path file, String name) {
        if (!bomOverride.columns().isEmpty()) {
            Bom b = reader.read(file, name, bomOverride);
            origins.put(b.source(), new MappingOrigin("entered", names(bomOverride.columns().keySet())));
            warnUnresolved(b, name);
            if (customer != null && !forget && b.mapping() != null) {
                try {
                    store().save(customer, BOM, signature(b.mapping().header()), names(bomOverride));
                    err.println(name + ": info: column mapping saved for customer '" + customer + "': " + describe(bomOverride));
                } catch (StoreException e) {
                    err.println(name + ": warning: column mapping not saved: " + e.getMessage());
                }
            }
            return b;
        }
        Bom auto = reader.read(file, name, ColumnOverride.none());
        if (customer == null) {
            return auto;
        }
        try {
            return remembered(reader, file, name, auto);
        } catch (StoreException e) {
            err.println(name + ": warning: remembered column mappings not read: " + e.getMessage());
            return auto;
        }
    }

    /** The BOM read with the customer's remembered mapping for its header, else {@code auto}. */
    private Bom remembered(BomReader reader, Path file, String name, Bom auto) {
        for (Map.Entry<String, Map<String, String>> e : store().all(customer, BOM).entrySet()) {
            ColumnOverride<BomField> remembered = fromNames(BomField.class, e.getValue());
            Bom b = reader.read(file, name, remembered);
            if (b.mapping() == null || !signature(b.mapping().header()).equals(e.getKey())) {
                continue;
            }
            if (forget) {
                store().forget(customer, BOM, e.getKey());
                err.println(name + ": info: forgot the column mapping remembered for customer '" + customer + "'");
                return auto;
            }
            origins.put(b.source(), new MappingOrigin("remembered", e.getValue().keySet()));
            err.println(name + ": info: applied the column mapping remembered for customer '" + customer + "': "
                    + describe(remembered));
            return b;
        }
        if (forget) {
            err.println(name + ": info: no column mapping remembered for customer '" + customer + "' for this header");
        }
        return auto;
    }

    @Override
    public PlacementFile cpl(CplReader reader, Path file, String name) {
        return reader.read(file, name, cplOverride);
    }

    /** Closes the store when it was opened. */
    void close() {
        if (store != null) {
            store.close();
        }
    }

    /** The header signature: the normalised header cells, trailing empty cells dropped, joined by {@code |}. */
    static String signature(List<String> header) {
        List<String> cells = header.stream().map(ColumnMatcher::normalise).collect(Collectors.toList());
        while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
            cells.remove(cells.size() - 1);
        }
        return String.join("|", cells);
    }

    private ColumnMappingStore store() {
        if (store == null) {
            store = opener.get();
        }
        return store;
    }

    private void warnUnresolved(Bom b, String name) {
        if (b.mapping() == null) {
            err.println(name + ": warning: no header row found with --map " + describe(bomOverride));
            return;
        }
        bomOverride.columns().forEach((f, spec) -> {
            if (!spec.isBlank() && !b.mapping().has(f)) {
                err.println(name + ": warning: --map " + f.name().toLowerCase(java.util.Locale.ROOT) + "=" + spec
                        + ": no such column in the header row " + b.mapping().header());
            }
        });
    }

    private static <F extends Enum<F>> ColumnOverride<F> override(Class<F> type, List<ColumnMapEntry> entries, String role) {
        Map<F, String> m = new EnumMap<>(type);
        entries.stream().filter(e -> e.role().equals(role)).forEach(e -> m.put(Enum.valueOf(type, e.field()), e.column()));
        return new ColumnOverride<>(m);
    }

    private static <F extends Enum<F>> ColumnOverride<F> fromNames(Class<F> type, Map<String, String> names) {
        Map<F, String> m = new EnumMap<>(type);
        for (F f : type.getEnumConstants()) {
            if (names.containsKey(f.name())) {
                m.put(f, names.get(f.name()));
            }
        }
        return new ColumnOverride<>(m);
    }

    private static <F extends Enum<F>> Map<String, String> names(ColumnOverride<F> o) {
        Map<String, String> m = new java.util.TreeMap<>();
        o.columns().forEach((f, s) -> m.put(f.name(), s));
        return m;
    }

    private static <F extends Enum<F>> java.util.Set<String> names(java.util.Set<F> fields) {
        return fields.stream().map(Enum::name).collect(Collectors.toSet());
    }

    private static <F extends Enum<F>> String describe(ColumnOverride<F> o) {
        return names(o).entrySet().stream().map(e -> e.getKey().toLowerCase(java.util.Locale.ROOT) + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
