package com.fabwright.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fabwright.quote.Quote;
import com.fabwright.quote.QuoteEngine;
import com.fabwright.quote.WorkedExample;
import com.fabwright.quote.rates.RateProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuoteStoreTest {
    static final RateProfile CN = RateProfile.shipped("CN-EMS");
    static final Quote Q = new QuoteEngine(CN).quote(WorkedExample.inputs(List.of(100, 1000)));

    @TempDir
    Path dir;

    @Test
    void a_saved_quote_reads_back_with_the_same_lines_and_totals() throws Exception {
        Path f = dir.resolve("a.txt");
        Files.writeString(f, "gerber");
        try (QuoteStore s = new QuoteStore(dir.resolve("q.db"))) {
            SavedQuote saved = s.save(Q, CN.json(), new SaveRequest("ACME", "ACME-CTRL-01", "C", "A-1042",
                    RfqFile.of(List.of(f)), "2026-08-09", "15 working days"));
            assertThat(saved.quoteNo()).matches("Q-\\d{4}-0001");
            SavedQuote back = s.get(saved.quoteNo(), 1).orElseThrow();
            assertThat(back.customer()).isEqualTo("ACME");
            assertThat(back.status()).isEqualTo(QuoteStatus.Draft);
            assertThat(back.filesHash()).hasSize(64);
            assertThat(back.quote().breaks()).hasSize(2);
            assertThat(back.quote().at(100).total()).isEqualTo(Q.at(100).total());
            assertThat(back.quote().at(1000).nre()).isEqualTo(Q.at(1000).nre());
            assertThat(back.quote().at(100).lines()).isEqualTo(Q.at(100).lines());
            assertThat(back.quote().inputs().board().widthMm().value()).isEqualTo(100.0);
            assertThat(s.list()).extracting(QuoteSummary::quoteNo).containsExactly(saved.quoteNo());
            assertThat(s.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void editing_makes_a_new_revision_and_old_revisions_never_change() throws Exception {
        try (QuoteStore s = new QuoteStore(dir.resolve("q.db"))) {
            SavedQuote r1 = s.save(Q, CN.json(), SaveRequest.of("ACME"));
            Quote cheaper = new QuoteEngine(CN.with("markup.conversion", new com.fasterxml.jackson.databind.node.DoubleNode(0.2)))
                    .quote(WorkedExample.inputs(List.of(100, 1000)));
            SavedQuote r2 = s.revise(r1.quoteNo(), cheaper, CN.json(), SaveRequest.of("ACME"));
            assertThat(r2.revision()).isEqualTo(2);
            assertThat(s.get(r1.quoteNo(), 1).orElseThrow().quote().at(100).total()).isEqualTo(Q.at(100).total());
            assertThat(s.latest(r1.quoteNo()).orElseThrow().quote().at(100).total()).isLessThan(Q.at(100).total());
            try (Statement st = s.connection().createStatement()) {
                assertThatThrownBy(() -> st.executeUpdate("UPDATE quote SET result_json = '{}' WHERE revision = 1"))
                        .hasMessageContaining("immutable");
                assertThatThrownBy(() -> st.executeUpdate("UPDATE quote_line SET amount = 0"))
                        .hasMessageContaining("immutable");
                assertThatThrownBy(() -> st.executeUpdate("DELETE FROM quote")).hasMessageContaining("never deleted");
            }
        }
    }

    @Test
    void an_approved_revision_is_locked_but_its_status_still_moves_on() {
        try (QuoteStore s = new QuoteStore(dir.resolve("q.db"))) {
            SavedQuote r1 = s.save(Q, CN.json(), SaveRequest.of("ACME"));
            s.setValidUntil(r1.quoteNo(), 1, "2026-08-09");
            s.approve(r1.quoteNo(), 1, "sales");
            assertThatThrownBy(() -> s.setValidUntil(r1.quoteNo(), 1, "2027-01-01")).hasMessageContaining("locked");
            s.setStatus(r1.quoteNo(), 1, QuoteStatus.Sent, null);
            s.setStatus(r1.quoteNo(), 1, QuoteStatus.Lost, "price");
            SavedQuote back = s.get(r1.quoteNo(), 1).orElseThrow();
            assertThat(back.locked()).isTrue();
            assertThat(back.validUntil()).isEqualTo("2026-08-09");
            assertThat(back.status()).isEqualTo(QuoteStatus.Lost);
            assertThat(s.audit(r1.quoteNo())).extracting(AuditEntry::action)
                    .containsExactly("created", "valid-until", "approved", "status", "status");
        }
    }

    @Test
    void revisions_past_their_validity_expire_unless_won_or_lost() {
        try (QuoteStore s = new QuoteStore(dir.resolve("q.db"))) {
            SavedQuote old = s.save(Q, CN.json(), new SaveRequest("A", null, null, null, List.of(), "2026-01-31", null));
            SavedQuote won = s.save(Q, CN.json(), new SaveRequest("B", null, null, null, List.of(), "2026-01-31", null));
            SavedQuote fresh = s.save(Q, CN.json(), new SaveRequest("C", null, null, null, List.of(), "2026-03-01", null));
            s.setStatus(won.quoteNo(), 1, QuoteStatus.Won, null);
            assertThat(s.expireOverdue(java.time.LocalDate.parse("2026-02-01"))).isEqualTo(1);
            assertThat(s.get(old.quoteNo(), 1).orElseThrow().status()).isEqualTo(QuoteStatus.Expired);
            assertThat(s.get(won.quoteNo(), 1).orElseThrow().status()).isEqualTo(QuoteStatus.Won);
            assertThat(s.get(fresh.quoteNo(), 1).orElseThrow().status()).isEqualTo(QuoteStatus.Draft);
        }
    }

    @Test
    void backup_and_restore_bring_back_the_quotes_of_the_backup() {
        Path db = dir.resolve("q.db");
        Path backup = dir.resolve("backup.db");
        String first;
        try (QuoteStore s = new QuoteStore(db)) {
            first = s.save(Q, CN.json(), SaveRequest.of("ACME")).quoteNo();
            s.backup(backup);
            s.save(Q, CN.json(), SaveRequest.of("Other"));
            assertThat(s.quoteNumbers()).hasSize(2);
        }
        QuoteStore.restore(backup, db);
        try (QuoteStore s = new QuoteStore(db)) {
            assertThat(s.quoteNumbers()).containsExactly(first);
            assertThat(s.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void migrations_run_once_and_record_the_schema_version() throws Exception {
        Path db = dir.resolve("q.db");
        new QuoteStore(db).close();
        try (QuoteStore s = new QuoteStore(db)) {
            assertThat(Database.version(s.connection())).isEqualTo(Database.MIGRATIONS.size());
        }
    }

    @Test
    void trigger_bodies_stay_whole_when_a_migration_is_split() {
        List<String> st = Database.statements("CREATE TABLE a (x);\nCREATE TRIGGER t BEFORE DELETE ON a\nBEGIN SELECT 1; END;\n");
        assertThat(st).hasSize(2);
        assertThat(st.get(1)).endsWith("END;");
    }
}
