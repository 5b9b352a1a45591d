package com.fabwright.gerber.write;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.corpus.Corpus;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import com.fabwright.image.Image;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Read, write, read again: the written file's image has the same dark area and bounds as the
 * original's, over the corpus's focused feature files (every aperture and macro primitive, arcs,
 * regions, polarity, step-and-repeat, and the spec's block examples with mirror/rotate/scale, which
 * the writer folds into the apertures). Negative images are left out (the writer writes positive).
 */
class GerberWriterRoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"tracespace/gerbers", "gerbv/test/inputs", "pygerber/gerberx3"})
    void writtenFilesReadBackToTheSameImage(String folder) throws IOException {
        Path dir = Corpus.require(folder);
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(p -> p.toString().matches(".*\\.(gbr|gbx|GBR|grb|gtl|gbl)$") && p.toFile().length() < 100_000)
                    .sorted().limit(200).toList();
        }
        ImageGeometry g = new ImageGeometry();
        int compared = 0;
        List<String> failures = new ArrayList<>();
        for (Path f : files) {
            GerberFile in = new GerberReader().read(f);
            Image img = in.image();
            if (img.negative() || img.objects().isEmpty() || in.hasErrors()) {
                continue;
            }
            Path out = tmp.resolve("rt.gbr");
            Files.writeString(out, new GerberWriter().write(img));
            GerberFile back = new GerberReader().read(out);
            double a = g.toGeometry(img).areaMm2();
            double b = g.toGeometry(back.image()).areaMm2();
            compared++;
            if (back.hasErrors() || Math.abs(a - b) > 1e-6 + 1e-6 * a || back.image().objects().size() != img.objects().size()) {
                failures.add(dir.relativize(f) + ": area " + a + " -> " + b + ", objects " + img.objects().size() + " -> "
                        + back.image().objects().size() + (back.hasErrors() ? " " + back.diagnostics() : ""));
            }
        }
        assertThat(compared).isGreaterThan(5);
        assertThat(failures).as("compared " + compared).isEmpty();
    }
}
