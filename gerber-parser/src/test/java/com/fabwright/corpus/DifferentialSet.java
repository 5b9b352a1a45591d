package com.fabwright.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files of the differential test against gerbv (issue 2, Acceptance), each with the source list that
 * put it there. Only Gerber files ({@link GerberSniffer}); Excellon files of the same lists belong to the
 * drill issue and are counted in {@link #skipped()}.
 *
 * <ol>
 *   <li>{@code gerbv}: the layout files of gerbv's own regression tests, {@code gerbv/test/tests.list}
 *       (paths relative to {@code gerbv/test/inputs}, many pointing into {@code gerbv/example}), plus the
 *       Gerber files of {@code gerbv/test/inputs} the list uses only with export options. Entries whose
 *       input is produced by an earlier test ({@code test-image-rotation-1-rotated.gbx},
 *       {@code test-merge-a_b_temporary.gbx}) do not exist in the corpus and are skipped; the include
 *       fragment {@code include-file-1.gbx} (read through {@code %IF%} by {@code test-include-file-1.gbx})
 *       is not a layer of its own.</li>
 *   <li>{@code gerbonara}: {@code gerbonara/GERBV_RENDERABLE_REFERENCE_FILES.txt}, the files gerbonara's
 *       test suite compares against gerbv renders (i.e. gerbv renders them right), relative to
 *       {@code gerbonara/resources}; the list names several folders the corpus does not carry
 *       (allegro-2, siemens, Target3001, pcb-rnd, ..., and the Altium inner layers G3-G12): those are
 *       counted as missing.</li>
 *   <li>{@code kicad-demos}: every Gerber file under {@code kicad-demos-fab} (layers, X2 drill files,
 *       drill maps).</li>
 * </ol>
 */
public final class DifferentialSet {
    /** One file of the set. */
    public record Entry(String relative, Path file, String source) {
        @Override
        public String toString() {
            return relative;
        }
    }

    private final List<Entry> entries;
    private final List<String> skipped;
    private final List<String> missing;

    private DifferentialSet(List<Entry> entries, List<String> skipped, List<String> missing) {
        this.entries = List.copyOf(entries);
        this.skipped = List.copyOf(skipped);
        this.missing = List.copyOf(missing);
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Files of the lists that exist but are not Gerber (Excellon, pick-and-place), with the reason. */
    public List<String> skipped() {
        return skipped;
    }

    /** Files the lists name that the corpus does not carry. */
    public List<String> missing() {
        return missing;
    }

    /** Builds the set from the corpus at {@code corpus}. */
    public static DifferentialSet load(Path corpus) {
        Map<Path, Entry> byFile = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        List<String> missing = new ArrayList<>();

        Path inputs = corpus.resolve("gerbv/test/inputs");
        for (String line : lines(corpus.resolve("gerbv/test/tests.list"))) {
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] cols = t.split("\\|");
            if (cols.length < 2) {
                continue;
            }
            for (String name : cols[1].strip().split("\\s+")) {
                add(byFile, skipped, missing, corpus, inputs.resolve(name).normalize(), "gerbv");
            }
        }
        for (Path p : Corpus.files(inputs)) {
            if (!p.getFileName().toString().equals("include-file-1.gbx")) {
                if (GerberSniffer.isGerber(p)) {
                    add(byFile, skipped, missing, corpus, p, "gerbv");
                }
            }
        }
        Path resources = corpus.resolve("gerbonara/resources");
        for (String line : lines(corpus.resolve("gerbonara/GERBV_RENDERABLE_REFERENCE_FILES.txt"))) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                add(byFile, skipped, missing, corpus, resources.resolve(t).normalize(), "gerbonara");
            }
        }
        for (Path p : Corpus.gerberFiles(corpus.resolve("kicad-demos-fab"))) {
            add(byFile, skipped, missing, corpus, p, "kicad-demos");
        }
        return new DifferentialSet(new ArrayList<>(byFile.values()), skipped, missing);
    }

    private static void add(Map<Path, Entry> byFile, List<String> skipped, List<String> missing, Path corpus,
                            Path file, String source) {
        String rel = corpus.relativize(file).toString().replace('\\', '/');
        if (!Files.isRegularFile(file)) {
            if (!missing.contains(rel)) {
                missing.add(rel);
            }
            return;
        }
        if (byFile.containsKey(file)) {
            return;
        }
        if (!GerberSniffer.isGerber(file)) {
            String why = rel + " (" + source + "): not Gerber (Excellon or other), checked with the drill issue";
            if (!skipped.contains(why)) {
                skipped.add(why);
            }
            return;
        }
        byFile.put(file, new Entry(rel, file, source));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
