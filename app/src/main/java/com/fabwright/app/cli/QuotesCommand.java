package com.fabwright.app.cli;

import com.fabwright.export.QuoteDocument;
import com.fabwright.store.Database;
import com.fabwright.store.QuoteStatus;
import com.fabwright.store.QuoteStore;
import com.fabwright.store.QuoteSummary;
import com.fabwright.store.SavedQuote;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright quotes list | show ID | export ID --xlsx F | --pdf F | status ID STATUS | approve ID |
 * expire | backup FILE | restore FILE}: the saved quotes in FABWRIGHT_HOME. {@code ID} is {@code Q-2026-0001}
 * (latest revision) or {@code Q-2026-0001/2}.
 */
@Command(name = "quotes", mixinStandardHelpOptions = true, description = "Saved quotes: list, show, export, status, approve, expire, backup, restore.",
        subcommands = {QuotesCommand.List_.class, QuotesCommand.Show.class, QuotesCommand.Export.class,
                QuotesCommand.Status.class, QuotesCommand.Approve.class, QuotesCommand.Expire.class, QuotesCommand.Backup.class, QuotesCommand.Restore.class})
public final class QuotesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    static QuoteStore store() {
        return QuoteStore.inHome(Database.home());
    }

    static SavedQuote find(QuoteStore s, String id) {
        return s.find(id).orElseThrow(() -> new UsageException("no saved quote " + id + " in " + s.file()));
    }

    static String json(Object o) throws Exception {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(o);
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every saved revision, newest first.")
    static final class List_ implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Option(names = "--json", description = "One JSON document.")
        boolean asJson;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (QuoteStore s = store()) {
                List<QuoteSummary> all = s.list();
                if (asJson) {
                    out.println(json(all));
                } else {
                    out.printf(Locale.ROOT, "%-14s %4s %-8s %-20s %-28s %-9s %10s %12s%n", "QUOTE", "REV", "STATUS", "CUSTOMER",
                            "RATES", "CURRENCY", "FIRST QTY", "UNIT");
                    for (QuoteSummary q : all) {
                        out.printf(Locale.ROOT, "%-14s %4d %-8s %-20s %-28s %-9s %10d %12.2f%s%n", q.quoteNo(), q.revision(),
                                q.status(), q.customer() == null ? "" : q.customer(), q.rates(), q.currency(), q.firstQty(),
                                q.firstUnitPrice(), q.locked() ? "  locked" : "");
                    }
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "One saved quote, line by line.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--json", description = "One JSON document.")
        boolean asJson;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (QuoteStore s = store()) {
                SavedQuote q = find(s, id);
                if (asJson) {
                    out.println(json(QuoteReport.of(q.quote(), q.quoteNo(), q.revision())));
                } else {
                    out.printf("Status %s%s, customer %s, created %s, valid until %s%n", q.status(), q.locked() ? " (locked)" : "",
                            q.customer(), q.createdAt(), q.validUntil());
                    QuoteReport.print(q.quote(), q.quoteNo(), q.revision(), out);
                }
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Write a saved quote as XLSX and/or PDF.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--xlsx")
        Path xlsx;
        @Option(names = "--pdf")
        Path pdf;
        @Option(names = "--company", description = "Company header lines separated by '|'.")
        String company;

        @Override
        public Integer call() throws Exception {
            if (xlsx == null && pdf == null) {
                throw new UsageException("give --xlsx FILE and/or --pdf FILE");
            }
            try (QuoteStore s = store()) {
                SavedQuote q = find(s, id);
                QuoteDocument doc = new QuoteDocument(q.quoteNo(), q.revision(), q.customer(), null,
                        q.createdAt() == null ? null : q.createdAt().substring(0, 10), q.validUntil(), q.leadTime(),
                        QuoteCommand.companyLines(company), QuoteDocument.DEFAULT_TERMS, q.quote());
                QuoteCommand.writeDocuments(doc, xlsx, pdf, spec.commandLine().getErr());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Set the status of a revision: Draft, Sent, Won, Lost, Expired.")
    static final class Status implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID")
        String id;
        @Parameters(index = "1", paramLabel = "STATUS")
        String status;
        @Option(names = "--reason", description = "Why (lost reasons).")
        String reason;

        @Override
        public Integer call() {
            QuoteStatus st;
            try {
                st = QuoteStatus.parse(status);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            try (QuoteStore s = store()) {
                SavedQuote q = find(s, id);
                s.setStatus(q.quoteNo(), q.revision(), st, reason);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Approve and lock a revision.")
    static final class Approve implements Callable<Integer> {
        @Parameters(paramLabel = "ID")
        String id;
        @Option(names = "--by", defaultValue = "${sys:user.name}")
        String by;

        @Override
        public Integer call() {
            try (QuoteStore s = store()) {
                SavedQuote q = find(s, id);
                s.approve(q.quoteNo(), q.revision(), by);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "expire", mixinStandardHelpOptions = true, description = "Set Draft/Sent revisions past their validity to Expired.")
    static final class Expire implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            try (QuoteStore s = store()) {
                spec.commandLine().getOut().println(s.expireOverdue(java.time.LocalDate.now()) + " revision(s) expired");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, description = "Write a consistent copy of the quote database.")
    static final class Backup implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            try (QuoteStore s = store()) {
                s.backup(file);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "Replace the quote database with a backup (checked first).")
    static final class Restore implements Callable<Integer> {
        @Parameters(paramLabel = "FILE")
        Path file;

        @Override
        public Integer call() {
            QuoteStore.restore(file, Database.file(Database.home()));
            return ExitCodes.OK;
        }
    }
}
