package com.fabwright.job.identify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.job.Corpus;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fabwright.job.identify.Expectation.Verdict;
import com.fabwright.job.identify.LayerIdentifier.FileToIdentify;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Acceptance against tracespace's fixtures: every file of {@code boards/*}/manifest.json right
 * (type and side), and at least 98 % of {@code gerber-filenames.json}, each CAD tool's list of
 * names identified as one job from the names alone (as tracespace's identify-layers does).
 */
class TracespaceAcceptanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyFileOfEveryTracespaceBoardIsIdentifiedRight() throws IOException {
        Path boards = Corpus.root().resolve("tracespace/boards");
        List<String> wrong = new ArrayList<>();
        int total = 0;
        List<Path> dirs;
        try (Stream<Path> s = Files.list(boards)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        for (Path dir : dirs) {
            JsonNode manifest = JSON.readTree(dir.resolve("manifest.json").toFile());
            try (Job job = new JobLoader().load(List.of(dir))) {
                for (JsonNode layer : manifest.path("layers")) {
                    String name = layer.path("name").asText();
                    String expected = Expectation.fromTracespace(layer.path("type").asText(null), layer.path("side").asText(null));
                    JobFile file = job.find(name).orElseThrow();
                    Verdict v = Expectation.judge(expected, file.layer());
                    total++;
                    if (v != Verdict.RIGHT) {
                        wrong.add(dir.getFileName() + "/" + name + ": expected " + expected + ", got "
                                + (file.layer() == null ? file.kind().label() : file.layer().summary()));
                    }
                }
            }
        }
        System.out.println("tracespace boards/*/manifest.json: " + (total - wrong.size()) + " of " + total + " right");
        wrong.forEach(w -> System.out.println("  " + w));
        assertThat(total).isGreaterThanOrEqualTo(60);
        assertThat(wrong).isEmpty();
    }

    @Test
    void atLeast98PercentOfGerberFilenamesAreIdentified() throws IOException {
        JsonNode cads = JSON.readTree(Corpus.root().resolve("tracespace/gerber-filenames.json").toFile());
        int total = 0;
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode cad : cads) {
            List<FileToIdentify> names = new ArrayList<>();
            for (JsonNode f : cad.path("files")) {
                names.add(FileToIdentify.byName(f.path("name").asText()));
            }
            LayerIdentifier.Result result = new LayerIdentifier().identify(names, List.of());
            for (JsonNode f : cad.path("files")) {
                String name = f.path("name").asText();
                String expected = Expectation.fromTracespace(f.path("type").isNull() ? null : f.path("type").asText(),
                        f.path("side").isNull() ? null : f.path("side").asText());
                LayerIdentity id = result.layers().get(name);
                total++;
                if (Expectation.judge(expected, id) == Verdict.RIGHT) {
                    right++;
                } else {
                    misses.add(cad.path("cad").asText() + ": " + name + " expected " + expected + ", got "
                            + (id == null ? "-" : id.summary() + " (" + id.evidence() + ")"));
                }
            }
        }
        double percent = 100.0 * right / total;
        System.out.printf("tracespace gerber-filenames.json: %d of %d right = %.1f %%%n", right, total, percent);
        misses.forEach(m -> System.out.println("  miss: " + m));
        assertThat(total).isEqualTo(153);
        assertThat(percent).isGreaterThanOrEqualTo(98.0);
    }
}
