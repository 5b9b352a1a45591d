package com.fabwright.app.ui;

import com.fabwright.app.job.Job;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.assembly.Placement;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.DfmRunner;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.metrics.BoardMetrics;
import com.fabwright.dfm.profile.DfmProfile;
import com.fabwright.dfm.profile.ProfileLoader;
import com.fabwright.dfm.report.CsvReport;
import com.fabwright.dfm.report.DfmReport;
import com.fabwright.dfm.report.HtmlReport;
import com.fabwright.dfm.report.JsonReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.locationtech.jts.geom.Envelope;

/**
 * State of the DFM pane: the profile chosen (shipped ones, or a JSON file), a run in the
 * background with progress and cancel, the findings grouped by rule and filtered by severity,
 * the selected finding shown on the board, findings accepted as deviations with a note (saved in a
 * {@link DeviationStore} sidecar; unsaved until saved) and the report exports (HTML, CSV, JSON).
 */
public final class DfmViewModel {
    /** A finding as the pane lists it: accepted ones carry their note. */
    public record Finding(Violation violation, boolean accepted, String note) {
    }

    /** The findings of one rule that pass the filters, with the rule's counts (before filtering). */
    public record RuleGroup(String rule, List<Finding> findings, Map<Severity, Integer> counts, int accepted) {
        /** "copper.clearance — 3 error(s), 1 warning(s), 1 accepted". */
        public String label() {
            StringBuilder sb = new StringBuilder(rule).append(" — ");
            List<String> parts = new ArrayList<>();
            counts.forEach((s, n) -> parts.add(n + " " + s.label() + (n == 1 ? "" : "s")));
            sb.append(String.join(", ", parts));
            if (accepted > 0) {
                sb.append(parts.isEmpty() ? "" : "; ").append(accepted).append(" accepted");
            }
            return sb.toString();
        }
    }

    private final WorkbenchContext context;
    private final DeviationStore store;
    private final ObservableList<String> profiles = FXCollections.observableArrayList(ProfileLoader.SHIPPED);
    private final StringProperty profile = new SimpleStringProperty(this, "profile", ProfileLoader.SHIPPED.get(0));
    private final Map<Severity, BooleanProperty> shown = new EnumMap<>(Severity.class);
    private final ObservableList<RuleGroup> groups = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty(this, "summary", "Not run yet");
    private final ObjectProperty<DfmResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<Task<DfmResult>> running = new SimpleObjectProperty<>(this, "running");
    /** Accepted deviations of the job: key to note, in the order accepted. */
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final SimpleObjectProperty<Integer> unsaved = new SimpleObjectProperty<>(this, "unsaved", 0);
    private DfmInput input;
    private DfmProfile ranProfile;
    private String jobHash;
    private Job job;

    public DfmViewModel(WorkbenchContext context, Path home) {
        this.context = context;
        this.store = new DeviationStore(home);
        for (Severity s : Severity.values()) {
            BooleanProperty p = new SimpleBooleanProperty(this, s.label(), true);
            p.addListener((o, a, b) -> regroup());
            shown.put(s, p);
        }
        job = context.job();
    }

    /** A new job: the findings, the accepted deviations and their unsaved state are dropped. */
    public void jobChanged(Job newJob) {
        cancel();
        job = newJob;
        input = null;
        jobHash = null;
        notes.clear();
        unsaved.set(0);
        result.set(null);
        summary.set("Not run yet");
        regroup();
    }

    /** Adds a profile JSON file to the choices and chooses it. */
    public void addProfileFile(Path file) {
        String p = file.toAbsolutePath().toString();
        if (!profiles.contains(p)) {
            profiles.add(p);
        }
        profile.set(p);
    }

    /** Runs the chosen profile on the job in the background (through the window: progress and cancel). */
    public Task<DfmResult> run() {
        cancel();
        Job j = job;
        String chosen = profile.get();
        Task<DfmResult> task = new RunTask(j, chosen);
        task.setOnSucceeded(e -> finished((RunTask) task));
        task.setOnFailed(e -> {
            summary.set("Failed: " + task.getException().getMessage());
            running.set(null);
        });
        task.setOnCancelled(e -> {
            summary.set("Cancelled");
            running.set(null);
        });
        running.set(task);
        summary.set("Running " + chosen + "…");
        context.run(task);
        return task;
    }

    /** Cancels the run, if any. */
    public void cancel() {
        Task<DfmResult> t = running.get();
        if (t != null) {
            t.cancel();
            running.set(null);
        }
    }

    private void finished(RunTask task) {
        if (task.job != job) {
            running.set(null);
            return;
        }
        input = task.input;
        ranProfile = task.ranProfile;
        if (!task.hash.equals(jobHash)) {
            jobHash = task.hash;
            notes.clear();
            notes.putAll(task.saved);
            unsaved.set(0);
        }
        DfmResult r = task.getValue();
        result.set(r);
        running.set(null);
        regroup();
        context.log(new LogEntry(LocalTime.now(), "INFO", "dfm", summary.get(), String.join("\n", r.failures())));
    }

    private final class RunTask extends Task<DfmResult> {
        final Job job;
        final String profileName;
        volatile DfmInput input;
        DfmProfile ranProfile;
        String hash;
        Map<String, String> saved;

        RunTask(Job job, String profileName) {
            this.job = job;
            this.profileName = profileName;
            updateTitle("DFM " + profileName);
        }

        @Override
        protected DfmResult call() {
            if (job.source() == null) {
                throw new IllegalStateException("no job is open");
            }
            updateMessage("DFM: loading profile " + profileName);
            ranProfile = ProfileLoader.load(profileName);
            hash = DeviationStore.jobHash(job.source());
            saved = store.load(hash);
            List<Placement> placements = List.of();
            try {
                placements = JobAssembly.of(job.source(), List.of(), List.of()).placements();
            } catch (RuntimeException e) {
                updateMessage("DFM: placements not read (" + e.getMessage() + ")");
            }
            input = new DfmInput(job.source(), job.board(), placements, 1.0, null);
            if (isCancelled()) {
                input.cancel();
            }
            updateMessage("DFM: copper features and nets");
            DfmResult r = new DfmRunner().run(ranProfile, input, (rule, done, total) -> {
                updateProgress(done, total);
                updateMessage(String.format(Locale.ROOT, "DFM: %s done (%d/%d)", rule, done, total));
            });
            updateMessage(String.format(Locale.ROOT, "DFM: %d finding(s) in %.1f s", r.violations().size(), r.seconds()));
            return r;
        }

        @Override
        protected void cancelled() {
            DfmInput in = input;
            if (in != null) {
                in.cancel();
            }
        }
    }

    private void regroup() {
        DfmResult r = result.get();
        if (r == null) {
            groups.clear();
            return;
        }
        Map<String, List<Violation>> byRule = new TreeMap<>();
        r.violations().forEach(v -> byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v));
        List<RuleGroup> out = new ArrayList<>();
        int[] total = new int[Severity.values().length];
        int acceptedAll = 0;
        for (Map.Entry<String, List<Violation>> e : byRule.entrySet()) {
            Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
            List<Finding> listed = new ArrayList<>();
            int accepted = 0;
            for (Violation v : e.getValue()) {
                String note = notes.get(DeviationStore.key(v));
                if (note != null) {
                    accepted++;
                } else {
                    counts.merge(v.severity(), 1, Integer::sum);
                    total[v.severity().ordinal()]++;
                }
                if (shown.get(v.severity()).get()) {
                    listed.add(new Finding(v, note != null, note));
                }
            }
            acceptedAll += accepted;
            if (!listed.isEmpty()) {
                out.add(new RuleGroup(e.getKey(), List.copyOf(listed), counts, accepted));
            }
        }
        groups.setAll(out);
        summary.set(String.format(Locale.ROOT, "%s: %d error(s), %d warning(s), %d info; %d accepted as deviations%s; %.1f s",
                r.profileName(), total[0], total[1], total[2], acceptedAll, r.cancelled() ? " (cancelled: incomplete)" : "",
                r.seconds()));
    }

    /** Zooms the board to a finding and highlights it (null clears the highlight). */
    public void select(Violation v) {
        context.showOnBoard(v == null ? null : window(v));
    }

    /** The board window showing a finding: its location's envelope (else its point) with a margin. */
    static Envelope window(Violation v) {
        Envelope e = v.location() != null && !v.location().isEmpty() ? new Envelope(v.location().getEnvelopeInternal())
                : new Envelope(v.xMm(), v.xMm(), v.yMm(), v.yMm());
        double margin = Math.max(0.5, 0.25 * Math.max(e.getWidth(), e.getHeight()));
        e.expandBy(margin);
        return e;
    }

    /** Accepts a finding as a deviation with a note (an unsaved change until {@link #save()}). */
    public void accept(Violation v, String note) {
        notes.put(DeviationStore.key(v), note == null ? "" : note.strip());
        unsaved.set(unsaved.get() + 1);
        regroup();
    }

    /** Takes a deviation back (an unsaved change). */
    public void unaccept(Violation v) {
        if (notes.remove(DeviationStore.key(v)) != null) {
            unsaved.set(unsaved.get() + 1);
            regroup();
        }
    }

    /** Saves the accepted deviations with the job; the file written, or null before a run. */
    public Path save() {
        if (jobHash == null) {
            return null;
        }
        store.save(jobHash, job.name(), notes);
        unsaved.set(0);
        return store.file(jobHash);
    }

    /** Writes the HTML report (the DFM engine's writer). */
    public void exportHtml(Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            HtmlReport.write(report(), input, w);
        }
    }

    /** Writes the findings as CSV. */
    public void exportCsv(Path file) throws IOException {
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            CsvReport.write(result.get().violations(), w);
        }
    }

    /** Writes the JSON report (CLI.md {@code dfm --json}) plus the accepted deviations ({@code deviations}). */
    public void exportJson(Path file) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode tree = JsonReport.tree(report());
        com.fasterxml.jackson.databind.node.ArrayNode dev = tree.putArray("deviations");
        notes.forEach((k, n) -> dev.addObject().put("key", k).put("note", n));
        try (OutputStream o = Files.newOutputStream(file)) {
            new com.fasterxml.jackson.databind.ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(o, tree);
        }
    }

    private DfmReport report() {
        if (result.get() == null || input == null) {
            throw new IllegalStateException("run the DFM check first");
        }
        return new DfmReport(job.name(), ranProfile, result.get(), BoardMetrics.of(input), DfmReport.hashes(job.source()));
    }

    public ObservableList<String> profiles() {
        return profiles;
    }

    public StringProperty profileProperty() {
        return profile;
    }

    /** Whether findings of a severity are listed. */
    public BooleanProperty shownProperty(Severity s) {
        return shown.get(s);
    }

    public ObservableList<RuleGroup> groups() {
        return groups;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }

    public ReadOnlyObjectProperty<DfmResult> resultProperty() {
        return result;
    }

    public ReadOnlyObjectProperty<Task<DfmResult>> runningProperty() {
        return running;
    }

    /** Accepted or taken back since the last save. */
    public int unsavedChanges() {
        return unsaved.get();
    }

    public ReadOnlyObjectProperty<Integer> unsavedProperty() {
        return unsaved;
    }
}
