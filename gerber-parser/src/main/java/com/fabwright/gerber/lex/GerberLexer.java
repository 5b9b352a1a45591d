package com.fabwright.gerber.lex;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits Gerber bytes into {@link Word}s (Gerber spec 3.3: words end with {@code *}; extended
 * commands are enclosed in {@code %}). Line breaks are not part of the syntax and are dropped;
 * their positions are kept for diagnostics. Works on raw bytes without regular expressions: this
 * is the hot loop of reading a job.
 *
 * <p>Reports: {@code GBR-E003} for binary content, {@code GBR-E006} for a file truncated inside a
 * word or an extended block.
 */
public final class GerberLexer {
    private GerberLexer() {
    }

    /** Tokenizes the whole content; problems go to {@code sink}, words that are complete are returned. */
    public static List<Word> tokenize(byte[] content, DiagnosticSink sink) {
        List<Word> words = new ArrayList<>(Math.max(16, content.length / 14));
        int n = content.length;
        while (n > 0 && (content[n - 1] == 0 || content[n - 1] == 0x1a)) {
            n--; // padding some old CAM systems leave after the end
        }
        if (looksBinary(content, n)) {
            sink.error("GBR-E003", new SourcePosition(1, 1),
                    "not a Gerber file: the content is binary (NUL or control bytes in the first 4 KB)");
            return words;
        }
        StringBuilder sb = new StringBuilder(64);
        boolean inExtended = false;
        boolean firstInBlock = false;
        int line = 1;
        int col = 1;
        int wordLine = 0;
        int wordCol = 0;
        int extendedLine = 0;
        int extendedCol = 0;
        int start = -1; // fast path: word is a contiguous run without line breaks
        boolean inComment = false; // G04 comments may contain '%' (EAGLE writes "G04 #@! %TF...*")
        for (int i = 0; i < n; i++) {
            byte b = content[i];
            if (b == '%' && inComment) {
                b = 'x'; // an ordinary character inside the comment word
            }
            switch (b) {
                case '\n' -> {
                    if (start >= 0) { // word spans lines: move to slow path
                        sb.append(new String(content, start, i - start, StandardCharsets.ISO_8859_1));
                        start = -1;
                    }
                    line++;
                    col = 0;
                }
                case '\r' -> {
                    if (start >= 0) {
                        sb.append(new String(content, start, i - start, StandardCharsets.ISO_8859_1));
                        start = -1;
                    }
                }
                case '*' -> {
                    String text;
                    if (start >= 0 && sb.length() == 0) {
                        text = new String(content, start, i - start, StandardCharsets.ISO_8859_1);
                    } else {
                        if (start >= 0) {
                            sb.append(new String(content, start, i - start, StandardCharsets.ISO_8859_1));
                        }
                        text = sb.toString();
                        sb.setLength(0);
                    }
                    start = -1;
                    inComment = false;
                    if (wordLine == 0) {
                        wordLine = line;
                        wordCol = col;
                    }
                    if (!text.isEmpty() || inExtended) {
                        words.add(new Word(text, inExtended, inExtended && firstInBlock, wordLine, wordCol));
                        firstInBlock = false;
                    }
                    wordLine = 0;
                }
                case '%' -> {
                    if (start >= 0 || sb.length() > 0) {
                        String pending = (sb.length() > 0 ? sb.toString() : "")
                                + (start >= 0 ? new String(content, start, i - start, StandardCharsets.ISO_8859_1) : "");
                        if (!pending.isBlank()) {
                            sink.report(com.fabwright.diagnostics.Severity.WARNING, "GBR-W020",
                                    new SourcePosition(wordLine, wordCol),
                                    "word not terminated by '*' before '%'; taken as a complete word", pending);
                            words.add(new Word(pending.trim(), inExtended, inExtended && firstInBlock, wordLine, wordCol));
                        }
                        sb.setLength(0);
                        start = -1;
                        wordLine = 0;
                    }
                    inExtended = !inExtended;
                    firstInBlock = inExtended;
                    if (inExtended) {
                        extendedLine = line;
                        extendedCol = col;
                    }
                }
                case 0, 0x1a -> { // NUL padding and Ctrl-Z (DOS end of file) are not content
                    if (start >= 0) {
                        sb.append(new String(content, start, i - start, StandardCharsets.ISO_8859_1));
                        start = -1;
                    }
                }
                case ' ', '\t' -> {
                    // Leading blanks are not part of a word; blanks inside one (comments, attribute
                    // values) are kept.
                    if (start < 0 && sb.length() == 0) {
                        break;
                    }
                    if (start < 0) {
                        sb.append((char) b);
                    }
                }
                default -> {
                    if (start < 0 && sb.length() == 0) {
                        wordLine = line;
                        wordCol = col;
                        start = i;
                        inComment = !inExtended && b == 'G' && i + 2 < n && content[i + 1] == '0' && content[i + 2] == '4';
                    } else if (start < 0) {
                        start = i;
                    }
                }
            }
            col++;
        }
        String rest = sb + (start >= 0 ? new String(content, start, n - start, StandardCharsets.ISO_8859_1) : "");
        if (inExtended) {
            sink.report(com.fabwright.diagnostics.Severity.ERROR, "GBR-E006", new SourcePosition(extendedLine, extendedCol),
                    "file ends inside an extended command: the closing '%' is missing (file truncated?)", rest);
        } else if (!rest.isBlank()) {
            sink.report(com.fabwright.diagnostics.Severity.ERROR, "GBR-E006", new SourcePosition(wordLine, wordCol),
                    "file ends inside a word: the terminating '*' is missing (file truncated?)", rest);
        }
        return words;
    }

    /** Binary junk: NUL or many control bytes near the start (Gerber is 7-bit printable ASCII). */
    static boolean looksBinary(byte[] content, int length) {
        int limit = Math.min(length, 4096);
        int control = 0;
        for (int i = 0; i < limit; i++) {
            int c = content[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1a) {
                control++;
            }
        }
        return limit > 0 && control * 20 > limit;
    }
}
