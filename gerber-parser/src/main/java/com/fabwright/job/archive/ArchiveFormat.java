package com.fabwright.job.archive;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/** Archive formats a job may arrive in, recognised by their magic bytes, not their extension. */
public enum ArchiveFormat {
    ZIP, TAR, TAR_GZ, GZ, NONE;

    /** The format of a file on disk. */
    public static ArchiveFormat of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(512);
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && (head[2] == 3 && head[3] == 4
                || head[2] == 5 && head[3] == 6)) {
            return isOfficeDocument(file) ? NONE : ZIP;
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
                return isTar(in.readNBytes(512)) ? TAR_GZ : GZ;
            } catch (IOException e) {
                return GZ;
            }
        }
        return isTar(head) ? TAR : NONE;
    }

    /** POSIX/GNU tar ("ustar" magic) or old V7 tar (no magic: the header checksum must hold). */
    private static boolean isTar(byte[] block) {
        if (block.length < 512) {
            return false;
        }
        if (block[257] == 'u' && block[258] == 's' && block[259] == 't' && block[260] == 'a' && block[261] == 'r') {
            return true;
        }
        if (block[0] == 0) {
            return false;
        }
        long stored = 0;
        boolean digits = false;
        for (int i = 148; i < 156; i++) {
            int b = block[i];
            if (b >= '0' && b <= '7') {
                stored = stored * 8 + (b - '0');
                digits = true;
            } else if (digits && (b == 0 || b == ' ')) {
                break;
            } else if (b != ' ' && b != 0) {
                return false;
            }
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += i >= 148 && i < 156 ? ' ' : block[i] & 0xff;
        }
        return digits && sum == stored;
    }

    /** XLSX/DOCX are zips, but are documents: they are sniffed, not extracted. */
    private static boolean isOfficeDocument(Path file) {
        String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".docx") || n.endsWith(".xlsm") || n.endsWith(".odt")
                || n.endsWith(".ods") || n.endsWith(".pptx");
    }
}
