package com.fabwright.job.identify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.job.Corpus;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.identify.Expectation.Verdict;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every board set of the corpus loaded as a job: each Gerber/drill file right, or reported
 * ambiguous with the right answer among its candidates. Prints one row per set. Expectations come
 * from {@code job/corpus-expected.tsv} (sources: gerbonara's hand classification, the files' own X2
 * attributes, or, for sets with no independent truth, the tool's naming convention) and from
 * tracespace's manifests. Sets with a real source of truth must have no wrong file.
 */
class CorpusIdentificationTest {

    record Row(String set, String path, String expected, String source) {
    }

    @Test
    void everyBoardSetIsIdentifiedRightOrReportedAmbiguous() throws IOException {
        Path corpus = Corpus.root();
        Map<String, List<Row>> sets = new LinkedHashMap<>();
        for (Row r : expectedRows()) {
            sets.computeIfAbsent(r.set(), k -> new ArrayList<>()).add(r);
        }
        addTracespaceBoards(corpus, sets);
        StringBuilder table = new StringBuilder(String.format("%-46s %-11s %5s %10s %9s %5s%n", "set", "truth", "files",
                "identified", "ambiguous", "wrong"));
        List<String> failures = new ArrayList<>();
        int[] totals = new int[4];
        for (Map.Entry<String, List<Row>> e : sets.entrySet()) {
            String set = e.getKey();
            String source = String.join("+", e.getValue().stream().map(Row::source)
                    .map(x -> x.equals("convention") ? "conv" : x).distinct().sorted().toList());
            int right = 0;
            int ambiguous = 0;
            int wrong = 0;
            try (Job job = new JobLoader().load(List.of(corpus.resolve(set)))) {
                Map<String, Row> byPath = new LinkedHashMap<>();
                e.getValue().forEach(r -> byPath.put(r.path(), r));
                for (JobFile f : job.files()) {
                    // Layers of an ODB++ product in the set are identified from its matrix, not by
                    // file name or content; OdbCorpusTest checks those against the same board's Gerbers.
                    if (f.kind() == FileKind.ODB && !byPath.containsKey(f.path())) {
                        continue;
                    }
                    if (f.layer() == null && !byPath.containsKey(f.path())) {
                        continue;
                    }
                    Row row = byPath.get(f.path());
                    if (row == null) {
                        failures.add(set + ": " + f.path() + " identified as " + f.layer().summary()
                                + " but has no expectation in corpus-expected.tsv");
                        continue;
                    }
                    Verdict v = Expectation.judge(row.expected(), f.layer());
                    switch (v) {
                        case RIGHT -> right++;
                        case AMBIGUOUS -> ambiguous++;
                        case WRONG -> {
                            wrong++;
                            String msg = set + ": " + f.path() + " expected " + row.expected() + " (" + row.source()
                                    + "), got " + (f.layer() == null ? f.kind().label() : f.layer().summary() + " — "
                                    + f.layer().evidence());
                            System.out.println("  WRONG " + msg);
                            if (!row.source().equals("convention")) {
                                failures.add(msg);
                            }
                        }
                    }
                }
                long missing = byPath.keySet().stream().filter(p -> job.files().stream().noneMatch(
                        f -> f.path().equals(p))).count();
                if (missing > 0) {
                    failures.add(set + ": " + missing + " expected files not found in the job");
                }
            }
            int files = right + ambiguous + wrong;
            totals[0] += files;
            totals[1] += right;
            totals[2] += ambiguous;
            totals[3] += wrong;
            table.append(String.format("%-46s %-11s %5d %10d %9d %5d%n", set, source, files, right, ambiguous, wrong));
        }
        table.append(String.format("%-46s %-11s %5d %10d %9d %5d%n", "TOTAL (" + sets.size() + " sets)", "", totals[0],
                totals[1], totals[2], totals[3]));
        System.out.print(table);
        assertThat(sets).hasSizeGreaterThanOrEqualTo(40);
        assertThat(failures).isEmpty();
    }

    private static List<Row> expectedRows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                CorpusIdentificationTest.class.getResourceAsStream("/job/corpus-expected.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] c = line.split("\t");
                rows.add(new Row(c[0], c[1], c[2], c[3]));
            }
        }
        return rows;
    }

    private static void addTracespaceBoards(Path corpus, Map<String, List<Row>> sets) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> dirs;
        try (Stream<Path> s = Files.list(corpus.resolve("tracespace/boards"))) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            String set = "tracespace/boards/" + dir.getFileName();
            JsonNode manifest = json.readTree(dir.resolve("manifest.json").toFile());
            List<Row> rows = new ArrayList<>();
            for (JsonNode layer : manifest.path("layers")) {
                rows.add(new Row(set, layer.path("name").asText(), Expectation.fromTracespace(
                        layer.path("type").asText(null), layer.path("side").asText(null)), "tracespace"));
            }
            sets.put(set, rows);
        }
    }

    @SuppressWarnings("unused")
    private static boolean isLayer(JobFile f) {
        return f.kind() == FileKind.GERBER || f.kind() == FileKind.EXCELLON;
    }
}
