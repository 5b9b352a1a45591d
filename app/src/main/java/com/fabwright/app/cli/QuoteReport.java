package com.fabwright.app.cli;

import com.fabwright.export.InputsTable;
import com.fabwright.quote.LineItem;
import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code quote --json} (CLI.md fields plus extensions) and the human-readable quote table. */
record QuoteReport(String quoteNumber, Integer revision, String currency, String rates, String fxDate,
                   List<Break> breaks, double nre, List<Map<String, String>> inputs, String panel,
                   List<String> warnings, List<String> assumptions, List<String> exclusions) {

    record Line(String bucket, String category, String name, String basis, String rateKey, String rate, double quantity,
                double unitRate, double amount, boolean unpriced) {
    }

    record Break(int qty, double unitPrice, double total, double nre, double unitPriceWithNre, int boardsPerPanel, int panels,
                 List<Line> lines) {
    }

    static QuoteReport of(Quote q, String number, Integer revision) {
        List<Break> breaks = new ArrayList<>();
        for (QuoteBreak b : q.breaks()) {
            List<Line> lines = b.lines().stream().map(l -> new Line(l.bucket().name(), l.category(), l.name(), l.basis(),
                    l.rateKey(), l.rateText(), l.quantity(), l.unitRate(), l.amount(), l.unpriced())).toList();
            breaks.add(new Break(b.qty(), b.unitPrice(), b.total(), b.nre(), b.unitPriceWithNre(), b.boardsPerPanel(),
                    b.panels(), lines));
        }
        List<Map<String, String>> inputs = InputsTable.rows(q).stream()
                .map(r -> Map.of("name", r[0], "value", r[1], "origin", r[2], "note", r[3])).toList();
        return new QuoteReport(number, revision, q.currency(), q.rates(), q.fx().date(), breaks,
                q.breaks().get(0).nre(), inputs, q.panel().description(), q.warnings(), q.assumptions(), q.exclusions());
    }

    static void print(Quote q, String number, Integer revision, PrintWriter out) {
        out.printf(Locale.ROOT, "Quote %s%s  rates %s  currency %s (FX %s)%n", number == null ? "(not saved)" : number,
                revision == null ? "" : " rev " + revision, q.rates(), q.currency(), q.fx().date());
        out.println("Panel: " + q.panel().description());
        out.println();
        out.println("INPUTS");
        for (String[] r : InputsTable.rows(q)) {
            if (!r[0].equals("panel")) {
                out.printf(Locale.ROOT, "  %-24s %-22s %-9s %s%n", r[0], r[1], r[2], r[3]);
            }
        }
        out.println();
        out.printf(Locale.ROOT, "%10s %14s %16s %14s %16s%n", "QTY", "UNIT", "EXTENDED", "NRE", "UNIT+NRE");
        for (QuoteBreak b : q.breaks()) {
            out.printf(Locale.ROOT, "%10d %14.2f %16.2f %14.2f %16.2f%n", b.qty(), b.unitPrice(), b.total(), b.nre(),
                    b.unitPriceWithNre());
        }
        for (QuoteBreak b : q.breaks()) {
            out.println();
            out.printf(Locale.ROOT, "LINES at %d (%s)%n", b.qty(), q.currency());
            for (LineItem l : b.lines()) {
                out.printf(Locale.ROOT, "  %-11s %-10s %-28s %12.2f%s  %s | %s%n", l.bucket(), l.category(), trim(l.name(), 28),
                        l.amount(), l.unpriced() ? " PRICE MISSING" : "", l.basis(), l.rateText());
            }
        }
        if (!q.warnings().isEmpty()) {
            out.println();
            q.warnings().forEach(w -> out.println("warning: " + w));
        }
        out.println();
        out.println("Exclusions: " + String.join("; ", q.exclusions()));
    }

    private static String trim(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
