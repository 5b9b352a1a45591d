package com.fabwright.job;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells what a file is from its first bytes, then from its name when the content says nothing
 * (CLI.md {@code kind}). Content wins because customer packages are named by whatever tool or
 * person made them: an Eagle {@code .drd} is Excellon, an OrCAD {@code .drd} is a Gerber outline.
 *
 * <ul>
 *   <li>Gerber: {@code %FS}, {@code %MO}, {@code %ADD}, {@code %TF}, {@code G04} comments,
 *       RS-274-D coordinate words ending in {@code D01*..D03*};</li>
 *   <li>Excellon: {@code M48}, {@code ;FILE_FORMAT}, {@code METRIC}/{@code INCH} header lines, tool
 *       definitions {@code T01C0.8}, Allegro's {@code ;LEADER:}, coordinates without {@code *};</li>
 *   <li>Gerber job: JSON with {@code "Header"} and {@code "GeneralSpecs"} or {@code "FilesAttributes"};</li>
 *   <li>IPC-D-356: {@code P  JOB}, {@code P  UNITS} parameter lines or {@code 317}/{@code 327} records;</li>
 *   <li>IPC-2581: XML whose root is {@code <IPC-2581};</li>
 *   <li>BOM / CPL: a header row among the first lines ({@link TableHeaderSniffer});</li>
 *   <li>drawing: PDF, DXF, SVG, PostScript;</li>
 *   <li>ODB++ trees are recognised by {@link JobLoader} from their folder ({@code matrix/matrix}).</li>
 * </ul>
 */
public final class FileSniffer {
    /** Bytes read from the start of a file. */
    public static final int HEAD_BYTES = 64 * 1024;

    private static final Pattern RS274D = Pattern.compile("(?m)^(?:G0?[123])?(?:X[+-]?\\d+)?(?:Y[+-]?\\d+)?D0?[123]\\*\\s*$");
    private static final Pattern EXCELLON_TOOL = Pattern.compile("(?m)^T\\d{1,3}(?:F\\d+|S\\d+|B\\d+|H\\d+|Z[+-]?\\d*)*C\\d*\\.?\\d+");
    private static final Pattern EXCELLON_UNITS = Pattern.compile("(?m)^(?:METRIC|INCH)(?:,|\\s*$)");
    private static final Pattern EXCELLON_COORD = Pattern.compile("(?m)^X[+-]?[\\d.]+Y[+-]?[\\d.]+\\s*$");
    private static final Pattern EXCELLON_SELECT = Pattern.compile("(?m)^T\\d{1,3}\\s*$");
    private static final Pattern IPC356 = Pattern.compile("(?m)^(?:P  JOB|P  UNITS|P  CODE|[0-3][1-9]7[A-Z0-9 ]{10,})");
    private static final Set<String> DRAWING_EXT = Set.of("pdf", "dxf", "svg", "ps", "eps", "dwg", "hpgl", "plt");

    /** The sniffed kind and the text of the file's start (for later hints), or empty text for binaries. */
    public record Sniff(FileKind kind, String head, String evidence) {
    }

    /** Sniffs a file on disk. */
    public Sniff sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        Sniff s = sniff(name, head);
        if (s.kind() == FileKind.OTHER && isZip(head) && extension(name).equals("xlsx")) {
            return sniffXlsx(file, name);
        }
        return s;
    }

    /** Sniffs from a name and the first bytes of the content. */
    public Sniff sniff(String name, byte[] head) {
        String ext = extension(name);
        if (startsWith(head, "%PDF")) {
            return new Sniff(FileKind.DRAWING, "", "PDF header");
        }
        if (isBinary(head)) {
            if (ext.equals("xls")) {
                String text = new String(head, StandardCharsets.ISO_8859_1).replace("\0", "");
                FileKind k = TableHeaderSniffer.classifyText(text);
                if (k != null) {
                    return new Sniff(k, "", "spreadsheet cells look like a " + k.label() + " header");
                }
                // BIFF keeps its strings wherever Excel put them (often past the sniffed head): the name decides
                FileKind byName = byName(name);
                if (byName != FileKind.OTHER) {
                    return new Sniff(byName, "", "spreadsheet, file name only");
                }
            }
            return new Sniff(DRAWING_EXT.contains(ext) ? FileKind.DRAWING : FileKind.OTHER, "", "binary content");
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{")) {
            if (text.contains("\"GeneralSpecs\"") || text.contains("\"FilesAttributes\"")
                    || text.contains("\"Header\"") && text.contains("\"GenerationSoftware\"")) {
                return new Sniff(FileKind.GBRJOB, text, "JSON with Gerber job sections");
            }
            return new Sniff(FileKind.OTHER, text, "JSON");
        }
        if (trimmed.startsWith("<")) {
            if (text.contains("<IPC-2581")) {
                return new Sniff(FileKind.IPC2581, text, "XML root <IPC-2581>");
            }
            if (text.contains("<svg")) {
                return new Sniff(FileKind.DRAWING, text, "SVG");
            }
            return new Sniff(FileKind.OTHER, text, "XML/HTML");
        }
        if (trimmed.startsWith("%!PS")) {
            return new Sniff(FileKind.DRAWING, text, "PostScript");
        }
        if (trimmed.matches("(?s)0\\s*\\r?\\nSECTION.*")) {
            return new Sniff(FileKind.DRAWING, text, "DXF sections");
        }
        FileKind cam = camKind(text);
        if (cam == FileKind.GERBER && text.contains("%TF.FileFunction,JobInfo")) {
            return new Sniff(FileKind.GBRJOB, text, "Gerber job file in X2 syntax (FileFunction JobInfo)");
        }
        if (cam != null) {
            return new Sniff(cam, text, cam == FileKind.GERBER ? "Gerber commands" : "Excellon commands");
        }
        if (IPC356.matcher(text).find() && countLines(text, "^(?:P  |C  |[0-3][1-9]7|999)") >= 2) {
            return new Sniff(FileKind.IPC356, text, "IPC-D-356 records");
        }
        FileKind table = TableHeaderSniffer.classifyText(text);
        if (table != null) {
            return new Sniff(table, text, "header row of a " + table.label());
        }
        FileKind byName = byName(name);
        return new Sniff(byName, text, byName == FileKind.OTHER ? "no known content" : "file name only");
    }

    /** Gerber or Excellon from content, or {@code null}. */
    static FileKind camKind(String text) {
        boolean gerberStrong = text.contains("%FS") || text.contains("%MO") || text.contains("%ADD")
                || text.contains("%TF.") || text.contains("%AM");
        boolean m48 = Pattern.compile("(?m)^\\s*M48\\s*$").matcher(text).find();
        boolean excellonStrong = m48 || text.contains(";FILE_FORMAT") || text.contains(";LEADER:")
                || EXCELLON_UNITS.matcher(text).find() && EXCELLON_TOOL.matcher(text).find();
        if (gerberStrong && !m48) {
            return FileKind.GERBER;
        }
        if (excellonStrong) {
            return FileKind.EXCELLON;
        }
        if (Pattern.compile("(?m)^G04[^\\n]*\\*").matcher(text).find() || countMatches(RS274D, text) >= 3) {
            return FileKind.GERBER;
        }
        if (EXCELLON_TOOL.matcher(text).find() && (EXCELLON_COORD.matcher(text).find()
                || EXCELLON_SELECT.matcher(text).find()) || text.contains("M30") && EXCELLON_COORD.matcher(text).find()) {
            return FileKind.EXCELLON;
        }
        return null;
    }

    /** Kind from the name alone, for files whose content says nothing. */
    static FileKind byName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String ext = extension(name);
        if (ext.equals("gbrjob")) {
            return FileKind.GBRJOB;
        }
        if (DRAWING_EXT.contains(ext)) {
            return FileKind.DRAWING;
        }
        if (ext.equals("ipc") || ext.equals("d356")) {
            return FileKind.IPC356;
        }
        if (List.of("csv", "txt", "xls", "xlsx", "pos", "xy").contains(ext)) {
            if (lower.contains("bom") || lower.contains("bill")) {
                return FileKind.BOM;
            }
            if (lower.matches(".*(pos|pnp|centroid|pick|place|cpl|xy).*")) {
                return FileKind.CPL;
            }
        }
        return FileKind.OTHER;
    }

    private Sniff sniffXlsx(Path file, String name) throws IOException {
        StringBuilder text = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry e;
            int entries = 0;
            while ((e = zip.getNextEntry()) != null && entries++ < 1000) {
                if (e.getName().equals("xl/sharedStrings.xml") || e.getName().startsWith("xl/worksheets/sheet1")) {
                    byte[] b = zip.readNBytes(HEAD_BYTES);
                    text.append(new String(b, StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ")).append('\n');
                }
            }
        }
        FileKind k = TableHeaderSniffer.classifyWords(text.toString());
        if (k != null) {
            return new Sniff(k, "", "spreadsheet cells look like a " + k.label() + " header");
        }
        return new Sniff(byName(name), "", "spreadsheet");
    }

    static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (head[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Binary when the first 8 KB hold NUL bytes or many control characters. */
    static boolean isBinary(byte[] head) {
        int n = Math.min(head.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return true;
            }
            if (b < 9 || b > 13 && b < 32) {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static int countMatches(Pattern p, String text) {
        var m = p.matcher(text);
        int n = 0;
        while (m.find() && n < 10) {
            n++;
        }
        return n;
    }

    private static int countLines(String text, String regex) {
        return countMatches(Pattern.compile("(?m)" + regex), text);
    }
}
