package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.export.PdfExporter;
import com.fabwright.export.QuoteDocument;
import com.fabwright.export.XlsxExporter;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.quote.AssemblyInputs;
import com.fabwright.quote.ComponentLine;
import com.fabwright.store.PartsCatalogue;
import com.fabwright.quote.BoardInputs;
import com.fabwright.quote.BoardSpec;
import com.fabwright.quote.Delivery;
import com.fabwright.quote.InputSheet;
import com.fabwright.quote.LineItem;
import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteBreak;
import com.fabwright.quote.QuoteEngine;
import com.fabwright.quote.QuoteInputs;
import com.fabwright.quote.rates.RateProfile;
import com.fabwright.store.QuoteStatus;
import com.fabwright.store.QuoteStore;
import com.fabwright.store.QuoteSummary;
import com.fabwright.store.SaveRequest;
import com.fabwright.store.SavedQuote;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/**
 * The quote pane's state: the board inputs with their origins (an edit marks a row entered), the rate
 * profile, the quantity breaks, and the quote recomputed in the background whenever one of them
 * changes, shown line by line per quantity with the NRE apart; the customer, saving as a revision
 * in the store, the customer's quote history (reopen one), its status, and the XLSX/PDF documents.
 */
public final class QuoteViewModel {
    /** One line of the breakdown table: a quote line at a quantity, or the quantity's totals. */
    public record BreakdownRow(int qty, String kind, String name, String basis, String rate, String amount) {
    }

    private final Path home;
    private final Consumer<Task<?>> runner;
    private final ObservableList<InputSheet.Row> inputs = FXCollections.observableArrayList();
    private final ObservableList<String> profiles = FXCollections.observableArrayList(RateProfile.SHIPPED);
    private final StringProperty profile = new SimpleStringProperty(RateProfile.SHIPPED.get(0));
    private final StringProperty quantities = new SimpleStringProperty("10,100,1000");
    private final StringProperty customer = new SimpleStringProperty("");
    private final ObservableList<BreakdownRow> breakdown = FXCollections.observableArrayList();
    private final ObservableList<QuoteSummary> history = FXCollections.observableArrayList();
    private final ObjectProperty<Quote> quote = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");
    private final StringProperty saved = new SimpleStringProperty("");
    private final BooleanProperty computing = new SimpleBooleanProperty();
    private BoardSpec board = BoardInputs.none();
    /** The opened job's BOM/CPL figures, read once per job in the background ({@code null}: not read yet). */
    private volatile AssemblyInputs assembly = AssemblyInputs.NONE;
    private com.fabwright.job.Job source;
    private String quoteNo;
    private int revision;
    private int generation;
    private int unsaved;

    /** A model storing quotes in {@code home} and running the computations through {@code runner}. */
    public QuoteViewModel(Path home, Consumer<Task<?>> runner) {
        this.home = home;
        this.runner = runner;
        inputs.setAll(InputSheet.rows(board));
        profile.addListener((o, a, b) -> recompute());
        quantities.addListener((o, a, b) -> recompute());
        customer.addListener((o, a, b) -> refreshHistory());
    }

    /** A job was opened: its measured inputs replace the sheet; a new quote starts. */
    public void jobChanged(Job job) {
        board = job.board() == null ? BoardInputs.none() : BoardInputs.of(job.board());
        source = job.source();
        assembly = source == null ? AssemblyInputs.NONE : null;
        quoteNo = null;
        revision = 0;
        unsaved = 0;
        saved.set("");
        inputs.setAll(InputSheet.rows(board));
        recompute();
    }

    /** Enters a value for an input row (it is then marked entered); a value that does not parse is said and ignored. */
    public void edit(String key, String text) {
        try {
            board = InputSheet.edit(board, key, text);
            unsaved++;
            inputs.setAll(InputSheet.rows(board));
            recompute();
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            inputs.setAll(InputSheet.rows(board));
        }
    }

    /** The quantity breaks typed, e.g. {@code 10, 100, 1000}. */
    static List<Integer> parseQuantities(String text) {
        List<Integer> out = new ArrayList<>();
        for (String s : text.split("[,;\\s]+")) {
            if (!s.isBlank()) {
                int q = Integer.parseInt(s.trim());
                if (q < 1) {
                    throw new NumberFormatException("a quantity is 1 or more, not " + q);
                }
                out.add(q);
            }
        }
        if (out.isEmpty()) {
            throw new NumberFormatException("give one or more quantities, e.g. 10,100,1000");
        }
        return out;
    }

    RateProfile loadProfile() throws IOException {
        return RateProfile.load(profile.get(), home.resolve("rates"));
    }

    /** Computes the quote again in the background; an older computation still running is ignored when it ends. */
    public void recompute() {
        int g = ++generation;
        List<Integer> qty;
        try {
            qty = parseQuantities(quantities.get());
        } catch (NumberFormatException e) {
            message.set("quantities: " + e.getMessage());
            return;
        }
        BoardSpec b = board;
        com.fabwright.job.Job src = source;
        AssemblyInputs known = assembly;
        if (!b.widthMm().known() || !b.heightMm().known()) {
            quote.set(null);
            breakdown.clear();
            message.set("board size unknown (no outline in the job): enter width and height");
            return;
        }
        Task<Quote> task = new Task<>() {
            @Override
            protected Quote call() throws Exception {
                updateTitle("Quote");
                updateMessage("computing the quote");
                AssemblyInputs a = known;
                if (a == null) {
                    updateMessage("reading the BOM and placements");
                    a = AssemblyInputs.of(JobAssembly.of(src, List.of(), List.of()));
                    assembly = a;
                }
                List<ComponentLine> parts = PartsCatalogue.priceFromHome(home, a.lines(), qty);
                Quote q = new QuoteEngine(loadProfile()).quote(new QuoteInputs(b, Delivery.SINGLE, a.figures(), parts, qty, false));
                updateMessage("quote computed");
                return q;
            }
        };
        computing.set(true);
        task.setOnSucceeded(e -> {
            if (g == generation) {
                computing.set(false);
                show(task.getValue());
                message.set("");
            }
        });
        task.setOnFailed(e -> {
            if (g == generation) {
                computing.set(false);
                quote.set(null);
                breakdown.clear();
                message.set(String.valueOf(task.getException().getMessage()));
            }
        });
        runner.accept(task);
    }

    private void show(Quote q) {
        quote.set(q);
        List<BreakdownRow> rows = new ArrayList<>();
        for (QuoteBreak br : q.breaks()) {
            for (LineItem l : br.lines()) {
                if (!l.isNre()) {
                    rows.add(row(br.qty(), l.bucket().name(), l, q.currency()));
                }
            }
            rows.add(new BreakdownRow(br.qty(), "TOTAL", "unit price " + money(q.headlineUnitPrice(br), q.currency()),
                    br.boardsPerPanel() + " board(s) per panel, " + br.panels() + " panel(s)", "", money(br.total(), q.currency())));
            for (LineItem l : br.lines()) {
                if (l.isNre()) {
                    rows.add(row(br.qty(), "NRE (apart)", l, q.currency()));
                }
            }
            rows.add(new BreakdownRow(br.qty(), "NRE TOTAL", "one-time, quoted apart", "", "", money(br.nre(), q.currency())));
        }
        breakdown.setAll(rows);
    }

    private static BreakdownRow row(int qty, String kind, LineItem l, String currency) {
        return new BreakdownRow(qty, kind, l.name(), l.basis(), l.rateText() == null ? "" : l.rateText(), money(l.amount(), currency));
    }

    static String money(double v, String currency) {
        return String.format(Locale.ROOT, "%,.2f %s", v, currency);
    }

    /** Saves the quote shown: a new quote, or the next revision of the one reopened or saved before. */
    public SavedQuote save() throws IOException {
        Quote q = quote.get();
        if (q == null) {
            throw new IllegalStateException("no quote to save: " + message.get());
        }
        String cust = customer.get() == null || customer.get().isBlank() ? null : customer.get().trim();
        SaveRequest req = new SaveRequest(cust, null, null, null, List.of(), LocalDate.now().plusDays(30).toString(), null);
        String json = loadProfile().json();
        try (QuoteStore store = QuoteStore.inHome(home)) {
            SavedQuote s = quoteNo == null ? store.save(q, json, req) : store.revise(quoteNo, q, json, req);
            quoteNo = s.quoteNo();
            revision = s.revision();
            unsaved = 0;
            saved.set(s.quoteNo() + " rev " + s.revision() + " (" + s.status() + ")");
            refreshHistory();
            return s;
        }
    }

    /** Reloads the history: the customer's quotes (every quote when no customer is given), newest first. */
    public void refreshHistory() {
        if (!java.nio.file.Files.exists(com.fabwright.store.Database.file(home))) {
            history.clear();
            return;
        }
        String c = customer.get() == null ? "" : customer.get().trim();
        try (QuoteStore store = QuoteStore.inHome(home)) {
            history.setAll(store.list().stream().filter(s -> c.isEmpty() || c.equalsIgnoreCase(s.customer())).toList());
        } catch (RuntimeException e) {
            message.set("history: " + e.getMessage());
        }
    }

    /** Reopens a stored revision: its inputs, quantities, profile and prices; a later save makes the next revision. */
    public void reopen(QuoteSummary s) {
        try (QuoteStore store = QuoteStore.inHome(home)) {
            SavedQuote sq = store.get(s.quoteNo(), s.revision())
                    .orElseThrow(() -> new IllegalArgumentException("no quote " + s.quoteNo() + " rev " + s.revision()));
            Quote q = sq.quote();
            board = q.inputs().board();
            inputs.setAll(InputSheet.rows(board));
            quoteNo = sq.quoteNo();
            revision = sq.revision();
            generation++;
            String name = q.rates().contains("@") ? q.rates().substring(0, q.rates().indexOf('@')) : q.rates();
            if (!profiles.contains(name)) {
                profiles.add(name);
            }
            profile.set(name);
            quantities.set(String.join(",", q.inputs().quantities().stream().map(String::valueOf).toList()));
            generation++;
            computing.set(false);
            show(q);
            unsaved = 0;
            saved.set(sq.quoteNo() + " rev " + sq.revision() + " (" + sq.status() + ")");
        }
    }

    /** Sets the status of the quote saved or reopened. */
    public void setStatus(QuoteStatus status) {
        if (quoteNo == null) {
            throw new IllegalStateException("save the quote first");
        }
        try (QuoteStore store = QuoteStore.inHome(home)) {
            store.setStatus(quoteNo, revision, status, null);
        }
        saved.set(quoteNo + " rev " + revision + " (" + status + ")");
        refreshHistory();
    }

    /** The customer document of the quote shown (DRAFT until saved). */
    public QuoteDocument document() {
        Quote q = quote.get();
        if (q == null) {
            throw new IllegalStateException("no quote to export: " + message.get());
        }
        String c = customer.get() == null || customer.get().isBlank() ? null : customer.get().trim();
        return new QuoteDocument(quoteNo == null ? "DRAFT" : quoteNo, revision, c, null, LocalDate.now().toString(),
                LocalDate.now().plusDays(30).toString(), null, List.of("Your company"), QuoteDocument.DEFAULT_TERMS, q);
    }

    public void exportXlsx(Path file) throws IOException {
        XlsxExporter.write(document(), file);
    }

    public void exportPdf(Path file) throws IOException {
        PdfExporter.write(document(), file);
    }

    public int unsavedChanges() {
        return unsaved;
    }

    public ObservableList<InputSheet.Row> inputs() {
        return inputs;
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    public StringProperty quantitiesProperty() {
        return quantities;
    }

    public StringProperty customerProperty() {
        return customer;
    }

    public ObservableList<BreakdownRow> breakdown() {
        return breakdown;
    }

    public ObservableList<QuoteSummary> history() {
        return history;
    }

    public ObjectProperty<Quote> quoteProperty() {
        return quote;
    }

    /** What went wrong last (a value that does not parse, a quote that cannot be computed), or empty. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The saved quote number, revision and status, or empty. */
    public StringProperty savedProperty() {
        return saved;
    }

    public BooleanProperty computingProperty() {
        return computing;
    }

    public Path home() {
        return home;
    }
}
