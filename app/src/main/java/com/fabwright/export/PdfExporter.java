package com.fabwright.export;

import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The customer quote as PDF (Apache PDFBox, docs/decisions/quote-pdf-pdfbox.md), laid out as
 * quote-model.md §7.7: company header, quote number and revision, customer, date, validity, lead
 * time, currency with its FX date, the price per quantity with its split, the one-time charges kept
 * apart, assumptions, exclusions and terms. Standard-14 fonts (WinAnsi): text is reduced to that set.
 */
public final class PdfExporter {
    private static final float MARGIN = 50;
    private static final float LEADING = 13;
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDDocument pdf;
    private PDPageContentStream cs;
    private float y;

    private PdfExporter() {
    }

    public static void write(QuoteDocument doc, Path out) throws IOException {
        new PdfExporter().render(doc, out);
    }

    private void render(QuoteDocument doc, Path out) throws IOException {
        Quote q = doc.quote();
        try (PDDocument d = new PDDocument()) {
            pdf = d;
            PDDocumentInformation info = d.getDocumentInformation();
            info.setTitle("Quote " + doc.quoteNo() + " rev " + doc.revision());
            info.setCreator("Fabwright");
            newPage();
            for (int i = 0; i < doc.company().size(); i++) {
                text(i == 0 ? bold : regular, i == 0 ? 14 : 9, MARGIN, doc.company().get(i));
            }
            y -= 6;
            text(bold, 16, MARGIN, "QUOTE " + doc.quoteNo() + " rev " + doc.revision());
            text(regular, 10, MARGIN, "Customer: " + nz(doc.customer()) + (doc.cpn() == null ? "" : "    CPN: " + doc.cpn()));
            text(regular, 10, MARGIN, "Date " + nz(doc.date()) + "    Valid until " + nz(doc.validUntil())
                    + "    Lead time " + nz(doc.leadTime()));
            text(regular, 10, MARGIN, "Currency " + q.currency() + " (FX " + q.fx().date() + ", " + q.fx().source() + ")");
            text(regular, 8, MARGIN, "Rates " + q.rates());
            y -= 8;
            priceTable(q);
            y -= 8;
            nre(q);
            y -= 6;
            paragraph("ASSUMPTIONS", q.assumptions());
            paragraph("EXCLUSIONS", q.exclusions());
            if (!q.warnings().isEmpty()) {
                paragraph("TO BE CONFIRMED", q.warnings());
            }
            paragraph("TERMS", doc.terms());
            cs.close();
            Files.createDirectories(out.toAbsolutePath().getParent());
            d.save(out.toFile());
        }
    }

    private void priceTable(Quote q) throws IOException {
        List<QuoteBreak> breaks = q.breaks();
        float labelW = 170;
        float colW = Math.min(100, (PDRectangle.A4.getWidth() - 2 * MARGIN - labelW) / Math.max(1, breaks.size()));
        text(bold, 11, MARGIN, "PRICE PER QUANTITY");
        List<String> row = new ArrayList<>();
        breaks.forEach(b -> row.add(b.qty() + " pcs"));
        tableRow(bold, "", row, labelW, colW);
        row.clear();
        breaks.forEach(b -> row.add(money(b.unitPrice())));
        tableRow(bold, "Unit price", row, labelW, colW);
        row.clear();
        breaks.forEach(b -> row.add(money(b.total())));
        tableRow(regular, "Extended", row, labelW, colW);
        TreeSet<String> cats = new TreeSet<>();
        breaks.forEach(b -> cats.addAll(CustomerView.recurringByCategory(b).keySet()));
        for (String c : cats) {
            row.clear();
            for (QuoteBreak b : breaks) {
                row.add(money(CustomerView.recurringByCategory(b).getOrDefault(c, 0.0) / b.qty()) + "/u");
            }
            tableRow(regular, "  of which " + c, row, labelW, colW);
        }
        row.clear();
        breaks.forEach(b -> row.add(money(b.unitPriceWithNre())));
        tableRow(regular, "Unit price with NRE spread", row, labelW, colW);
    }

    private void nre(Quote q) throws IOException {
        text(bold, 11, MARGIN, "ONE-TIME CHARGES (NRE, per design revision)");
        List<QuoteBreak> breaks = q.breaks();
        float labelW = 170;
        float colW = Math.min(100, (PDRectangle.A4.getWidth() - 2 * MARGIN - labelW) / Math.max(1, breaks.size()));
        TreeSet<String> names = new TreeSet<>();
        breaks.forEach(b -> names.addAll(CustomerView.nreLines(b).keySet()));
        List<String> row = new ArrayList<>();
        for (String n : names) {
            row.clear();
            for (QuoteBreak b : breaks) {
                Double v = CustomerView.nreLines(b).get(n);
                row.add(v == null ? "-" : money(v));
            }
            tableRow(regular, "  " + n, row, labelW, colW);
        }
        row.clear();
        breaks.forEach(b -> row.add(money(b.nre())));
        tableRow(bold, "NRE total", row, labelW, colW);
    }

    private void tableRow(PDType1Font font, String label, List<String> cells, float labelW, float colW) throws IOException {
        ensure(LEADING);
        write(font, 9, MARGIN, y, label);
        for (int i = 0; i < cells.size(); i++) {
            String c = clean(cells.get(i));
            float w = font.getStringWidth(c) / 1000 * 9;
            write(font, 9, MARGIN + labelW + (i + 1) * colW - w, y, c);
        }
        y -= LEADING;
    }

    private void paragraph(String title, List<String> items) throws IOException {
        text(bold, 9, MARGIN, title);
        for (String s : items) {
            for (String line : wrap("- " + s, 95)) {
                text(regular, 8, MARGIN + 8, line);
            }
        }
        y -= 4;
    }

    private void text(PDType1Font font, float size, float x, String s) throws IOException {
        ensure(size + 4);
        write(font, size, x, y, s);
        y -= Math.max(LEADING, size + 4);
    }

    private void write(PDType1Font font, float size, float x, float at, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, at);
        cs.showText(clean(s));
        cs.endText();
    }

    private void ensure(float h) throws IOException {
        if (y - h < MARGIN) {
            cs.close();
            newPage();
        }
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        pdf.addPage(page);
        cs = new PDPageContentStream(pdf, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    static List<String> wrap(String s, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String w : s.split(" ")) {
            if (line.length() + w.length() + 1 > width && line.length() > 0) {
                out.add(line.toString());
                line.setLength(0);
                line.append("  ");
            }
            line.append(line.length() == 0 || line.toString().isBlank() ? "" : " ").append(w);
        }
        out.add(line.toString());
        return out;
    }

    /** Reduces text to what the Standard-14 WinAnsi encoding can show. */
    static String clean(String s) {
        StringBuilder sb = new StringBuilder();
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '×' -> sb.append('x');
                case '≤' -> sb.append("<=");
                case '≥' -> sb.append(">=");
                case '²' -> sb.append('2');
                case '→' -> sb.append("->");
                case '°' -> sb.append(" deg");
                case 'η' -> sb.append("eta");
                default -> sb.append(ch < 256 || ch == '€' || ch == '–' ? ch : '?');
            }
        }
        return sb.toString();
    }

    static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

}
