package com.fabwright.app.cli;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.export.PdfExporter;
import com.fabwright.export.QuoteDocument;
import com.fabwright.export.XlsxExporter;
import com.fabwright.quote.AssemblyFigures;
import com.fabwright.quote.AssemblyInputs;
import com.fabwright.quote.ComponentLine;
import com.fabwright.quote.BoardInputs;
import com.fabwright.quote.BoardSpec;
import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteEngine;
import com.fabwright.quote.QuoteInputs;
import com.fabwright.quote.rates.RateProfile;
import com.fabwright.store.Database;
import com.fabwright.store.PartsCatalogue;
import com.fabwright.store.QuoteStore;
import com.fabwright.store.RfqFile;
import com.fabwright.store.SaveRequest;
import com.fabwright.store.SavedQuote;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright quote JOB --qty 10,100,1000 [--rates NAME|FILE] [--save] [--json F] [--xlsx F] [--pdf F]}:
 * the quote of a job, line by line, with measured inputs overridable and marked. Assembly figures and
 * component lines come from the job's BOM and CPL (and {@code --bom}/{@code --cpl}) through the
 * assembly readers; components are priced from the parts catalogue, lines without a price flagged.
 */
@Command(name = "quote", mixinStandardHelpOptions = true,
        description = "Quote a job: bare board, components, assembly, test and NRE per quantity, every line with its basis and rate.")
public final class QuoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "JOB", description = "Files, folders and archives of the job (optional when --width/--height are given).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--qty", required = true, split = ",", description = "Quantity breaks, e.g. 10,100,1000.")
    List<Integer> qty;
    @Option(names = "--rates", defaultValue = "CN-EMS", description = "Rate profile: CN-EMS, EU-EMS, AISLER-like, JLCPCB-Standard-like"
            + " (a copy in FABWRIGHT_HOME/rates/NAME.json wins), or a JSON file.")
    String rates;
    @Mixin
    AssemblyOptions assemblyFiles;
    @Option(names = "--customer", description = "Customer name (saved with the quote).")
    String customer;
    @Option(names = "--cpn", description = "Customer part number and revision.")
    String cpn;
    @Option(names = "--repeat", description = "Repeat order: one-time fab and assembly charges waived.")
    boolean repeat;
    @Option(names = "--save", description = "Save the quote in the store (FABWRIGHT_HOME).")
    boolean save;
    @Option(names = "--revise", paramLabel = "QUOTE", description = "Save as the next revision of this quote number.")
    String revise;
    @Option(names = "--valid-days", defaultValue = "30", description = "Validity in days (default 30).")
    int validDays;
    @Option(names = "--lead-time", description = "Lead-time text for the documents.")
    String leadTime;
    @Option(names = "--company", description = "Company header lines for the PDF, separated by '|' (default: FABWRIGHT_HOME/company.txt).")
    String company;
    @Option(names = "--json", description = "Write the quote as JSON to this file ('-' for stdout).")
    String json;
    @Option(names = "--xlsx", description = "Write the quote workbook.")
    Path xlsx;
    @Option(names = "--pdf", description = "Write the customer quote PDF.")
    Path pdf;
    @Mixin
    QuoteOverrides over;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RateProfile profile;
        try {
            profile = RateProfile.load(rates, Database.home().resolve("rates"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new com.fabwright.app.job.JobInputException(Path.of(rates), e.getMessage());
        }
        BoardSpec board = BoardInputs.none();
        AssemblyInputs measured = AssemblyInputs.NONE;
        if (!paths.isEmpty()) {
            try (Job job = new JobLoader().load(paths, ProgressListener.NONE)) {
                for (Diagnostic d : job.diagnostics()) {
                    err.println(d.format());
                }
                board = BoardInputs.of(job.board());
                measured = AssemblyInputs.of(assemblyFiles.read(job, err));
            }
        } else if (assemblyFiles.given()) {
            measured = AssemblyInputs.of(assemblyFiles.read((com.fabwright.job.Job) null, err));
        }
        board = over.apply(board);
        if (!board.widthMm().known() || !board.heightMm().known()) {
            throw new UsageException("board size unknown: the job has no outline; give --width and --height");
        }
        AssemblyFigures assembly = over.assembly(measured.figures());
        List<ComponentLine> components = priced(measured.lines(), qty);
        Quote q;
        try {
            q = new QuoteEngine(profile).quote(new QuoteInputs(board, over.delivery(), assembly, components, qty, repeat));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        String number = null;
        Integer revision = null;
        String validUntil = LocalDate.now().plusDays(validDays).toString();
        if (save || revise != null) {
            try (QuoteStore store = QuoteStore.inHome(Database.home())) {
                SaveRequest req = new SaveRequest(customer, cpn, null, null, RfqFile.of(paths), validUntil, leadTime);
                SavedQuote s = revise != null ? store.revise(revise, q, profile.json(), req) : store.save(q, profile.json(), req);
                number = s.quoteNo();
                revision = s.revision();
                err.println("saved " + number + " rev " + revision + " in " + store.file());
            }
        }
        QuoteDocument doc = new QuoteDocument(number == null ? "DRAFT" : number, revision == null ? 0 : revision, customer, cpn,
                LocalDate.now().toString(), validUntil, leadTime, companyLines(company), QuoteDocument.DEFAULT_TERMS, q);
        writeDocuments(doc, xlsx, pdf, err);
        if (json != null) {
            String text = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(QuoteReport.of(q, number, revision));
            if (json.equals("-")) {
                out.println(text);
            } else {
                Files.writeString(Path.of(json), text);
            }
        }
        if (json == null || !json.equals("-")) {
            QuoteReport.print(q, number, revision, out);
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The component lines priced from the parts catalogue of the store in FABWRIGHT_HOME (the offer
     * cheapest at the smallest quantity break); without a store every line stays a line to fill.
     */
    static List<ComponentLine> priced(List<ComponentLine> lines, List<Integer> qty) {
        return PartsCatalogue.priceFromHome(Database.home(), lines, qty);
    }

    /** Writes the XLSX and/or PDF of a quote document, saying so on stderr. */
    static void writeDocuments(QuoteDocument doc, Path xlsx, Path pdf, PrintWriter err) throws IOException {
        if (xlsx != null) {
            XlsxExporter.write(doc, xlsx);
            err.println("wrote " + xlsx);
        }
        if (pdf != null) {
            PdfExporter.write(doc, pdf);
            err.println("wrote " + pdf);
        }
    }

    /** Company header: the option, else {@code FABWRIGHT_HOME/company.txt} (one line each), else a placeholder. */
    static List<String> companyLines(String option) throws IOException {
        if (option != null) {
            return List.of(option.split("\\|"));
        }
        Path f = Database.home().resolve("company.txt");
        if (Files.isRegularFile(f)) {
            return Files.readAllLines(f).stream().filter(l -> !l.isBlank()).toList();
        }
        return List.of("Your company", "(set the header with --company or FABWRIGHT_HOME/company.txt)");
    }
}
