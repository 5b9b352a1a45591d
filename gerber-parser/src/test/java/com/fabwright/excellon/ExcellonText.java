package com.fabwright.excellon;

import com.fabwright.input.InputLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: reads Excellon text held in a string; lines are joined with LF. */
final class ExcellonText {
    static final long NM_PER_INCH = 25_400_000L;
    static final long NM_PER_MM = 1_000_000L;

    private ExcellonText() {
    }

    static DrillFile read(String... lines) {
        return read(InputLimits.DEFAULTS, lines);
    }

    static DrillFile read(InputLimits limits, String... lines) {
        return new ExcellonReader(limits).read("test.drl", bytes(lines));
    }

    static byte[] bytes(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    static boolean hasCode(DrillFile f, String code) {
        return f.diagnostics().stream().anyMatch(d -> d.code().equals(code));
    }

    static List<String> codes(DrillFile f) {
        return f.diagnostics().stream().map(d -> d.code()).toList();
    }
}
