package com.fabwright.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the diagnostics of one file while it is read. Repeated findings with the same code are
 * kept up to a cap ({@value #MAX_PER_CODE} per code) and then only counted, so a file with a
 * million zero-length draws yields a readable report and bounded memory.
 */
public final class DiagnosticSink {
    /** Diagnostics kept per code; further ones are counted in a summary line. */
    public static final int MAX_PER_CODE = 50;

    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Integer> countByCode = new LinkedHashMap<>();

    public DiagnosticSink(String file) {
        this.file = file == null ? "" : file;
    }

    public String file() {
        return file;
    }

    public void report(Severity severity, String code, SourcePosition position, String message, String excerpt) {
        int count = countByCode.merge(code, 1, Integer::sum);
        if (count <= MAX_PER_CODE || severity == Severity.ERROR && count <= MAX_PER_CODE * 4) {
            diagnostics.add(new Diagnostic(severity, code, file, position, message, shorten(excerpt)));
        }
    }

    public void warning(String code, SourcePosition position, String message) {
        report(Severity.WARNING, code, position, message, "");
    }

    public void error(String code, SourcePosition position, String message) {
        report(Severity.ERROR, code, position, message, "");
    }

    public void info(String code, SourcePosition position, String message) {
        report(Severity.INFO, code, position, message, "");
    }

    /** Whether any error was reported. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** The diagnostics, plus one info line per code that went over the cap. */
    public List<Diagnostic> diagnostics() {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        countByCode.forEach((code, count) -> {
            if (count > MAX_PER_CODE) {
                all.add(new Diagnostic(Severity.INFO, code, file, SourcePosition.UNKNOWN,
                        count + " occurrences of " + code + " in all; only the first " + MAX_PER_CODE + " are listed", ""));
            }
        });
        return Collections.unmodifiableList(all);
    }

    private static String shorten(String excerpt) {
        if (excerpt == null) {
            return "";
        }
        String oneLine = excerpt.replaceAll("\\s+", " ").trim();
        return oneLine.length() > 80 ? oneLine.substring(0, 77) + "..." : oneLine;
    }
}
