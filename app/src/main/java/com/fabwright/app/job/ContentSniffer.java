package com.fabwright.app.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Decides a file's {@link FileKind} from its first bytes, not its name: customers' file names
 * follow no rule. A Gerber file shows a format statement ({@code %FS}), a unit statement
 * ({@code %MO}), an aperture definition ({@code %ADD}) or a {@code G04} comment near its top.
 * Excellon files ({@code M48} header) may also carry such tokens in comments, so they are excluded.
 */
public final class ContentSniffer {
    /** How much of a file is looked at. */
    static final int SNIFF_BYTES = 64 * 1024;

    private ContentSniffer() {
    }

    public static FileKind sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        return sniff(head);
    }

    public static FileKind sniff(byte[] head) {
        String text = new String(head, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < Math.min(head.length, 4096); i++) {
            if (head[i] == 0) {
                return FileKind.OTHER; // binary
            }
        }
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("M48") || trimmed.startsWith(";") && text.contains("\nM48")) {
            return FileKind.OTHER;
        }
        if (text.contains("%FS") || text.contains("%MO") || text.contains("%ADD")) {
            return FileKind.GERBER;
        }
        // A G04 comment block alone: count it only at the start of a line, ending in '*'.
        if (trimmed.startsWith("G04") || text.contains("\nG04")) {
            int at = text.indexOf("G04");
            int end = text.indexOf('\n', at);
            String line = text.substring(at, end < 0 ? text.length() : end).trim();
            return line.endsWith("*") ? FileKind.GERBER : FileKind.OTHER;
        }
        return FileKind.OTHER;
    }
}
