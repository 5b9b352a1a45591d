package com.fabwright.corpus;

import static org.assertj.core.api.Assertions.fail;

import com.fabwright.render.LayerRasterizer;
import com.fabwright.render.RenderLayer;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/**
 * Issue 2, Acceptance: the Ucamco specification examples and tracespace's feature files render like their
 * references.
 *
 * <p>Cases: every {@code .grb} under {@code pygerber/gerberx3/ucamco/} (reference: the PNG in its folder,
 * pygerber's render or the specification's picture), every {@code gerbonara/resources/example_*.gbr}
 * (reference: {@code gerbonara/golden/<name>.png}, where present) and every {@code .gbr} under
 * {@code tracespace/gerbers/} (reference: the SVG of the same name).
 *
 * <p>Three checks, each where it applies:
 * <ol>
 *   <li><b>Pixels</b> against a reference PNG: none of the PNGs carries its scale or window, so both are
 *       recovered from the drawn pixels ({@link ReferenceImages#recover}); when the x and y scales agree
 *       within 2 % we render our geometry with {@code LayerRasterizer} at that scale and window and require
 *       at most {@value #PIXEL_TOLERANCE_PERCENT} % of the reference's drawn pixels to mismatch beyond one
 *       pixel of edge movement ({@link ReferenceImages#mismatch}). References whose window cannot be
 *       recovered (the specification's pictures with rulers and captions, one picture for several files)
 *       are compared by area against gerbv only, and the report says so.</li>
 *   <li><b>Size</b> against a tracespace SVG: the SVG's {@code width}/{@code height} (with its
 *       {@code viewBox} in thousandths of the file's unit) are the size of the image's bounding box; our
 *       box's width and height must match within {@value #EXTENT_TOLERANCE_MM} mm. Only the size: the
 *       hand-made expected SVGs do not all keep the Gerber origin (e.g. {@code center-rect-primitive.svg}
 *       has its viewBox at 0,0 for a rectangle centred on 0,0). The SVGs are not rasterised: the only SVG renderer here,
 *       ImageMagick's internal MSVG, fills tracespace's stroked arcs ({@code fill="none"} ignored; measured on
 *       {@code arc-strokes/single-quadrant-I-to-II.svg}), so its pixels would test ImageMagick, not us.
 *       SVGs that embed a bitmap instead of vectors have no usable viewBox and get the area check only.</li>
 *   <li><b>Area</b> against gerbv (when installed), exactly as {@link GerbvDifferentialTest}: within 0.5 %,
 *       deviations listed in {@code /corpus/gerbv-known-deviations.tsv}.</li>
 * </ol>
 * Pixel and extent deviations are listed in {@code /corpus/spec-known-deviations.tsv} with their reason.
 * The report goes to stdout and {@code target/corpus-reports/spec-examples.tsv}.
 */
class SpecExampleRenderTest {
    static final double PIXEL_TOLERANCE_PERCENT = 1.0;
    static final double EXTENT_TOLERANCE_MM = 0.01;
    private static final KnownDeviations SPEC_KNOWN = KnownDeviations.load("/corpus/spec-known-deviations.tsv");
    private static final KnownDeviations GERBV_KNOWN = KnownDeviations.load("/corpus/gerbv-known-deviations.tsv");
    private static final CorpusReport REPORT = new CorpusReport("spec-examples",
            "file\treference\treference_check\treference_result\tours_mm2\tgerbv_mm2\tdiff_pct\tstatus\treason"
                    + "\tgerbv_notes");

    record Case(String relative, Path gerber, Path reference) {
        @Override
        public String toString() {
            return relative;
        }
    }

    static Stream<Case> cases() throws IOException {
        Path corpus = Corpus.require();
        List<Case> out = new ArrayList<>();
        Path ucamco = corpus.resolve("pygerber/gerberx3/ucamco");
        for (Path p : Corpus.files(ucamco)) {
            if (p.getFileName().toString().endsWith(".grb")) {
                Path ref = null;
                try (Stream<Path> s = Files.list(p.getParent())) {
                    ref = s.filter(f -> f.getFileName().toString().endsWith(".png")).sorted().findFirst().orElse(null);
                }
                out.add(new Case(Corpus.relative(p), p, ref));
            }
        }
        Path res = corpus.resolve("gerbonara/resources");
        try (Stream<Path> s = Files.list(res)) {
            for (Path p : s.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("example_") && n.endsWith(".gbr")) {
                    Path ref = corpus.resolve("gerbonara/golden").resolve(n.replace(".gbr", ".png"));
                    out.add(new Case(Corpus.relative(p), p, Files.isRegularFile(ref) ? ref : null));
                }
            }
        }
        for (Path p : Corpus.files(corpus.resolve("tracespace/gerbers"))) {
            String n = p.getFileName().toString();
            if (n.endsWith(".gbr")) {
                Path ref = p.resolveSibling(n.replace(".gbr", ".svg"));
                out.add(new Case(Corpus.relative(p), p, Files.isRegularFile(ref) ? ref : null));
            }
        }
        return out.stream().filter(c -> Corpus.selected(c.relative()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rendersLikeItsReference(Case c) throws IOException {
        OurMeasurement ours = OurMeasurement.of(c.gerber());
        List<String> problems = new ArrayList<>();
        String check = "none";
        String result = "";
        Optional<String> specReason = SPEC_KNOWN.reason(c.relative());
        boolean referenceDeviates = false;

        if (c.reference() != null && c.reference().toString().endsWith(".png")) {
            ReferenceImages.Mask ref = ReferenceImages.readPng(c.reference());
            ReferenceImages.Window win = ReferenceImages.recover(ref, ours.geometry().boundsMm());
            if (win == null) {
                check = "png: window not recoverable, area vs gerbv only";
            } else {
                BufferedImage img = LayerRasterizer.render(List.of(new RenderLayer(ours.geometry().darkArea(),
                        Color.WHITE)), win.mm(), win.dpi(), Color.BLACK, true);
                double m = 100 * ReferenceImages.mismatch(ReferenceImages.mask(img), ref);
                check = String.format(Locale.ROOT, "png pixels at %.2f px/mm", win.pxPerMm());
                result = String.format(Locale.ROOT, "%.3f %% mismatch", m);
                if (m > PIXEL_TOLERANCE_PERCENT) {
                    referenceDeviates = true;
                    addIf(specReason.isEmpty(), problems, c.relative() + ": " + result + " against " + Corpus.relative(c.reference())
                            + " (tolerance " + PIXEL_TOLERANCE_PERCENT + " %)");
                }
            }
        } else if (c.reference() != null) {
            Optional<Envelope> box = svgExtent(c.reference(), GerberSniffer.isMetric(c.gerber()));
            if (box.isEmpty()) {
                check = "svg: embedded bitmap, area vs gerbv only";
            } else {
                Envelope o = ours.geometry().boundsMm();
                Envelope r = box.get();
                double d = o.isNull() ? Double.POSITIVE_INFINITY : Math.max(Math.abs(o.getWidth() - r.getWidth()),
                        Math.abs(o.getHeight() - r.getHeight()));
                check = "svg viewBox size";
                result = String.format(Locale.ROOT, "size diff %.4f mm", d);
                if (!(d <= EXTENT_TOLERANCE_MM)) {
                    referenceDeviates = true;
                    addIf(specReason.isEmpty(), problems, String.format(Locale.ROOT, "%s: bounding box %s vs tracespace viewBox %s (%s)",
                            c.relative(), o, r, result));
                }
            }
        }

        String gerbvMm2 = "";
        String gerbvNotes = "";
        boolean gerbvDeviates = false;
        String diff = "";
        Optional<String> gerbvReason = GERBV_KNOWN.reason(c.relative());
        if (Gerbv.executable().isPresent()) {
            Gerbv gerbv = Gerbv.standard();
            try {
                GerbvMeasurement g = gerbv.measure(c.gerber());
                GerbvCheck gc = GerbvCheck.run(gerbv, c.gerber(), ours, g, true);
                AreaComparison a = gc.comparison();
                gerbvNotes = (gc.notes() + " " + GerbvCheck.significantMessages(gc.used().gerbvMessages())).strip();
                gerbvMm2 = String.format(Locale.ROOT, "%.4f", a.gerbvMm2());
                diff = String.format(Locale.ROOT, "%+.3f", a.diffPercent());
                if (!a.within()) {
                    gerbvDeviates = true;
                    if (gerbvReason.isEmpty()) {
                        problems.add(c.relative() + ": " + a + "; list it in /corpus/gerbv-known-deviations.tsv");
                    }
                }
            } catch (RuntimeException e) {
                gerbvDeviates = true;
                if (gerbvReason.isEmpty()) {
                    problems.add(c.relative() + ": gerbv could not render it: " + e.getMessage());
                }
            }
        } else if (check.endsWith("gerbv only") || check.equals("none")) {
            Assumptions.abort("gerbv not installed and no usable reference for " + c.relative());
        }

        if (referenceDeviates && specReason.isEmpty()) {
            problems.add(0, "list it in /corpus/spec-known-deviations.tsv with the reason");
        }
        boolean knownPresent = (referenceDeviates && specReason.isPresent()) || (gerbvDeviates && gerbvReason.isPresent());
        boolean fixed = (specReason.isPresent() && !referenceDeviates) || (gerbvReason.isPresent() && !gerbvDeviates);
        String status = !problems.isEmpty() ? "FAIL" : knownPresent ? "KNOWN" : fixed ? "FIXED" : "OK";
        String reasons = String.join("; ", Stream.of(specReason, gerbvReason).flatMap(Optional::stream).toList());
        REPORT.add(c.relative(), c.reference() == null ? "" : Corpus.relative(c.reference()), check, result,
                String.format(Locale.ROOT, "%.4f", ours.areaMm2()), gerbvMm2, diff, status, reasons, gerbvNotes);
        if (fixed) {
            System.out.println("listed deviation no longer present, remove its line: " + c.relative());
        }
        if (!problems.isEmpty()) {
            fail(String.join("; ", problems));
        }
        if (knownPresent) {
            System.out.println("known deviation " + c.relative() + ": " + reasons);
        }
    }

    private static void addIf(boolean condition, List<String> list, String item) {
        if (condition) {
            list.add(item);
        }
    }

    @AfterAll
    static void summary() {
        List<String[]> rows = REPORT.rows();
        if (rows.isEmpty()) {
            return;
        }
        long pixel = rows.stream().filter(r -> r[2].startsWith("png pixels")).count();
        long extent = rows.stream().filter(r -> r[2].startsWith("svg viewBox")).count();
        long ok = rows.stream().filter(r -> r[7].equals("OK")).count();
        long known = rows.stream().filter(r -> r[7].equals("KNOWN")).count();
        System.out.printf(Locale.ROOT, "%nSpecExampleRenderTest: %d cases, %d pixel-compared, %d size-compared, %d OK,"
                + " %d known deviations; report %s%n", rows.size(), pixel, extent, ok, known, REPORT.write());
        for (String[] r : rows) {
            System.out.printf(Locale.ROOT, "  %-6s %-62s %-48s %-22s area %s vs gerbv %s (%s %%) %s%n", r[7], r[0], r[2],
                    r[3], r[4], r[5], r[6], r[8]);
        }
    }

    /**
     * The window of a tracespace SVG in mm, y up: its {@code viewBox} scaled by the {@code width} and
     * {@code height} attributes (in or mm), y negated. Some fixtures have the two attributes swapped
     * ({@code arc-strokes/single-quadrant-II-to-III.svg}); they are used swapped when only that makes the
     * two scales agree. Empty when the SVG embeds a bitmap, uses other units or the scales disagree.
     */
    static Optional<Envelope> svgExtent(Path svg, boolean metric) throws IOException {
        String s = Files.readString(svg, StandardCharsets.UTF_8);
        if (s.contains("<image")) {
            return Optional.empty();
        }
        Matcher vb = Pattern.compile("viewBox=\"([-0-9.eE]+)\\s+([-0-9.eE]+)\\s+([-0-9.eE]+)\\s+([-0-9.eE]+)\"")
                .matcher(s);
        Matcher w = Pattern.compile("\\swidth=\"([0-9.eE]+)(in|mm)\"").matcher(s);
        Matcher h = Pattern.compile("\\sheight=\"([0-9.eE]+)(in|mm)\"").matcher(s);
        if (!vb.find() || !w.find() || !h.find()) {
            return Optional.empty();
        }
        double x = Double.parseDouble(vb.group(1));
        double y = Double.parseDouble(vb.group(2));
        double vw = Double.parseDouble(vb.group(3));
        double vh = Double.parseDouble(vb.group(4));
        double wMm = Double.parseDouble(w.group(1)) * (w.group(2).equals("in") ? 25.4 : 1.0);
        double hMm = Double.parseDouble(h.group(1)) * (h.group(2).equals("in") ? 25.4 : 1.0);
        if (vw <= 0 || vh <= 0 || wMm <= 0 || hMm <= 0) {
            return Optional.empty();
        }
        double mmPerUnit;
        if (Math.abs((wMm / vw) / (hMm / vh) - 1) < 0.01) {
            mmPerUnit = wMm / vw;
        } else if (Math.abs((wMm / vh) / (hMm / vw) - 1) < 0.01) {
            mmPerUnit = wMm / vh;
        } else {
            return Optional.empty();
        }
        return Optional.of(new Envelope(x * mmPerUnit, (x + vw) * mmPerUnit, -(y + vh) * mmPerUnit, -y * mmPerUnit));
    }
}
