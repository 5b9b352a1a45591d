package com.fabwright.excellon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every Excellon-looking file of the corpus loads without an exception; gerbv's drill inputs load cleanly. */
class CorpusLoadTest {
    private static final Set<String> EXTENSIONS = Set.of("drl", "exc", "xln", "txt", "drd", "ncd", "cnc", "tap", "nc",
            "rou", "fdr", "drill", "dri", "xnc", "tx1", "tx2");
    private static final Pattern EXCELLON = Pattern.compile("(?m)^(M48|T0?1C|T\\d+\\s*$|;FILE_FORMAT|M72|M71)");

    @Test
    void gerbvDrillInputsLoadWithoutErrors() throws IOException {
        Path inputs = Corpus.file("gerbv/test/inputs");
        List<Path> files;
        try (Stream<Path> s = Files.list(inputs)) {
            files = s.filter(p -> p.toString().endsWith(".exc") || p.toString().endsWith(".drl")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (Path p : files) {
            DrillFile f = new ExcellonReader().read(p);
            System.out.printf("gerbv %-44s %-44s %-15s %5d holes %s%n", p.getFileName(), f.format().describe(),
                    f.formatOrigin(), f.holeCount(), f.diagnostics().stream().map(Diagnostic::code).distinct().toList());
            assertThat(f.diagnostics()).as(p.toString()).noneMatch(d -> d.severity() == Severity.ERROR);
            if (!p.getFileName().toString().contains("out-of-bounds")) {
                assertThat(f.holeCount()).as(p.toString()).isPositive();
            }
        }
    }

    @Test
    void syntaxErrorFileGivesAnErrorWithFileAndLine() {
        DrillFile f = new ExcellonReader().read(Corpus.file("gerbonara/resources/test_syntax_error.exc"));
        Diagnostic e = f.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).findFirst().orElseThrow();
        assertThat(e.format()).startsWith("test_syntax_error.exc:12:1: error DRL-E005");
        assertThat(e.file()).isEqualTo("test_syntax_error.exc");
        assertThat(e.position().line()).isEqualTo(12);
    }

    @Test
    void everyExcellonLookingFileInTheCorpusLoads() throws IOException {
        Path root = Corpus.root();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root)) {
            s.filter(Files::isRegularFile).filter(CorpusLoadTest::looksLikeExcellon).sorted().forEach(files::add);
        }
        int holes = 0;
        int withErrors = 0;
        int assumed = 0;
        for (Path p : files) {
            DrillFile f = new ExcellonReader().read(p);
            holes += f.holeCount();
            withErrors += f.hasErrors() ? 1 : 0;
            assumed += f.formatOrigin() == FormatOrigin.DEFAULT_ASSUMED ? 1 : 0;
            System.out.printf("corpus %-90s %-42s %-15s %5d holes %-10s %s%n", root.relativize(p), f.format().describe(),
                    f.formatOrigin(), f.holeCount(), f.plating(), f.diagnostics().stream()
                            .filter(d -> d.severity() != Severity.INFO).map(Diagnostic::code).distinct().toList());
        }
        System.out.printf("corpus: %d Excellon files, %d holes, %d with errors, %d with an assumed format%n",
                files.size(), holes, withErrors, assumed);
        assertThat(files).hasSizeGreaterThan(50);
    }

    private static boolean looksLikeExcellon(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0 || !EXTENSIONS.contains(name.substring(dot + 1))) {
            return false;
        }
        byte[] head = new byte[4096];
        try (InputStream in = Files.newInputStream(p)) {
            int n = in.readNBytes(head, 0, head.length);
            String text = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            return !text.contains("%FS") && !text.contains("%MO") && EXCELLON.matcher(text).find();
        } catch (IOException e) {
            return false;
        }
    }
}
