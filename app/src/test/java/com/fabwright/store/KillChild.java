package com.fabwright.store;

import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteEngine;
import com.fabwright.quote.WorkedExample;
import com.fabwright.quote.rates.RateProfile;
import java.nio.file.Path;
import java.util.List;

/**
 * Child process of {@link KillNineTest}: saves quotes in a loop and prints {@code ACK <quote number>}
 * after each commit returns, until it is killed.
 */
public final class KillChild {
    private KillChild() {
    }

    public static void main(String[] args) {
        RateProfile cn = RateProfile.shipped("CN-EMS");
        Quote q = new QuoteEngine(cn).quote(WorkedExample.inputs(List.of(100)));
        try (QuoteStore s = new QuoteStore(Path.of(args[0]))) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; ; i++) {
                SavedQuote saved = i % 3 == 2 && !s.quoteNumbers().isEmpty()
                        ? s.revise(s.quoteNumbers().get(0), q, cn.json(), SaveRequest.of("rev"))
                        : s.save(q, cn.json(), SaveRequest.of("C" + (i % 7)));
                System.out.println("ACK " + saved.quoteNo() + "/" + saved.revision());
                System.out.flush();
            }
        }
    }
}
