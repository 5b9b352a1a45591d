package com.fabwright.panel;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.corpus.Corpus;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Corpus boards for the panel tests: a KiCad demo's {@code gerber/} folder plus its Excellon files,
 * and its KiCad {@code -pos.csv} placements, parsed here (the CPL readers live on another branch).
 */
final class CorpusBoards {
    private CorpusBoards() {
    }

    /** The job of {@code kicad-demos-fab/<name>}: Gerber layers and Excellon files. Skips when absent. */
    static Job job(String name) {
        Path dir = Corpus.require("kicad-demos-fab/" + name);
        List<Path> inputs = new ArrayList<>();
        inputs.add(dir.resolve("gerber"));
        try (Stream<Path> s = Files.list(dir.resolve("drill"))) {
            s.filter(p -> p.toString().endsWith(".drl")).sorted().forEach(inputs::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new JobLoader().load(inputs);
    }

    /**
     * KiCad's {@code <name>-both-pos.csv} ({@code Ref,Val,Package,PosX,PosY,Rot,Side}, y up as Gerber).
     * Some of the demos were plotted with KiCad's "negative X for bottom-side footprints" option: a
     * bottom part whose x lies outside the board while -x lies inside is read with x negated.
     */
    static List<Placement> placements(String name, org.locationtech.jts.geom.Envelope board) {
        Path f = Corpus.require("kicad-demos-fab/" + name + "/pos/" + name + "-both-pos.csv");
        List<Placement> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(f);
            for (int i = 1; i < lines.size(); i++) {
                List<String> c = csv(lines.get(i));
                if (c.size() < 7) {
                    continue;
                }
                double x = Double.parseDouble(c.get(3));
                if (c.get(6).equalsIgnoreCase("bottom") && !board.contains(x, Double.parseDouble(c.get(4)))
                        && board.contains(-x, Double.parseDouble(c.get(4)))) {
                    x = -x;
                }
                out.add(new Placement(c.get(0), x, Double.parseDouble(c.get(4)),
                        ((Double.parseDouble(c.get(5)) % 360) + 360) % 360,
                        c.get(6).equalsIgnoreCase("bottom") ? Side.BOTTOM : Side.TOP, c.get(2), c.get(1),
                        MountType.UNKNOWN, f.getFileName().toString(), i + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static List<String> csv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean q = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                q = !q;
            } else if (ch == ',' && !q) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
