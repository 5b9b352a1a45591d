package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.copper.CopperFeature;
import java.util.List;

/** Shared by the paste rules: whether a side is a paste side at all. */
final class PasteRules {
    private PasteRules() {
    }

    /** Sides with a paste layer that has something on it (an empty paste file is a bare-board job). */
    static List<Sides> pasteSides(DfmInput in) {
        return Sides.of(in).stream().filter(s -> s.copper() != null && s.paste() != null).toList();
    }

    static List<CopperFeature> smdPads(Sides s, DfmInput in) {
        return s.copper().features().stream().filter(f -> Sides.smdPad(f, in)).toList();
    }
}
