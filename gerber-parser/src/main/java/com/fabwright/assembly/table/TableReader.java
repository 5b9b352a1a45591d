package com.fabwright.assembly.table;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads any table file into {@link Table}s: XLSX and XLS through Apache POI (one table per sheet),
 * anything else as text ({@link TextTableReader}). Never throws on content: a file that cannot be
 * read gives one table with no rows and an error diagnostic {@code PREFIX-E001} naming the file.
 *
 * <p>Limits: files over {@link #MAX_BYTES} are refused; at most {@link #MAX_ROWS} rows and
 * {@link #MAX_CELLS} cells per row are kept (a warning says so).
 */
public final class TableReader {
    /** Largest table file read (32 MB): BOMs and CPLs are small. */
    public static final long MAX_BYTES = 32L * 1024 * 1024;
    /** Rows kept per table. */
    public static final int MAX_ROWS = 200_000;
    /** Cells kept per row. */
    public static final int MAX_CELLS = 256;

    private final String codePrefix;

    /** A reader whose diagnostics start with {@code codePrefix} ({@code BOM} or {@code CPL}). */
    public TableReader(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    /** The tables of a file on disk; {@code displayName} names it in diagnostics. */
    public List<Table> read(Path file, String displayName) {
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                return List.of(failed(displayName, "file is " + size + " bytes, over the limit of " + MAX_BYTES));
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(8);
            }
            if (isZip(head) || isOle2(head)) {
                return new SpreadsheetReader(codePrefix).read(file, displayName, isZip(head) ? "xlsx" : "xls");
            }
            return List.of(readText(Files.readAllBytes(file), displayName));
        } catch (IOException | RuntimeException e) {
            return List.of(failed(displayName, "cannot read: " + e));
        }
    }

    /** The table of a text file's bytes. */
    public Table readText(byte[] bytes, String displayName) {
        try {
            return new TextTableReader(codePrefix).read(bytes, displayName);
        } catch (RuntimeException e) {
            return failed(displayName, "cannot read as text: " + e);
        }
    }

    private Table failed(String file, String message) {
        Diagnostic d = new Diagnostic(Severity.ERROR, codePrefix + "-E001", file, SourcePosition.UNKNOWN, message, "");
        return new Table(file, "unreadable", "", List.of(), List.of(d));
    }

    static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K' && h[2] == 3 && h[3] == 4;
    }

    static boolean isOle2(byte[] h) {
        return h.length >= 8 && (h[0] & 0xff) == 0xD0 && (h[1] & 0xff) == 0xCF && (h[2] & 0xff) == 0x11
                && (h[3] & 0xff) == 0xE0;
    }

    /** Keeps at most {@link #MAX_CELLS} cells. */
    static List<String> capped(List<String> cells) {
        return cells.size() <= MAX_CELLS ? cells : new ArrayList<>(cells.subList(0, MAX_CELLS));
    }
}
