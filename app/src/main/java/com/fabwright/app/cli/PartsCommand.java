package com.fabwright.app.cli;

import com.fabwright.quote.Offer;
import com.fabwright.store.PartsCatalogue;
import com.fabwright.store.PriceListReader;
import com.fabwright.store.QuoteStore;
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

/** {@code fabwright parts import FILE... | show MPN}: the offline parts catalogue (extension of CLI.md). */
@Command(name = "parts", mixinStandardHelpOptions = true, description = "The offline parts catalogue: import price lists, show offers.",
        subcommands = {PartsCommand.Import.class, PartsCommand.Show.class})
public final class PartsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Import CSV/XLSX price lists (MPN, supplier, MOQ, multiple, stock, currency, Qty1/Price1... or Breaks).")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(arity = "1..*", paramLabel = "FILE")
        List<Path> files;
        @Option(names = "--supplier", defaultValue = "unknown", description = "Supplier when the file has no supplier column.")
        String supplier;
        @Option(names = "--currency", defaultValue = "USD", description = "Currency when the file has none.")
        String currency;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            try (QuoteStore s = QuotesCommand.store()) {
                PartsCatalogue cat = new PartsCatalogue(s);
                for (Path f : files) {
                    PriceListReader.Result r;
                    try {
                        r = PriceListReader.read(f, supplier, currency);
                    } catch (java.io.IOException e) {
                        throw new com.fabwright.app.job.JobInputException(f, e.getMessage());
                    }
                    r.problems().forEach(p -> err.println(p.replaceFirst(":(\\d+): ", ":$1:1: warning QTE-W001: ")));
                    int n = cat.importOffers(r.offers(), f.getFileName().toString());
                    out.printf(Locale.ROOT, "%s: %d offer(s) imported, %d problem(s)%n", f, n, r.problems().size());
                }
                out.printf(Locale.ROOT, "catalogue: %d offer(s)%n", cat.size());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "Offers for an MPN.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Parameters(paramLabel = "MPN")
        String mpn;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (QuoteStore s = QuotesCommand.store()) {
                List<Offer> offers = new PartsCatalogue(s).offers(mpn);
                if (offers.isEmpty()) {
                    out.println(mpn + ": no offer in the catalogue");
                }
                for (Offer o : offers) {
                    out.printf(Locale.ROOT, "%s  %s  MOQ %d  multiple %d  stock %s  %s  breaks %s%n", o.mpn(), o.supplier(), o.moq(),
                            o.orderMultiple(), o.stock() == null ? "?" : o.stock(), o.currency(),
                            o.breaks().stream().map(b -> b.qty() + "=" + b.unitPrice()).toList());
                }
            }
            return ExitCodes.OK;
        }
    }
}
