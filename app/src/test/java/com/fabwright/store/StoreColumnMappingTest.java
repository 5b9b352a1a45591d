package com.fabwright.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ColumnMappingStore}: save, load, replace, forget, per customer and role, with audit rows. */
class StoreColumnMappingTest {
    @TempDir
    Path home;

    @Test
    void savedMappingsAreKeyedByCustomerRoleAndHeader() {
        try (ColumnMappingStore s = ColumnMappingStore.inHome(home)) {
            s.save("Acme", "bom", "bauteil|menge", Map.of("REFDES", "Bauteil"));
            assertThat(s.load("Acme", "bom", "bauteil|menge")).contains(Map.of("REFDES", "Bauteil"));
            assertThat(s.load("acme", "bom", "bauteil|menge")).as("customer ignores case").isPresent();
            assertThat(s.load("Other", "bom", "bauteil|menge")).isEmpty();
            assertThat(s.load("Acme", "cpl", "bauteil|menge")).isEmpty();
            assertThat(s.load("Acme", "bom", "bauteil")).isEmpty();
        }
    }

    @Test
    void savingAgainReplacesAndSurvivesReopening() {
        try (ColumnMappingStore s = ColumnMappingStore.inHome(home)) {
            s.save("Acme", "bom", "h", Map.of("REFDES", "A"));
            s.save("Acme", "bom", "h", Map.of("REFDES", "#2", "MPN", "C"));
        }
        try (ColumnMappingStore s = ColumnMappingStore.inHome(home)) {
            assertThat(s.all("Acme", "bom")).containsExactly(Map.entry("h", Map.of("MPN", "C", "REFDES", "#2")));
        }
    }

    @Test
    void forgetRemovesAndAuditsEveryChange() {
        try (ColumnMappingStore s = ColumnMappingStore.inHome(home)) {
            s.save("Acme", "bom", "h", Map.of("REFDES", "A"));
            assertThat(s.forget("Acme", "bom", "h")).isTrue();
            assertThat(s.forget("Acme", "bom", "h")).isFalse();
            assertThat(s.load("Acme", "bom", "h")).isEmpty();
            assertThat(s.audit("Acme")).extracting(AuditEntry::action).containsExactly("mapping saved", "mapping forgotten");
            assertThat(s.audit("Acme").get(0).entityId()).isEqualTo("Acme/bom");
        }
    }

    @Test
    void theMappingTableComesWithMigrationTwoBesideTheQuotes() throws Exception {
        try (QuoteStore q = QuoteStore.inHome(home)) {
            assertThat(Database.version(q.connection())).isEqualTo(2);
            assertThat(q.list()).isEmpty();
        }
    }
}
