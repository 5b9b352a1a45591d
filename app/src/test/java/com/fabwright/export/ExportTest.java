package com.fabwright.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import com.fabwright.quote.QuoteEngine;
import com.fabwright.quote.WorkedExample;
import com.fabwright.quote.rates.RateProfile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * XLSX and PDF exports of the worked example: the workbook's formulas give the engine's totals in
 * POI's evaluator and in LibreOffice (headless, recalculating a file without cached results); the PDF
 * renders with pdftoppm and its text carries the quote's figures. The LibreOffice and poppler tests
 * skip with a message when the tools are absent.
 */
class ExportTest {
    static final Quote Q = new QuoteEngine(RateProfile.shipped("CN-EMS")).quote(WorkedExample.inputs(List.of(100, 1000, 5000)));
    static final QuoteDocument DOC = new QuoteDocument("Q-2026-0042", 2, "ACME", "ACME-CTRL-01 rev C", "2026-07-10",
            "2026-08-09", "PCB 9 + parts + SMT working days ARO", List.of("Example Electronics GmbH", "Werkstr. 1, 12345 Berlin"),
            QuoteDocument.DEFAULT_TERMS, Q);

    @TempDir
    Path dir;

    @Test
    void xlsx_formulas_evaluate_to_the_engine_totals() throws Exception {
        Path x = dir.resolve("q.xlsx");
        XlsxExporter.write(DOC, x);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
            Sheet s = wb.getSheet("Quote");
            // cached values as saved
            checkMatrix(s, false);
            // and evaluated again from the formulas
            XSSFFormulaEvaluator ev = wb.getCreationHelper().createFormulaEvaluator();
            ev.clearAllCachedResultValues();
            ev.evaluateAll();
            checkMatrix(s, true);
            assertThat(s.getRow(XlsxExporter.MATRIX_FIRST_ROW).getCell(2).getCellFormula()).startsWith("SUMIFS(");
            assertThat(wb.getSheet("Lines").getRow(1).getCell(8).getCellFormula()).isEqualTo("G2*H2");
        }
    }

    @Test
    void xlsx_line_amounts_follow_an_edited_rate() throws Exception {
        Path x = dir.resolve("q.xlsx");
        XlsxExporter.write(DOC, x);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(x))) {
            Sheet lines = wb.getSheet("Lines");
            Row first = lines.getRow(1);
            double before = wb.getSheet("Quote").getRow(XlsxExporter.MATRIX_FIRST_ROW).getCell(2).getNumericCellValue();
            double amount = first.getCell(8).getNumericCellValue();
            first.getCell(7).setCellValue(first.getCell(7).getNumericCellValue() * 2);
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            double after = wb.getSheet("Quote").getRow(XlsxExporter.MATRIX_FIRST_ROW).getCell(2).getNumericCellValue();
            // the line doubles and its fab markup (10 %) follows
            assertThat(after - before).isCloseTo(amount * 1.10, within(1e-6));
        }
    }

    @Test
    void libreoffice_computes_the_same_totals_and_converts_the_workbook_to_pdf() throws Exception {
        String soffice = which("soffice", "libreoffice");
        assumeTrue(soffice != null, "LibreOffice not installed (apt-get install libreoffice-calc): skipped");
        Path x = dir.resolve("nocache.xlsx");
        XlsxExporter.write(DOC, x, false);
        Path profile = dir.resolve("lo-profile");
        run(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "csv", "--outdir",
                dir.toString(), x.toString()));
        List<String> csv = Files.readAllLines(dir.resolve("nocache.csv"), StandardCharsets.UTF_8);
        List<String[]> matrix = new ArrayList<>();
        for (int i = XlsxExporter.MATRIX_FIRST_ROW; i < XlsxExporter.MATRIX_FIRST_ROW + Q.breaks().size(); i++) {
            matrix.add(parseCsv(csv.get(i)));
        }
        for (int i = 0; i < Q.breaks().size(); i++) {
            QuoteBreak b = Q.breaks().get(i);
            String[] r = matrix.get(i);
            assertThat(num(r[0])).isEqualTo(b.qty());
            assertThat(num(r[2])).as("LibreOffice extended at %d", b.qty()).isCloseTo(b.total(), within(0.01));
            assertThat(num(r[3])).as("LibreOffice NRE at %d", b.qty()).isCloseTo(b.nre(), within(0.01));
            assertThat(num(r[1])).isCloseTo(b.unitPrice(), within(0.01));
        }
        Path evaluated = dir.resolve("q.xlsx");
        XlsxExporter.write(DOC, evaluated);
        run(List.of(soffice, "-env:UserInstallation=" + profile.toUri(), "--headless", "--convert-to", "pdf", "--outdir",
                dir.toString(), evaluated.toString()));
        assertThat(dir.resolve("q.pdf")).isNotEmptyFile();
        String pdftotext = which("pdftotext");
        if (pdftotext != null) {
            run(List.of(pdftotext, dir.resolve("q.pdf").toString(), dir.resolve("q-lo.txt").toString()));
            assertThat(Files.readString(dir.resolve("q-lo.txt"))).contains(PdfExporter.money(Q.at(100).total()));
        }
        System.out.printf("LibreOffice totals: %s%n", matrix.stream().map(r -> r[0] + ": " + r[2] + " + NRE " + r[3]).toList());
    }

    @Test
    void pdf_renders_and_shows_the_quote_figures() throws Exception {
        Path pdf = dir.resolve("quote.pdf");
        PdfExporter.write(DOC, pdf);
        assertThat(Files.readString(pdf, StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        String pdftoppm = which("pdftoppm");
        assumeTrue(pdftoppm != null, "poppler-utils not installed (apt-get install poppler-utils): skipped");
        run(List.of(pdftoppm, "-png", "-r", "60", pdf.toString(), dir.resolve("page").toString()));
        Path png;
        try (Stream<Path> s = Files.list(dir)) {
            png = s.filter(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png")).sorted()
                    .findFirst().orElseThrow();
        }
        BufferedImage img = ImageIO.read(png.toFile());
        assertThat(img.getWidth()).isGreaterThan(400);
        assertThat(darkPixels(img)).as("ink on the page").isGreaterThan(2000);
        String pdftotext = which("pdftotext");
        if (pdftotext != null) {
            Path txt = dir.resolve("quote.txt");
            run(List.of(pdftotext, "-layout", pdf.toString(), txt.toString()));
            String text = Files.readString(txt);
            assertThat(text).contains("Q-2026-0042 rev 2", "Example Electronics GmbH", "Valid until 2026-08-09",
                    PdfExporter.money(Q.at(100).unitPrice()), PdfExporter.money(Q.at(1000).unitPrice()),
                    PdfExporter.money(Q.at(100).nre()), "ONE-TIME CHARGES");
        }
    }

    private static void checkMatrix(Sheet s, boolean evaluated) {
        for (int i = 0; i < Q.breaks().size(); i++) {
            QuoteBreak b = Q.breaks().get(i);
            Row r = s.getRow(XlsxExporter.MATRIX_FIRST_ROW + i);
            String how = evaluated ? "evaluated" : "cached";
            assertThat(r.getCell(2).getNumericCellValue()).as(how + " extended %d", b.qty()).isCloseTo(b.total(), within(1e-6));
            assertThat(r.getCell(3).getNumericCellValue()).as(how + " NRE %d", b.qty()).isCloseTo(b.nre(), within(1e-6));
            assertThat(r.getCell(1).getNumericCellValue()).isCloseTo(b.unitPrice(), within(1e-9));
            assertThat(r.getCell(4).getNumericCellValue()).isCloseTo(b.unitPriceWithNre(), within(1e-9));
        }
    }

    static int darkPixels(BufferedImage img) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int rgb = img.getRGB(x, y);
                if (((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff) < 300) {
                    n++;
                }
            }
        }
        return n;
    }

    static String[] parseCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (char ch : line.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == ',' && !quoted) {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out.toArray(String[]::new);
    }

    static double num(String s) {
        return Double.parseDouble(s.replace(",", "").trim());
    }

    static String which(String... names) {
        for (String n : names) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, n);
                if (Files.isExecutable(p)) {
                    return p.toString();
                }
            }
        }
        return null;
    }

    static void run(List<String> cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IOException("timed out: " + cmd);
        }
        assertThat(p.exitValue()).as(String.join(" ", cmd)).isZero();
    }
}
