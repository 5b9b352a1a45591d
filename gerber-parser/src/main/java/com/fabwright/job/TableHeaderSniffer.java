package com.fabwright.job;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises BOM and placement (CPL) tables from a header row: a BOM names designators and a
 * value, footprint or quantity column; a CPL names designators, X and Y, and a rotation or side
 * column. Works on the first lines of CSV/TSV/TXT files (KiCad {@code .pos} comment headers
 * included) and on the cell text of spreadsheets. A header sniff only: the BOM/CPL readers check
 * the rows.
 */
final class TableHeaderSniffer {
    private TableHeaderSniffer() {
    }

    private static final Set<String> DESIGNATOR = Set.of("designator", "designators", "ref", "refs", "reference",
            "references", "refdes", "partref", "componentref", "refdesignator", "des");
    private static final Set<String> VALUE = Set.of("value", "val", "comment", "mpn", "partnumber", "description",
            "manufacturerpartnumber", "part");
    private static final Set<String> FOOTPRINT = Set.of("footprint", "package", "pattern", "case", "packagename");
    private static final Set<String> QUANTITY = Set.of("qty", "quantity", "qnty", "count", "quant", "pcs");
    private static final Set<String> X = Set.of("x", "posx", "midx", "centerx", "centrex", "refx", "locationx", "xmm",
            "xmil", "xin", "xloc", "centerxmm", "midxmm");
    private static final Set<String> Y = Set.of("y", "posy", "midy", "centery", "centrey", "refy", "locationy", "ymm",
            "ymil", "yin", "yloc", "centerymm", "midymm");
    private static final Set<String> ROTATION = Set.of("rot", "rotation", "angle", "orientation", "rotate");
    private static final Set<String> SIDE = Set.of("side", "layer", "tb", "mirror", "topbottom");

    /** BOM, CPL or {@code null}, from the first 40 lines of a text. */
    static FileKind classifyText(String text) {
        List<String> lines = text.lines().limit(40).toList();
        for (String line : lines) {
            FileKind k = classifyWords(line);
            if (k != null) {
                return k;
            }
        }
        return null;
    }

    /** BOM, CPL or {@code null} from the words of one header row (or of a spreadsheet's cells). */
    static FileKind classifyWords(String row) {
        Set<String> words = new HashSet<>();
        String[] parts = row.toLowerCase(Locale.ROOT).split("[,;\\t\"|]+|\\s{2,}");
        for (String part : parts) {
            String joined = part.replaceAll("[^a-z0-9]", "");
            if (!joined.isEmpty()) {
                words.add(joined);
            }
            for (String w : part.split("[^a-z0-9]+")) {
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        boolean designator = any(words, DESIGNATOR);
        if (!designator) {
            return null;
        }
        boolean x = any(words, X);
        boolean y = any(words, Y);
        if (x && y && (any(words, ROTATION) || any(words, SIDE))) {
            return FileKind.CPL;
        }
        if (any(words, VALUE) || any(words, FOOTPRINT) || any(words, QUANTITY)) {
            return FileKind.BOM;
        }
        return null;
    }

    private static boolean any(Set<String> words, Set<String> vocabulary) {
        for (String w : words) {
            if (vocabulary.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
