package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code --map FIELD=COLUMN}, remembered per customer and header ({@code --customer}) and forgotten
 * ({@code --forget-mapping}), on a German BOM whose designator column ("Bauteil") the synonyms miss.
 * The store lives in a temporary FABWRIGHT_HOME ({@code fabwright.home}).
 */
class ColumnMappingCliTest {
    private static final String BOM = "Bauteil;Menge;Hersteller-Nr.;Wert;Geh\u00e4use\n"
            + "R1,R2;2;RC0603FR-0710KL;10k;0603\n"
            + "C1;1;GRM188R71H104KA93D;100n;0603\n"
            + "U1;1;STM32F103C8T6;MCU;LQFP48\n";

    @TempDir
    Path home;

    @TempDir
    Path dir;

    Path bom;

    @BeforeEach
    void writeBom() throws Exception {
        bom = dir.resolve("stueckliste.csv");
        Files.writeString(bom, BOM, StandardCharsets.UTF_8);
    }

    private JsonNode info(String... extra) throws Exception {
        QuoteCliTest.Run r = run(extra);
        assertThat(r.code()).as(r.err()).isZero();
        return new ObjectMapper().readTree(r.out()).get("bom");
    }

    private QuoteCliTest.Run run(String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "info";
        args[1] = CliTest.DEMO.toString();
        args[2] = "--json";
        System.arraycopy(extra, 0, args, 3, extra.length);
        String[] withBom = java.util.Arrays.copyOf(args, args.length + 2);
        withBom[args.length] = "--bom";
        withBom[args.length + 1] = bom.toString();
        return QuoteCliTest.run(home, withBom);
    }

    @Test
    void withoutMapTheGermanHeaderIsNotFound() throws Exception {
        JsonNode b = info();
        assertThat(b.get("lines").asInt()).isZero();
        assertThat(b.get("mapping")).isEmpty();
    }

    @Test
    void mapFixesItAndTheSameCustomerGetsItBackAutomatically() throws Exception {
        JsonNode entered = info("--customer", "Acme GmbH", "--map", "designator=Bauteil", "--map", "mpn=3");
        assertThat(entered.get("lines").asInt()).isEqualTo(3);
        assertThat(entered.get("placements").asInt()).isEqualTo(4);
        assertThat(entered.at("/mapping/refdes/column").asText()).isEqualTo("Bauteil");
        assertThat(entered.at("/mapping/refdes/source").asText()).isEqualTo("entered");
        assertThat(entered.at("/mapping/mpn/column").asText()).isEqualTo("Hersteller-Nr.");
        assertThat(entered.at("/mapping/quantity/source").asText()).isEqualTo("detected");

        QuoteCliTest.Run again = run("--customer", "Acme GmbH");
        assertThat(again.err()).contains("applied the column mapping remembered for customer 'Acme GmbH'");
        JsonNode remembered = new ObjectMapper().readTree(again.out()).get("bom");
        assertThat(remembered.get("placements").asInt()).isEqualTo(4);
        assertThat(remembered.at("/mapping/refdes/source").asText()).isEqualTo("remembered");
        assertThat(remembered.at("/mapping/mpn/confidence").asDouble()).isEqualTo(1.0);

        assertThat(info("--customer", "Other Ltd").get("lines").asInt()).as("another customer").isZero();
        assertThat(info().get("lines").asInt()).as("no customer").isZero();
    }

    @Test
    void quoteSharesItsCustomerOptionWithTheMapping() throws Exception {
        info("--customer", "Acme", "--map", "designator=Bauteil");
        QuoteCliTest.Run q = QuoteCliTest.run(home, "quote", CliTest.DEMO.toString(), "--qty", "10", "--json", "-",
                "--bom", bom.toString(), "--customer", "Acme");
        assertThat(q.code()).as(q.err()).isZero();
        assertThat(q.err()).contains("applied the column mapping remembered for customer 'Acme'");
    }

    @Test
    void forgetMappingRemovesIt() throws Exception {
        info("--customer", "Acme", "--map", "designator=1");
        QuoteCliTest.Run forget = run("--customer", "Acme", "--forget-mapping");
        assertThat(forget.err()).contains("forgot the column mapping");
        assertThat(info("--customer", "Acme").get("lines").asInt()).isZero();
        assertThat(run("--customer", "Acme", "--forget-mapping").err()).contains("no column mapping remembered");
    }

    @Test
    void aMapColumnNotInTheFileIsAWarning() {
        QuoteCliTest.Run r = run("--map", "designator=Bauteil", "--map", "mpn=Teilenummer");
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("--map mpn=Teilenummer: no such column");
    }

    @Test
    void anUnusableStoreIsAWarningNotAFailure() throws Exception {
        Path notADir = Files.writeString(dir.resolve("home-is-a-file"), "x");
        String[] args = {"info", CliTest.DEMO.toString(), "--json", "--bom", bom.toString(), "--customer", "Acme",
            "--map", "designator=Bauteil"};
        QuoteCliTest.Run r = QuoteCliTest.run(notADir, args);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("warning: column mapping not saved");
        assertThat(new ObjectMapper().readTree(r.out()).at("/bom/lines").asInt()).isEqualTo(3);
        QuoteCliTest.Run again = QuoteCliTest.run(notADir, java.util.Arrays.copyOf(args, 7));
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("warning: remembered column mappings not read");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "designator|expected FIELD=COLUMN",
        "colour=Farbe|unknown field 'colour'",
        "cpl.qty=Menge|unknown field 'cpl.qty'",
        "qty=0|column number must be 1..999",
        "=Menge|expected FIELD=COLUMN"})
    void badMapValuesAreUsageErrors(String value, String message) {
        QuoteCliTest.Run r = run("--map", value);
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains(message);
    }

    @Test
    void forgetWithoutCustomerIsAUsageError() {
        QuoteCliTest.Run r = run("--forget-mapping");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("--forget-mapping needs --customer");
    }

    @Test
    void theHeaderSignatureIgnoresCaseSpacingAndTrailingEmptyCells() {
        assertThat(RememberedMappings.signature(java.util.List.of("Bauteil", " Hersteller-Nr. ", "", "")))
                .isEqualTo(RememberedMappings.signature(java.util.List.of("BAUTEIL", "hersteller nr")))
                .isEqualTo("bauteil|herstellernr");
    }
}
