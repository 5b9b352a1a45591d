package com.fabwright.excellon.command;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Excellon bytes into {@link ExcellonLine}s. Excellon is line-oriented (one block per line,
 * CR, LF or CRLF); blank lines are dropped. Binary content (NUL or control bytes in the first 4 KB)
 * is refused with {@code DRL-E003}.
 */
public final class ExcellonLexer {
    private ExcellonLexer() {
    }

    /** The non-blank lines of {@code content}; an empty list (and an error) for binary content. */
    public static List<ExcellonLine> lines(byte[] content, DiagnosticSink sink) {
        List<ExcellonLine> lines = new ArrayList<>(Math.max(16, content.length / 12));
        if (looksBinary(content)) {
            sink.error("DRL-E003", new SourcePosition(1, 1),
                    "not an Excellon file: the content is binary (NUL or control bytes in the first 4 KB)");
            return lines;
        }
        int n = content.length;
        int lineNo = 1;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            byte b = i < n ? content[i] : (byte) '\n';
            if (b == '\n' || b == '\r') {
                add(lines, content, start, i, lineNo);
                if (b == '\r' && i + 1 < n && content[i + 1] == '\n') {
                    i++;
                }
                lineNo++;
                start = i + 1;
            }
        }
        return lines;
    }

    private static void add(List<ExcellonLine> lines, byte[] content, int start, int end, int lineNo) {
        int s = start;
        while (s < end && (content[s] == ' ' || content[s] == '\t')) {
            s++;
        }
        int e = end;
        while (e > s && (content[e - 1] == ' ' || content[e - 1] == '\t' || content[e - 1] == 0x1A)) {
            e--; // 0x1A: DOS end-of-file marker some old writers append
        }
        if (e > s) {
            lines.add(new ExcellonLine(new String(content, s, e - s, StandardCharsets.ISO_8859_1), lineNo, s - start + 1));
        }
    }

    private static boolean looksBinary(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C && b != 0x1A) {
                return true;
            }
        }
        return false;
    }
}
