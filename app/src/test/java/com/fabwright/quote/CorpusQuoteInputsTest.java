package com.fabwright.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.quote.rates.RateProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote inputs measured from a real job (corpus: KiCad demo StickHub, fabrication outputs with a
 * .gbrjob): outline size, copper layers, thickness and holes as KiCad reports them, each marked
 * MEASURED, and the quote prices it in every shipped profile. Skips when the corpus is absent.
 */
class CorpusQuoteInputsTest {
    @Test
    void the_stickhub_demo_board_is_measured_and_quoted() throws Exception {
        Path job = Path.of(System.getProperty("fabwright.corpus", "../../shared/corpus"), "kicad-demos-fab", "StickHub");
        assumeTrue(Files.isDirectory(job), "corpus not found at " + job + ": skipped");
        BoardSpec b;
        try (Job loaded = new JobLoader().load(List.of(job), ProgressListener.NONE)) {
            b = BoardInputs.of(loaded.board());
        }
        assertThat(b.widthMm().value()).isCloseTo(16.6, within(0.05));
        assertThat(b.heightMm().value()).isCloseTo(40.1, within(0.05));
        assertThat(b.layers().value()).isEqualTo(2);
        assertThat(b.thicknessMm().value()).isEqualTo(1.6);
        assertThat(b.holes().value()).isEqualTo(88);
        assertThat(List.of(b.widthMm().origin(), b.layers().origin(), b.thicknessMm().origin(), b.holes().origin()))
                .containsOnly(Origin.MEASURED);
        assertThat(b.finish().origin()).isEqualTo(Origin.DEFAULT);
        for (String p : RateProfile.SHIPPED) {
            Quote q = new QuoteEngine(RateProfile.shipped(p)).quote(new QuoteInputs(b, Delivery.SINGLE, AssemblyFigures.NONE,
                    List.of(), List.of(10, 100, 1000), false));
            assertThat(q.at(1000).unitPrice()).as(p).isLessThan(q.at(10).unitPrice()).isPositive();
        }
    }
}
