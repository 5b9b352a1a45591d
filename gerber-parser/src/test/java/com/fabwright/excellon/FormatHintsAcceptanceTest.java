package com.fabwright.excellon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.gerber.GerberReader;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Point;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code gerbonara/EXCELLON_FORMAT_HINTS.tsv}: drill files whose headers other readers cannot use,
 * with the unit, zero suppression and digits that make them line up with copper (in gerbv's terms:
 * "leading" = leading zeros suppressed and the digits are decimal digits; "trailing" = trailing zeros
 * suppressed and the digits are integer digits). The reader and resolver must arrive at that reading
 * from the file and the copper alone. A second pass strips every format statement from the file
 * (units, LZ/TZ, digits, format comments) so only the alignment search can find it.
 */
class FormatHintsAcceptanceTest {
    private static final String TSV = "gerbonara/EXCELLON_FORMAT_HINTS.tsv";

    static Stream<Arguments> rows() throws IOException {
        Path tsv = Corpus.file(TSV);
        List<Arguments> rows = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.startsWith("drill_file") || line.isBlank()) {
                continue;
            }
            String[] c = line.split("\t");
            rows.add(Arguments.of(c[0], c[1], c[2]));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void resolverReadsTheFileAsListed(String drill, String forced, String gerber) throws IOException {
        Path res = Corpus.root().resolve("gerbonara/resources");
        Path drillPath = res.resolve(drill);
        Assumptions.assumeTrue(Files.exists(drillPath), "not in this corpus: " + drill);
        byte[] content = Files.readAllBytes(drillPath);
        List<Point> pads = pads(res, gerber);
        FormatResolution r = ExcellonFormatResolver.resolve(content, drillPath.getFileName().toString(), pads);
        report("as written", drill, forced, pads, r);
        check(r, content, drill, forced, pads);
        if (!pads.isEmpty()) {
            FormatResolution stripped = ExcellonFormatResolver.resolve(stripFormat(content), drill, pads);
            report("stripped  ", drill, forced, pads, stripped);
            assertThat(stripped.searched()).isTrue();
            assertThat(stripped.file().formatOrigin()).isEqualTo(FormatOrigin.ALIGNED);
            assertThat(stripped.file().diagnostics()).anyMatch(d -> d.code().equals("DRL-W020"));
            assertThat(stripped.format().inch()).isEqualTo(r.format().inch());
            assertThat(points(stripped.file())).isEqualTo(points(r.file()));
            check(stripped, stripFormat(content), drill, forced, pads);
        }
    }

    private static void check(FormatResolution r, byte[] content, String drill, String forced, List<Point> pads) {
        DrillFile f = r.file();
        assertThat(f.hasErrors()).as(f.diagnostics().toString()).isFalse();
        assertThat(f.holeCount()).isPositive();
        if (!forced.equals("-")) {
            String[] s = forced.split(",");
            boolean inch = s[0].equals("inch");
            int digits = Integer.parseInt(s[2]);
            boolean leading = s[1].equals("leading");
            assertThat(f.format().inch()).as("units of " + drill).isEqualTo(inch);
            if (f.format().zeros() == (leading ? ZeroSuppression.LEADING_SUPPRESSED : ZeroSuppression.TRAILING_SUPPRESSED)) {
                assertThat(leading ? f.format().decimalDigits() : f.format().integerDigits()).isEqualTo(digits);
            }
            // Whatever the nominal suppression, the reading must equal the listed one hole for hole.
            ExcellonFormat listed = leading ? new ExcellonFormat(inch, ZeroSuppression.LEADING_SUPPRESSED, 2, digits)
                    : new ExcellonFormat(inch, ZeroSuppression.TRAILING_SUPPRESSED, digits, 3);
            DrillFile expected = new ExcellonReader().read(drill, content, listed);
            assertThat(points(f)).as("reading of " + drill).isEqualTo(points(expected));
        }
        if (!pads.isEmpty()) {
            FormatScorer.Result m = FormatScorer.match(f, pads, ExcellonFormatResolver.DEFAULT_TOLERANCE_NM);
            assertThat(m.matched()).isGreaterThan(10);
            assertThat((double) m.matched() / m.total()).isGreaterThan(0.5);
        } else if (!f.evidence().settled()) {
            assertThat(ExcellonFormatResolver.plausible(f)).isTrue();
        }
    }

    private static void report(String pass, String drill, String forced, List<Point> pads, FormatResolution r) {
        FormatScorer.Result m = FormatScorer.match(r.file(), pads, ExcellonFormatResolver.DEFAULT_TOLERANCE_NM);
        System.out.printf(Locale.ROOT, "hints %s %-66s listed %-15s chosen %-40s %-15s conf %.2f on pads %d/%d%n", pass,
                drill, forced, r.format().describe(), r.file().formatOrigin(), r.confidence(), m.matched(), m.total());
    }

    private static List<Point> pads(Path res, String gerber) {
        if (gerber.equals("-")) {
            return List.of();
        }
        Path g = res.resolve(gerber);
        Assumptions.assumeTrue(Files.exists(g), "aligned Gerber not in this corpus: " + gerber);
        List<Point> pads = new ArrayList<>();
        for (GraphicObject o : new GerberReader().read(g).image().objects()) {
            if (o instanceof GraphicObject.Flash f) {
                pads.add(f.at());
            }
        }
        return pads;
    }

    private static List<Point> points(DrillFile f) {
        List<Point> p = new ArrayList<>();
        f.hits().forEach(h -> p.add(h.at()));
        f.slots().forEach(s -> {
            p.add(s.from());
            p.add(s.to());
        });
        return p;
    }

    /** The file without units, LZ/TZ, digits or format comments: only the tool table and the body remain. */
    static byte[] stripFormat(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\\R")) {
            String t = line.trim().toUpperCase(Locale.ROOT);
            if (t.startsWith("INCH") || t.startsWith("METRIC") || t.startsWith("M71") || t.startsWith("M72")
                    || t.startsWith("G70") || t.startsWith("G71") || t.contains("FORMAT")) {
                continue;
            }
            out.append(line).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
}
