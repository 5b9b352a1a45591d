package com.fabwright.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides, for the corpus harness, which files are Gerber files: independent of the product's own file
 * identification (that is under test elsewhere), deliberately simple, and documented here so the counts in
 * the acceptance figures are reproducible.
 *
 * <ol>
 *   <li>Files with a known non-Gerber extension (images, documents, archives, JSON, CSV, KiCad sources,
 *       reports, netlists, job files) are not Gerber.</li>
 *   <li>Binary content (a NUL byte in the first 8 KB) is not Gerber, nor is text whose first non-blank
 *       line does not start like a Gerber command ({@code %}, {@code G}, {@code D}, {@code X}, {@code Y},
 *       {@code M}, {@code N}, {@code *}): READMEs and mails that quote Gerber lines
 *       ({@code gerbv/example/uwe/mail.txt}).</li>
 *   <li>Excellon content (an {@code M48} header, {@code T01C0.8}-style tool definitions, {@code METRIC}/
 *       {@code INCH} header lines, {@code ;FILE_FORMAT} comments) without Gerber extended commands is not
 *       Gerber: drill files belong to the next issue.</li>
 *   <li>Content with a Gerber extended command ({@code %FS}, {@code %MO}, {@code %AD}, {@code %AM},
 *       {@code %TF}, {@code %IP}, {@code %LP}) in the first 8 KB is Gerber, whatever its name (some Allegro
 *       files start with a long {@code G04} header, hence 8 KB rather than 1 KB).</li>
 *   <li>Otherwise a file with a Gerber extension ({@link #GERBER_EXTENSIONS}) whose content is text is
 *       Gerber too: RS-274D files without an aperture table and command fragments (pygerber's token
 *       cases) are Gerber input the reader must survive.</li>
 * </ol>
 */
public final class GerberSniffer {
    /** Extensions CAD tools use for Gerber layers (lower case). */
    public static final Set<String> GERBER_EXTENSIONS = Set.of(
            "gbr", "ger", "grb", "gbx", "geb", "art", "pho", "gdo", "fph", "off",
            "gtl", "gbl", "gts", "gbs", "gto", "gbo", "gtp", "gbp", "gko", "gm1", "gm2", "gm14", "gm15", "gml",
            "gp1", "gpt", "gpb", "gg1", "gd1", "g1", "g2", "g3", "g4", "g5", "g6", "g7", "g8", "g9", "g10",
            "g11", "g12", "cmp", "sol", "stc", "sts", "plc", "pls", "crc", "crs", "top", "bot", "smt", "smb",
            "sst", "ssb", "spt", "spb", "asb", "ast", "fab", "g0", "poc", "lgr", "oln");

    /** Extensions that are never Gerber (lower case). */
    static final Set<String> NON_GERBER_EXTENSIONS = Set.of(
            "png", "jpg", "jpeg", "svg", "pdf", "ps", "json", "md", "csv", "tsv", "gz", "zip", "tgz", "xz", "xls",
            "xlsx", "xml", "xsd", "html", "kicad_pcb", "kicad_pro", "kicad_sch", "kicad_prl", "py", "sh", "rpt",
            "d356", "ipc", "pos", "gbrjob", "log", "pcb", "brd", "drl", "drd", "xln", "exc", "ncd", "cnc", "tap",
            "gvp", "apr", "apt", "gap", "rep", "rul", "ldp", "drr", "extrep", "apr_lib", "err", "xy", "cfg",
            "gerberset", "rou", "overrides");

    private static final int SNIFF_BYTES = 8192;
    private static final Pattern FIRST_LINE = Pattern.compile("\\s*[%GDXYMN*]");
    private static final Pattern GERBER_EXTENDED = Pattern.compile("%(FS|MO|AD|AM|TF|IP|LP)");
    private static final Pattern EXCELLON = Pattern.compile(
            "(?m)^(M48|METRIC|INCH|;\\s*FILE_FORMAT|;\\s*DRILL|T\\d+C[\\d.]+|FMAT,)");

    private GerberSniffer() {
    }

    /** Whether the harness treats {@code file} as a Gerber file. */
    public static boolean isGerber(Path file) {
        String ext = extension(file);
        if (NON_GERBER_EXTENSIONS.contains(ext)) {
            return false;
        }
        byte[] head = head(file);
        for (byte b : head) {
            if (b == 0) {
                return false;
            }
        }
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!FIRST_LINE.matcher(text).lookingAt()) {
            return false;
        }
        boolean extended = GERBER_EXTENDED.matcher(text).find();
        if (extended) {
            return true;
        }
        if (EXCELLON.matcher(text).find()) {
            return false;
        }
        return GERBER_EXTENSIONS.contains(ext);
    }

    /** Whether the first 8 KB of {@code file} hold a {@code %IPNEG*%} (negative image) command. */
    public static boolean isNegativeImage(Path file) {
        String text = new String(head(file), StandardCharsets.ISO_8859_1);
        return text.replaceAll("\\s", "").contains("%IPNEG");
    }

    /**
     * Whether the file is written in millimetres ({@code %MOMM*%} or {@code G71}), judged from its first
     * 8 KB; inch otherwise (the Gerber default of old files and of gerbv).
     */
    public static boolean isMetric(Path file) {
        String text = new String(head(file), StandardCharsets.ISO_8859_1).replaceAll("\\s", "");
        int mm = indexOf(text, "%MOMM", "G71*", "G71D", "G71X");
        int in = indexOf(text, "%MOIN", "G70*", "G70D", "G70X");
        if (mm < 0) {
            return false;
        }
        return in < 0 || mm < in;
    }

    private static int indexOf(String text, String... needles) {
        int best = -1;
        for (String n : needles) {
            int i = text.indexOf(n);
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** The lower-case extension of the file name, or "" when it has none. */
    public static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SNIFF_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
