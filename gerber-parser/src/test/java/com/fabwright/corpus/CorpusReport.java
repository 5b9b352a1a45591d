package com.fabwright.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of a corpus test's results, collected from test methods (thread-safe), printed as a summary at the
 * end of the class and written to {@code target/corpus-reports/<name>.tsv} for the acceptance figures in
 * {@code docs/benchmarks.md}.
 */
public final class CorpusReport {
    private final String name;
    private final String header;
    private final List<String[]> rows = Collections.synchronizedList(new ArrayList<>());

    /** @param header tab-separated column names; the first column is the sort key */
    public CorpusReport(String name, String header) {
        this.name = name;
        this.header = header;
    }

    public void add(Object... cells) {
        String[] s = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            s[i] = String.valueOf(cells[i]).replace('\t', ' ').replace('\n', ' ');
        }
        rows.add(s);
    }

    public List<String[]> rows() {
        synchronized (rows) {
            List<String[]> copy = new ArrayList<>(rows);
            copy.sort(Comparator.comparing(r -> r[0]));
            return copy;
        }
    }

    /** Writes the TSV and returns its path. */
    public Path write() {
        Path out = Path.of("target", "corpus-reports", name + ".tsv").toAbsolutePath();
        List<String> lines = new ArrayList<>();
        lines.add(header);
        for (String[] r : rows()) {
            lines.add(String.join("\t", r));
        }
        try {
            Files.createDirectories(out.getParent());
            Files.write(out, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
