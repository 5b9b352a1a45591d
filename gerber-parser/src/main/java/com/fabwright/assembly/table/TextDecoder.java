package com.fabwright.assembly.table;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text table whose encoding nobody states: a byte-order mark wins (UTF-8, UTF-16 LE/BE),
 * then UTF-16 without a mark when every other byte is NUL (Excel "Unicode text" exports), then
 * strict UTF-8, and Windows-1252 when the bytes are not valid UTF-8 (Altium and Excel on Western
 * Windows write that).
 */
final class TextDecoder {
    private TextDecoder() {
    }

    /** The decoded text and the charset used. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        int n = Math.min(b.length, 4096) & ~1;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        if (n >= 8 && oddNul > n / 4 && evenNul == 0) {
            return new Decoded(new String(b, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (n >= 8 && evenNul > n / 4 && oddNul == 0) {
            return new Decoded(new String(b, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            return new Decoded(s, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            Charset cp1252 = Charset.forName("windows-1252");
            return new Decoded(new String(b, cp1252), cp1252);
        }
    }
}
