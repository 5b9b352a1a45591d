package com.fabwright.assembly.table;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a text table: encoding sniffed ({@link TextDecoder}), delimiter sniffed
 * ({@link DelimiterSniffer}), delimited lines parsed with Apache Commons CSV (RFC 4180 quoting),
 * whitespace-aligned lines split on runs of blanks (double quotes group words). Lines starting
 * with {@code #} become comment rows, their markers stripped: KiCad {@code .pos} and gEDA
 * {@code .xy} put the column names there. A line the CSV parser rejects (a stray quote) is split
 * leniently and reported as {@code PREFIX-W001} with its line and column.
 */
final class TextTableReader {
    private static final Pattern WS_TOKEN = Pattern.compile("\"([^\"]*)\"|(\\S+)");
    private final String codePrefix;

    TextTableReader(String codePrefix) {
        this.codePrefix = codePrefix;
    }

    Table read(byte[] bytes, String file) {
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes);
        DiagnosticSink sink = new DiagnosticSink(file);
        List<String> lines = decoded.text().lines().toList();
        List<String> data = lines.stream().filter(l -> !l.stripLeading().startsWith("#")).toList();
        char delimiter = DelimiterSniffer.sniff(data);
        List<Table.Row> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        for (int i = 0; i < lines.size() && rows.size() < TableReader.MAX_ROWS; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String stripped = line.stripLeading();
            boolean comment = stripped.startsWith("#");
            String body = comment ? stripped.replaceFirst("^#+\\s*", "") : line;
            List<String> cells;
            if (delimiter == DelimiterSniffer.WHITESPACE || comment && DelimiterSniffer.countOutsideQuotes(body, delimiter) == 0) {
                cells = whitespace(body);
            } else {
                cells = delimited(body, format, sink, i + 1);
            }
            if (!cells.isEmpty() && cells.stream().anyMatch(c -> !c.isEmpty())) {
                rows.add(new Table.Row(i + 1, TableReader.capped(cells), comment));
            }
        }
        if (rows.size() >= TableReader.MAX_ROWS) {
            sink.warning(codePrefix + "-W002", SourcePosition.UNKNOWN, "only the first " + TableReader.MAX_ROWS + " rows are read");
        }
        return new Table(file, DelimiterSniffer.formatName(delimiter), decoded.charset().name(), rows, sink.diagnostics());
    }

    private List<String> delimited(String line, CSVFormat format, DiagnosticSink sink, int lineNo) {
        try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
            List<String> cells = new ArrayList<>();
            for (CSVRecord r : parser) {
                r.forEach(c -> cells.add(clean(c)));
            }
            return cells;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            int col = Math.max(1, line.indexOf('"') + 1);
            sink.warning(codePrefix + "-W001", new SourcePosition(lineNo, col),
                    "malformed quoting, cells split at every '" + format.getDelimiterString() + "' instead");
            List<String> cells = new ArrayList<>();
            for (String c : line.split(Pattern.quote(format.getDelimiterString()), -1)) {
                cells.add(clean(c.replace("\"", "")));
            }
            return cells;
        }
    }

    static List<String> whitespace(String line) {
        List<String> cells = new ArrayList<>();
        Matcher m = WS_TOKEN.matcher(line);
        while (m.find()) {
            cells.add(clean(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return cells;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\u00a0', ' ').strip();
    }
}
