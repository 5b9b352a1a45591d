package com.fabwright.export;

import com.fabwright.quote.LineItem;
import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quote as an XLSX workbook (quote-model.md §5.5): sheet {@code Quote} with the header and the
 * price matrix per quantity, whose totals are {@code SUMIFS} over sheet {@code Lines}; sheet
 * {@code Lines} with every line, its amount the live formula quantity × unit rate (markups: the sum of
 * their group's lines × the markup); sheet {@code Notes} with assumptions, exclusions and warnings.
 * Formulas are evaluated before saving so the cached values are right when the file opens.
 */
public final class XlsxExporter {
    /** Row (0-based) of the first quantity in the price matrix on sheet Quote. */
    public static final int MATRIX_FIRST_ROW = 9;

    private XlsxExporter() {
    }

    public static void write(QuoteDocument doc, Path out) throws IOException {
        write(doc, out, true);
    }

    /** Writes the workbook; {@code evaluate = false} leaves formula results uncached (tests of other spreadsheet engines). */
    public static void write(QuoteDocument doc, Path out, boolean evaluate) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Quote q = doc.quote();
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet summary = wb.createSheet("Quote");
            Sheet lines = wb.createSheet("Lines");
            Sheet notes = wb.createSheet("Notes");

            int lastLine = writeLines(lines, q, bold, money);
            String amt = "Lines!$I$2:$I$" + lastLine;
            String qty = "Lines!$A$2:$A$" + lastLine;
            String bucket = "Lines!$B$2:$B$" + lastLine;

            String[][] head = {
                    {"Quote", doc.quoteNo() + " rev " + doc.revision()},
                    {"Customer", nz(doc.customer()) + (doc.cpn() == null ? "" : "   CPN " + doc.cpn())},
                    {"Date", nz(doc.date())},
                    {"Valid until", nz(doc.validUntil())},
                    {"Lead time", nz(doc.leadTime())},
                    {"Currency", q.currency() + " (FX " + q.fx().date() + ": " + q.fx().perBase() + " per " + q.fx().base() + ")"},
                    {"Rates", q.rates()}};
            for (int i = 0; i < head.length; i++) {
                Row r = summary.createRow(i);
                r.createCell(0).setCellValue(head[i][0]);
                r.getCell(0).setCellStyle(bold);
                r.createCell(1).setCellValue(head[i][1]);
            }
            Row h = summary.createRow(MATRIX_FIRST_ROW - 1);
            String[] cols = {"Quantity", "Unit price", "Extended", "NRE (once)", "Unit incl. NRE"};
            for (int i = 0; i < cols.length; i++) {
                h.createCell(i).setCellValue(cols[i]);
                h.getCell(i).setCellStyle(bold);
            }
            int row = MATRIX_FIRST_ROW;
            for (QuoteBreak b : q.breaks()) {
                Row r = summary.createRow(row);
                int excel = row + 1;
                r.createCell(0).setCellValue(b.qty());
                r.createCell(2).setCellFormula("SUMIFS(" + amt + "," + qty + ",A" + excel + "," + bucket + ",\"<>NRE\")");
                r.createCell(3).setCellFormula("SUMIFS(" + amt + "," + qty + ",A" + excel + "," + bucket + ",\"NRE\")");
                r.createCell(1).setCellFormula("C" + excel + "/A" + excel);
                r.createCell(4).setCellFormula("(C" + excel + "+D" + excel + ")/A" + excel);
                for (int c = 1; c <= 4; c++) {
                    r.getCell(c).setCellStyle(money);
                }
                row++;
            }
            writeNotes(notes, q, bold);
            summary.setColumnWidth(0, 16 * 256);
            summary.setColumnWidth(1, 60 * 256);
            for (int c = 2; c <= 4; c++) {
                summary.setColumnWidth(c, 16 * 256);
            }
            if (evaluate) {
                XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            } else {
                wb.setForceFormulaRecalculation(true);
            }
            Files.createDirectories(out.toAbsolutePath().getParent());
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    /** Writes the Lines sheet; returns the last Excel row number used. */
    private static int writeLines(Sheet s, Quote q, CellStyle bold, CellStyle money) {
        String[] cols = {"Qty", "Bucket", "Category", "Line", "Basis", "Rate used", "Quantity", "Unit rate", "Amount", "Group", "Flag"};
        Row h = s.createRow(0);
        for (int i = 0; i < cols.length; i++) {
            h.createCell(i).setCellValue(cols[i]);
            h.getCell(i).setCellStyle(bold);
        }
        int row = 1;
        for (QuoteBreak b : q.breaks()) {
            int first = row + 1;
            int lastCost = first - 1;
            for (LineItem l : b.lines()) {
                if (l.group() != null) {
                    lastCost = row + 1;
                }
                int excel = row + 1;
                Row r = s.createRow(row++);
                r.createCell(0).setCellValue(b.qty());
                r.createCell(1).setCellValue(l.bucket().name());
                r.createCell(2).setCellValue(l.category());
                r.createCell(3).setCellValue(l.name());
                r.createCell(4).setCellValue(l.basis());
                r.createCell(5).setCellValue(nz(l.rateText()));
                if (l.category().equals("markup") && l.rateKey() != null && l.rateKey().startsWith("markup.")) {
                    String group = l.rateKey().substring("markup.".length());
                    r.createCell(6).setCellFormula("SUMIFS(I" + first + ":I" + lastCost + ",J" + first + ":J" + lastCost
                            + ",\"" + group + "\")");
                } else {
                    r.createCell(6).setCellValue(l.quantity());
                }
                r.createCell(7).setCellValue(l.unitRate());
                r.createCell(8).setCellFormula("G" + excel + "*H" + excel);
                r.getCell(8).setCellStyle(money);
                r.createCell(9).setCellValue(nz(l.group()));
                r.createCell(10).setCellValue(l.unpriced() ? "PRICE MISSING" : "");
            }
        }
        s.setColumnWidth(3, 28 * 256);
        s.setColumnWidth(4, 70 * 256);
        s.setColumnWidth(5, 40 * 256);
        s.setColumnWidth(8, 14 * 256);
        return row;
    }

    private static void writeNotes(Sheet s, Quote q, CellStyle bold) {
        int row = 0;
        row = section(s, row, "Assumptions", q.assumptions(), bold);
        row = section(s, row, "Exclusions", q.exclusions(), bold);
        row = section(s, row, "Warnings", q.warnings(), bold);
        Row r = s.createRow(row + 1);
        r.createCell(0).setCellValue("Inputs");
        r.getCell(0).setCellStyle(bold);
        int i = row + 2;
        for (String[] in : InputsTable.rows(q)) {
            Row x = s.createRow(i++);
            for (int c = 0; c < in.length; c++) {
                x.createCell(c).setCellValue(in[c]);
            }
        }
        s.setColumnWidth(0, 24 * 256);
        s.setColumnWidth(1, 80 * 256);
    }

    private static int section(Sheet s, int row, String title, java.util.List<String> items, CellStyle bold) {
        Row r = s.createRow(row++);
        r.createCell(0).setCellValue(title);
        r.getCell(0).setCellStyle(bold);
        for (String t : items) {
            s.createRow(row++).createCell(1).setCellValue(t);
        }
        return row + 1;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
