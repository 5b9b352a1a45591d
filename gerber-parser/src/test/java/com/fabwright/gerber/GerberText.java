package com.fabwright.gerber;

import com.fabwright.input.InputLimits;
import java.nio.charset.StandardCharsets;

/** Test helper: reads Gerber text held in a string. */
final class GerberText {
    private GerberText() {
    }

    static GerberFile read(String text) {
        return read(text, InputLimits.DEFAULTS);
    }

    static GerberFile read(String text, InputLimits limits) {
        return new GerberReader(limits).read("test.gbr", text.getBytes(StandardCharsets.US_ASCII), null);
    }

    /** A header in mm with 4.6 format, then the body, then M02. */
    static GerberFile mm(String body) {
        return read("%FSLAX46Y46*%\n%MOMM*%\n" + body + "\nM02*\n");
    }

    static boolean hasCode(GerberFile f, String code) {
        return f.diagnostics().stream().anyMatch(d -> d.code().equals(code));
    }
}
