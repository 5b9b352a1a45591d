package com.fabwright.app.cli;

import java.util.Set;

/**
 * Where the column corrections of one BOM or CPL file came from: {@code entered} ({@code --map}) or
 * {@code remembered} (saved for the customer), for the fields named; every other field is
 * {@code detected} (matched by the readers' synonyms).
 *
 * @param origin {@code detected}, {@code entered} or {@code remembered}
 * @param fields the corrected fields (reader enum names)
 */
record MappingOrigin(String origin, Set<String> fields) {
    static final MappingOrigin DETECTED = new MappingOrigin("detected", Set.of());

    MappingOrigin {
        fields = Set.copyOf(fields);
    }

    /** The origin of one field's column. */
    String of(String field) {
        return fields.contains(field) ? origin : "detected";
    }
}
