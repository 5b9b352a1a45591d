package com.fabwright.assembly.table;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the delimiter of a text table from its first data lines: for each candidate (comma,
 * semicolon, tab, bar) the number of lines whose count of that character outside quotes equals the
 * most common non-zero count; the best candidate wins when it explains at least half the lines,
 * otherwise the table is whitespace-aligned (KiCad {@code .pos}, Altium/Protel {@code .txt}).
 */
final class DelimiterSniffer {
    /** Whitespace-aligned columns. */
    static final char WHITESPACE = ' ';
    private static final char[] CANDIDATES = {'\t', ';', ',', '|'};

    private DelimiterSniffer() {
    }

    static char sniff(List<String> lines) {
        List<String> sample = lines.stream().filter(l -> !l.isBlank()).limit(40).toList();
        if (sample.isEmpty()) {
            return ',';
        }
        char best = WHITESPACE;
        int bestScore = 0;
        for (char c : CANDIDATES) {
            int score = consistentLines(sample, c);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return bestScore * 2 >= sample.size() ? best : WHITESPACE;
    }

    private static int consistentLines(List<String> sample, char c) {
        Map<Integer, Integer> byCount = new HashMap<>();
        for (String line : sample) {
            int n = countOutsideQuotes(line, c);
            if (n > 0) {
                byCount.merge(n, 1, Integer::sum);
            }
        }
        return byCount.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    static int countOutsideQuotes(String line, char c) {
        boolean quoted = false;
        int n = 0;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    /** A readable name for diagnostics and {@link Table#format()}. */
    static String formatName(char d) {
        return switch (d) {
            case '\t' -> "tsv";
            case WHITESPACE -> "whitespace";
            default -> "csv '" + d + "'";
        };
    }
}
