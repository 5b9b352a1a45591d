package com.fabwright.assembly.bom;

import com.fabwright.assembly.table.ColumnMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of a BOM line, with the header synonyms of the tools that write BOMs (Altium, KiCad,
 * EAGLE, OrCAD, PADS, JLCPCB, ERP exports). {@link #DNP} holds "do not place" flags (yes = not
 * fitted); {@link #FITTED} the opposite sense (yes = fitted).
 */
public enum BomField {
    REFDES, QUANTITY, MPN, MANUFACTURER, VALUE, FOOTPRINT, DESCRIPTION, DNP, FITTED, ITEM;

    /** Normalised header synonyms, most specific first. */
    static final Map<BomField, List<String>> SYNONYMS = synonyms();

    /** The matcher for BOM headers: a designator column is required. */
    static ColumnMatcher<BomField> matcher() {
        return new ColumnMatcher<>(BomField.class, SYNONYMS, Set.of(REFDES));
    }

    private static Map<BomField, List<String>> synonyms() {
        Map<BomField, List<String>> m = new EnumMap<>(BomField.class);
        m.put(REFDES, List.of("designator", "designators", "refdes", "references", "reference", "refs", "ref",
                "partreference", "partreferences", "referencedesignator", "referencedesignators", "refdesignator",
                "partref", "componentref", "des", "parts", "location", "locations", "position", "positions"));
        m.put(QUANTITY, List.of("qty", "quantity", "qnty", "quant", "qtyperboard", "qtyper", "count", "pcs", "amount", "menge"));
        m.put(MPN, List.of("mpn", "manufacturerpartnumber", "mfrpartnumber", "mfrpn", "mfgpn", "mfgpartnumber",
                "manufacturerpn", "partnumber", "pn", "manufacturerpart", "mfrpart", "orderingcode", "lcsc",
                "supplierandref", "supplierpartnumber"));
        m.put(MANUFACTURER, List.of("manufacturer", "mfr", "mfg", "manufacturername", "maker", "vendor", "brand"));
        m.put(VALUE, List.of("value", "val", "comment", "designation", "partvalue"));
        m.put(FOOTPRINT, List.of("footprint", "package", "pcbfootprint", "pattern", "case", "packagename",
                "footprintname", "decal", "pcbdecal", "casepackage", "size"));
        m.put(DESCRIPTION, List.of("description", "desc", "partdescription", "libref", "part", "details"));
        m.put(DNP, List.of("dnp", "dni", "donotplace", "donotpopulate", "donotinstall", "notfitted", "nofit",
                "nopop", "nf", "np", "excludefrombom"));
        m.put(FITTED, List.of("fitted", "installed", "populate", "populated", "fit", "mount", "mounted", "place",
                "assemble", "assembly", "status", "variant"));
        m.put(ITEM, List.of("item", "itemno", "itemnumber", "no", "nr", "line", "lineno", "id", "index", "pos", "num"));
        return m;
    }
}
