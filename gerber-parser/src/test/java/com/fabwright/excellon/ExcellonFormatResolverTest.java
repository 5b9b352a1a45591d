package com.fabwright.excellon;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExcellonFormatResolverTest {

    /** Random pads on a 100 x 80 mm board on a 0.254 mm (10 mil) grid, exact in every format tested. */
    private static List<Point> pads(long seed, int n) {
        Random r = new Random(seed);
        List<Point> pads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            pads.add(new Point((2 + r.nextInt(390)) * 254_000L, (2 + r.nextInt(310)) * 254_000L));
        }
        return pads;
    }

    /** Writes pads as a drill file in the given format, without saying which. */
    private static byte[] drillFile(List<Point> holes, ExcellonFormat f, String header) {
        List<String> lines = new ArrayList<>(List.of("M48"));
        if (!header.isEmpty()) {
            lines.add(header);
        }
        lines.addAll(List.of(f.inch() ? "T1C0.035" : "T1C0.9", "%", "T1"));
        for (Point p : holes) {
            lines.add("X" + encode(p.x(), f) + "Y" + encode(p.y(), f));
        }
        lines.add("M30");
        return ExcellonText.bytes(lines.toArray(String[]::new));
    }

    private static String encode(long nm, ExcellonFormat f) {
        long units = Math.round(nm / (double) f.nmPerUnit() * Math.pow(10, f.decimalDigits()));
        String digits = String.format("%0" + (f.integerDigits() + f.decimalDigits()) + "d", Math.abs(units));
        if (f.zeros() == ZeroSuppression.LEADING_SUPPRESSED) {
            digits = digits.replaceFirst("^0+(?=.)", "");
        } else if (f.zeros() == ZeroSuppression.TRAILING_SUPPRESSED) {
            digits = digits.replaceFirst("(?<=.)0+$", "");
        }
        return (units < 0 ? "-" : "") + digits;
    }

    static Stream<Arguments> hiddenFormats() {
        return Stream.of(
                Arguments.of(new ExcellonFormat(true, ZeroSuppression.LEADING_SUPPRESSED, 2, 4), 1L),
                Arguments.of(new ExcellonFormat(true, ZeroSuppression.TRAILING_SUPPRESSED, 2, 4), 2L),
                Arguments.of(new ExcellonFormat(true, ZeroSuppression.LEADING_SUPPRESSED, 2, 3), 3L),
                Arguments.of(new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 3, 3), 4L),
                Arguments.of(new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 3, 3), 5L),
                Arguments.of(new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 4, 4), 6L),
                Arguments.of(new ExcellonFormat(false, ZeroSuppression.LEADING_SUPPRESSED, 2, 5), 7L));
    }

    @ParameterizedTest
    @MethodSource("hiddenFormats")
    void findsAHiddenFormatByAlignmentWithThePads(ExcellonFormat hidden, long seed) {
        List<Point> pads = pads(seed, 200);
        List<Point> holes = pads.subList(0, 120);
        FormatResolution r = ExcellonFormatResolver.resolve(drillFile(holes, hidden, ""), "hidden.drl", pads);
        assertThat(r.searched()).isTrue();
        assertThat(r.format().inch()).isEqualTo(hidden.inch());
        assertThat(r.file().hits()).extracting(DrillHit::at).containsExactlyElementsOf(holes);
        assertThat(r.file().formatOrigin()).isEqualTo(FormatOrigin.ALIGNED);
        assertThat(r.confidence()).isGreaterThan(0.9);
        assertThat(r.file().diagnostics().get(0).code()).isEqualTo("DRL-W020");
        assertThat(r.file().diagnostics().get(0).message()).contains("chosen because 100% of holes land on copper pads (next best");
    }

    @Test
    void statedFormatIsKeptWithoutSearchWhenItLinesUp() {
        ExcellonFormat f = new ExcellonFormat(true, ZeroSuppression.TRAILING_SUPPRESSED, 2, 4);
        List<Point> pads = pads(11, 100);
        FormatResolution r = ExcellonFormatResolver.resolve(drillFile(pads, f, "INCH,LZ,00.0000"), "x.drl", pads);
        assertThat(r.searched()).isFalse();
        assertThat(r.confidence()).isEqualTo(1.0);
        assertThat(r.file().formatOrigin()).isEqualTo(FormatOrigin.HEADER);
    }

    @Test
    void aStatedFormatTheCopperFlatlyContradictsIsOverriddenWithAWarning() {
        ExcellonFormat real = new ExcellonFormat(false, ZeroSuppression.TRAILING_SUPPRESSED, 3, 3);
        List<Point> pads = pads(12, 100);
        FormatResolution r = ExcellonFormatResolver.resolve(drillFile(pads, real, "INCH,LZ,00.0000"), "x.drl", pads);
        assertThat(r.format().inch()).isFalse();
        assertThat(r.file().diagnostics().get(0).code()).isEqualTo("DRL-W021");
    }

    @Test
    void withoutPadsThePlausibleOwnReadingIsKeptWithAWarning() {
        ExcellonFormat f = new ExcellonFormat(true, ZeroSuppression.LEADING_SUPPRESSED, 2, 4);
        FormatResolution r = ExcellonFormatResolver.resolve(drillFile(pads(13, 50), f, "M72"), "x.drl", List.of());
        assertThat(r.format()).isEqualTo(f);
        assertThat(r.file().formatOrigin()).isEqualTo(FormatOrigin.DEFAULT_ASSUMED);
        assertThat(r.file().diagnostics().get(0).code()).isEqualTo("DRL-W022");
        assertThat(r.confidence()).isLessThan(1.0);
    }

    @Test
    void candidatesVaryOnlyWhatIsNotStated() {
        DrillFile settled = ExcellonText.read("M48", "METRIC,TZ,000.000", "T1C0.5", "%", "T1", "X1000Y200", "M30");
        assertThat(FormatCandidates.enumerate(settled)).containsExactly(settled.format());
        DrillFile digitsOnly = ExcellonText.read("M48", "METRIC,TZ", "T1C0.5", "%", "T1", "X1000Y200", "M30");
        assertThat(FormatCandidates.enumerate(digitsOnly)).allMatch(f -> !f.inch() && f.zeros() == ZeroSuppression.LEADING_SUPPRESSED)
                .extracting(ExcellonFormat::decimalDigits).contains(2, 3, 4, 5, 6);
        DrillFile nothing = ExcellonText.read("M48", "T1C0.5", "%", "T1", "X1000Y200", "M30");
        List<ExcellonFormat> all = FormatCandidates.enumerate(nothing);
        assertThat(all).anyMatch(ExcellonFormat::inch).anyMatch(f -> !f.inch())
                .anyMatch(f -> f.zeros() == ZeroSuppression.LEADING_SUPPRESSED)
                .anyMatch(f -> f.zeros() == ZeroSuppression.TRAILING_SUPPRESSED);
        DrillFile decimal = ExcellonText.read("M48", "METRIC", "T1C0.5", "%", "T1", "X1.5Y2.5", "M30");
        assertThat(FormatCandidates.enumerate(decimal)).containsExactly(decimal.format());
    }

    @Test
    void scorerCountsHolesWithinTolerance() {
        DrillFile f = ExcellonText.read("M48", "METRIC", "T1C0.5", "%", "T1", "X1.0Y1.0", "X2.0Y2.0", "X3.0Y3.0", "X4.0Y4.0", "M30");
        List<Point> pads = List.of(new Point(1_000_000, 1_000_040), new Point(2_030_000, 2_030_000), new Point(3_100_000, 3_000_000));
        assertThat(FormatScorer.score(f, pads, 50_000)).isEqualTo(0.5);
        assertThat(FormatScorer.match(f, pads, 50_000)).isEqualTo(new FormatScorer.Result(2, 4));
        assertThat(FormatScorer.score(f, List.of(), 50_000)).isZero();
    }
}
