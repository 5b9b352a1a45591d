package com.fabwright.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.quote.InputSheet;
import com.fabwright.quote.Origin;
import com.fabwright.store.QuoteStatus;
import com.fabwright.store.SavedQuote;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The quote pane's state without a window, on the demo board: inputs, live quote, store, documents, rate editor. */
class QuoteViewModelTest {
    static Job demo;

    @TempDir
    Path home;

    @BeforeAll
    static void load() throws Exception {
        FxToolkit.registerPrimaryStage();
        demo = new JobLoader().load(List.of(WorkbenchViewTest.DEMO.toAbsolutePath()), ProgressListener.NONE);
    }

    @AfterAll
    static void close() {
        demo.close();
    }

    private QuoteViewModel model() {
        QuoteViewModel m = new QuoteViewModel(home, Runnable::run);
        m.jobChanged(demo);
        WaitForAsyncUtils.waitForFxEvents();
        return m;
    }

    private static InputSheet.Row row(QuoteViewModel m, String key) {
        return m.inputs().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theDemoBoardIsQuotedAtEveryQuantityWithMeasuredInputsAndNreApart() {
        QuoteViewModel m = model();
        assertThat(row(m, "width").origin()).isEqualTo(Origin.MEASURED);
        assertThat(row(m, "layers").value()).isEqualTo("2");
        assertThat(row(m, "copper-oz").origin()).isEqualTo(Origin.DEFAULT);
        assertThat(m.quoteProperty().get().breaks()).extracting(b -> b.qty()).containsExactly(10, 100, 1000);
        assertThat(m.breakdown()).filteredOn(r -> r.kind().equals("TOTAL")).hasSize(3);
        assertThat(m.breakdown()).filteredOn(r -> r.kind().startsWith("NRE")).isNotEmpty();
        assertThat(m.breakdown()).filteredOn(r -> !r.kind().contains("TOTAL")).allSatisfy(r -> assertThat(r.basis()).isNotBlank());
        assertThat(m.unsavedChanges()).isZero();
    }

    @Test
    void editingAnInputMarksItEnteredAndChangesThePrice() {
        QuoteViewModel m = model();
        double before = m.quoteProperty().get().at(100).total();
        m.edit("layers", "4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(row(m, "layers").origin()).isEqualTo(Origin.ENTERED);
        assertThat(m.quoteProperty().get().at(100).total()).isGreaterThan(before);
        assertThat(m.unsavedChanges()).isEqualTo(1);
        m.edit("width", "0.5in");
        assertThat(row(m, "width").value()).isEqualTo("12.7");
        m.edit("thickness", "thick");
        assertThat(m.messageProperty().get()).contains("thickness").contains("not a number");
        assertThat(row(m, "thickness").origin()).isNotEqualTo(Origin.ENTERED);
    }

    @Test
    void quantitiesAndProfileChangesRecompute() {
        QuoteViewModel m = model();
        m.quantitiesProperty().set("5, 50");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.quoteProperty().get().breaks()).extracting(b -> b.qty()).containsExactly(5, 50);
        m.profileProperty().set("EU-EMS");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.quoteProperty().get().rates()).startsWith("EU-EMS@");
        m.quantitiesProperty().set("ten");
        assertThat(m.messageProperty().get()).startsWith("quantities:");
        m.quantitiesProperty().set("0");
        assertThat(m.messageProperty().get()).contains("1 or more");
    }

    @Test
    void savedQuotesAreRevisionsInTheCustomersHistoryAndReopen() throws Exception {
        QuoteViewModel m = model();
        m.customerProperty().set("ACME");
        SavedQuote first = m.save();
        assertThat(first.revision()).isEqualTo(1);
        assertThat(m.history()).hasSize(1);
        m.edit("layers", "4");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.save().revision()).isEqualTo(2);
        m.setStatus(QuoteStatus.Sent);
        assertThat(m.history()).extracting(s -> s.revision() + " " + s.status()).containsExactly("2 Sent", "1 Draft");
        m.customerProperty().set("Other");
        assertThat(m.history()).isEmpty();
        m.customerProperty().set("acme");
        m.reopen(m.history().get(1));
        assertThat(row(m, "layers").value()).isEqualTo("2");
        assertThat(m.savedProperty().get()).isEqualTo(first.quoteNo() + " rev 1 (Draft)");
        assertThat(m.quoteProperty().get().at(10).total()).isEqualTo(first.quote().at(10).total());
        Path x = home.resolve("q.xlsx");
        Path p = home.resolve("q.pdf");
        m.exportXlsx(x);
        m.exportPdf(p);
        assertThat(x).isNotEmptyFile();
        assertThat(Files.readString(p, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
        assertThat(m.save().revision()).isEqualTo(3);
    }

    @Test
    void statusNeedsASavedQuote() {
        assertThatThrownBy(() -> model().setStatus(QuoteStatus.Won)).hasMessageContaining("save");
    }

    @Test
    void theRateEditorValidatesAndSavesACopyThatTheQuoteThenUses() throws Exception {
        QuoteViewModel m = model();
        RateEditorViewModel r = new RateEditorViewModel(home);
        r.open("CN-EMS");
        assertThat(home.resolve("rates/CN-EMS.json")).exists();
        RateEditorViewModel.Row number = r.rows().stream().filter(x -> x.key().equals("panel.gap_mm")).findFirst().orElseThrow();
        number.valueProperty().set("-1");
        assertThat(r.validate()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.startsWith("panel.gap_mm:"));
        number.valueProperty().set("abc");
        assertThat(r.save()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.contains("not a number"));
        RateEditorViewModel.Row money = r.rows().stream().filter(x -> x.key().startsWith("fab.") && !x.unitProperty().get().isEmpty()
                && x.valueProperty().get().matches("[0-9.]+")).findFirst().orElseThrow();
        number.valueProperty().set("2.54");
        money.unitProperty().set("");
        assertThat(r.validate()).isFalse();
        assertThat(r.problems()).anyMatch(p -> p.contains("unit missing"));
        money.unitProperty().set(r.profile().rates().get(money.key()).unit());
        money.valueProperty().set("0");
        r.versionProperty().set("2026.1-mine");
        assertThat(r.save()).isTrue();
        m.recompute();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(m.quoteProperty().get().rates()).isEqualTo("CN-EMS@2026.1-mine");
        RateEditorViewModel again = new RateEditorViewModel(home);
        again.open("CN-EMS");
        assertThat(again.versionProperty().get()).isEqualTo("2026.1-mine");
    }
}
