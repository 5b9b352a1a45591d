package com.fabwright.store;

import com.fabwright.assembly.table.Table;
import com.fabwright.assembly.table.TableReader;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.quote.Offer;
import com.fabwright.quote.PriceBreak;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads distributor price lists (CSV or XLSX exports) into offers. Columns are found by header name,
 * case-insensitively: MPN, supplier, MOQ, order multiple, stock, currency, and the breaks either as
 * pairs ({@code Qty1}/{@code Price1}, {@code Break 2 Qty}/{@code Break 2 Price}...) or as one Altium-style
 * column ({@code 1=1.23, 10=0.97 (USD)}). Bad rows are reported ({@code file:row: message}) and skipped.
 */
public final class PriceListReader {
    /** Limits for untrusted files. */
    static final int MAX_ROWS = 200_000;
    static final long MAX_BYTES = 64L << 20;
    private static final Pattern PAIR_QTY = Pattern.compile("(?:qty|quantity|break)\\s*_?(\\d+)(?:\\s*qty)?");
    private static final Pattern PAIR_PRICE = Pattern.compile("(?:price|unit price|break)\\s*_?(\\d+)(?:\\s*price)?");
    private static final Pattern ALTIUM = Pattern.compile("(\\d+)\\s*=\\s*([0-9.]+)");

    /** Offers read, and the problems met. */
    public record Result(List<Offer> offers, List<String> problems) {
    }

    private PriceListReader() {
    }

    public static Result read(Path file, String defaultSupplier, String defaultCurrency) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException(file + ": price list larger than " + (MAX_BYTES >> 20) + " MB");
        }
        List<String> tableProblems = new ArrayList<>();
        List<List<String>> rows = rows(file, tableProblems);
        if (rows.isEmpty()) {
            throw new IOException(file + ": empty price list");
        }
        Result r = parse(file.getFileName().toString(), rows, defaultSupplier, defaultCurrency,
                java.time.LocalDate.now().toString());
        tableProblems.addAll(r.problems());
        return new Result(r.offers(), tableProblems);
    }

    static Result parse(String name, List<List<String>> rows, String defSupplier, String defCurrency, String date) {
        List<String> header = rows.get(0).stream().map(h -> h == null ? "" : h.trim().toLowerCase(Locale.ROOT)).toList();
        int mpn = col(header, "mpn", "manufacturer part number", "mfr part number", "part number", "mfr. part #", "manufacturer pn");
        int supplier = col(header, "supplier", "distributor", "vendor");
        int moq = col(header, "moq", "minimum order", "minimum order quantity", "min qty");
        int mult = col(header, "order multiple", "multiple", "mult", "pack qty");
        int stock = col(header, "stock", "inventory", "qty available", "available");
        int cur = col(header, "currency", "cur");
        int altium = col(header, "breaks", "price breaks", "pricing");
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Matcher q = PAIR_QTY.matcher(header.get(i));
            if (q.matches() && !header.get(i).contains("price")) {
                for (int j = 0; j < header.size(); j++) {
                    Matcher p = PAIR_PRICE.matcher(header.get(j));
                    if (j != i && p.matches() && header.get(j).contains("price") && p.group(1).equals(q.group(1))) {
                        pairs.add(new int[] {i, j});
                    }
                }
            }
        }
        List<String> problems = new ArrayList<>();
        if (mpn < 0) {
            problems.add(name + ":1: no MPN column (looked for MPN, Manufacturer Part Number, Part Number)");
            return new Result(List.of(), problems);
        }
        if (pairs.isEmpty() && altium < 0) {
            problems.add(name + ":1: no price-break columns (Qty1/Price1... or a Breaks column \"1=1.23, 10=0.97\")");
            return new Result(List.of(), problems);
        }
        List<Offer> offers = new ArrayList<>();
        for (int r = 1; r < rows.size() && r <= MAX_ROWS; r++) {
            List<String> row = rows.get(r);
            String m = get(row, mpn);
            if (m.isBlank()) {
                continue;
            }
            try {
                List<PriceBreak> breaks = new ArrayList<>();
                String currency = cur >= 0 && !get(row, cur).isBlank() ? get(row, cur).trim().toUpperCase(Locale.ROOT) : defCurrency;
                for (int[] p : pairs) {
                    String q = get(row, p[0]);
                    String pr = get(row, p[1]);
                    if (!q.isBlank() && !pr.isBlank()) {
                        breaks.add(new PriceBreak(Long.parseLong(q.replace(",", "").trim()), money(pr)));
                    }
                }
                if (altium >= 0) {
                    String a = get(row, altium);
                    Matcher am = ALTIUM.matcher(a);
                    while (am.find()) {
                        breaks.add(new PriceBreak(Long.parseLong(am.group(1)), Double.parseDouble(am.group(2))));
                    }
                    Matcher c = Pattern.compile("\\(([A-Z]{3})\\)").matcher(a);
                    if (c.find()) {
                        currency = c.group(1);
                    }
                }
                if (breaks.isEmpty()) {
                    problems.add(name + ":" + (r + 1) + ": " + m + " has no price break, skipped");
                    continue;
                }
                if (breaks.stream().anyMatch(b -> b.qty() < 1 || b.unitPrice() < 0)) {
                    problems.add(name + ":" + (r + 1) + ": " + m + " has a break below 1 piece or a negative price, skipped");
                    continue;
                }
                offers.add(new Offer(m.trim(), supplier >= 0 && !get(row, supplier).isBlank() ? get(row, supplier).trim() : defSupplier,
                        longOr(get(row, moq), 1), longOr(get(row, mult), 1),
                        stock >= 0 && !get(row, stock).isBlank() ? longOr(get(row, stock), 0) : null, currency, breaks, date));
            } catch (NumberFormatException e) {
                problems.add(name + ":" + (r + 1) + ": " + m + ": unreadable number (" + e.getMessage() + "), skipped");
            }
        }
        if (rows.size() > MAX_ROWS + 1) {
            problems.add(name + ": more than " + MAX_ROWS + " rows; the rest ignored");
        }
        return new Result(offers, problems);
    }

    private static double money(String s) {
        return Double.parseDouble(s.replaceAll("[^0-9.\\-]", ""));
    }

    private static long longOr(String s, long fallback) {
        String t = s.replace(",", "").trim();
        return t.isEmpty() ? fallback : (long) Double.parseDouble(t);
    }

    private static int col(List<String> header, String... names) {
        for (String n : names) {
            int i = header.indexOf(n);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String get(List<String> row, int i) {
        return i < 0 || i >= row.size() || row.get(i) == null ? "" : row.get(i);
    }

    /**
     * The rows of the first sheet (or the text table) as the assembly readers' {@link TableReader}
     * reads BOMs and CPLs: encodings, delimiters, XLS/XLSX and limits handled once; its warnings join
     * the problems.
     */
    private static List<List<String>> rows(Path file, List<String> problems) throws IOException {
        List<Table> tables = new TableReader("QTE").read(file, file.getFileName().toString());
        Table t = tables.isEmpty() ? null : tables.get(0);
        if (t == null) {
            return List.of();
        }
        for (Diagnostic d : t.diagnostics()) {
            if (d.severity() == Severity.ERROR) {
                throw new IOException(file + ": " + d.message());
            }
            problems.add(d.file() + ":" + Math.max(1, d.position().line()) + ": " + d.message());
        }
        return t.rows().stream().filter(r -> !r.comment()).map(Table.Row::cells).toList();
    }
}
