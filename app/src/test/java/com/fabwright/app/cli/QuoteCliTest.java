package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code quote}, {@code quotes} and {@code parts} through the real command line. The store lives in
 * FABWRIGHT_HOME; the test cannot set the environment, so it drives the store through the
 * {@code fabwright.home} system property (read by Database.home() before the environment).
 */
class QuoteCliTest {
    @TempDir
    Path home;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) {
        return run(home, args);
    }

    /** A command run with the store in {@code home}. */
    static Run run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String old = System.getProperty("fabwright.home");
        System.setProperty("fabwright.home", home.toString());
        try {
            int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
            return new Run(code, out.toString(), err.toString());
        } finally {
            if (old == null) {
                System.clearProperty("fabwright.home");
            } else {
                System.setProperty("fabwright.home", old);
            }
        }
    }

    static Path demo() {
        return Path.of(System.getProperty("fabwright.samples", "../samples"), "demo-board");
    }

    @Test
    void quote_json_has_the_cli_md_fields_and_measured_inputs() throws Exception {
        Run r = run("quote", demo().toString(), "--qty", "10,100", "--json", "-", "--placements", "30", "--tht", "2");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("currency").asText()).isEqualTo("USD");
        assertThat(j.path("rates").asText()).isEqualTo("CN-EMS@2026.1");
        assertThat(j.path("breaks")).hasSize(2);
        JsonNode b = j.path("breaks").get(0);
        assertThat(b.path("qty").asInt()).isEqualTo(10);
        double sum = 0;
        for (JsonNode l : b.path("lines")) {
            assertThat(l.path("bucket").asText()).isIn("NRE", "SETUP", "VARIABLE", "PASSTHROUGH");
            assertThat(l.path("basis").asText()).isNotBlank();
            if (!l.path("bucket").asText().equals("NRE")) {
                sum += l.path("amount").asDouble();
            }
        }
        assertThat(b.path("total").asDouble()).isEqualTo(sum, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(j.path("inputs").toString()).contains("\"origin\":\"MEASURED\"", "\"origin\":\"ENTERED\"");
    }

    @Test
    void a_missing_bom_file_is_exit_three_naming_it() {
        Run r = run("quote", demo().toString(), "--qty", "100", "--bom", "no-such-bom.csv");
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("no-such-bom.csv");
    }

    @Test
    void a_bom_and_cpl_without_a_job_are_quoted_with_the_size_entered() throws Exception {
        Path bom = home.resolve("bom.csv");
        Path cpl = home.resolve("pos.csv");
        Files.writeString(bom, "Ref,Qty,Value,Footprint,MPN\nR1 R2,2,10k,R_0603_1608Metric,RC0603-10K\nU1,1,MCU,SOIC-8_3.9x4.9mm_P1.27mm,\n");
        Files.writeString(cpl, "Ref,Val,Package,PosX,PosY,Rot,Side\nR1,10k,R_0603_1608Metric,1,1,0,top\n"
                + "R2,10k,R_0603_1608Metric,2,1,0,top\nU1,MCU,SOIC-8_3.9x4.9mm_P1.27mm,5,5,0,top\n");
        Run r = run("quote", "--width", "20", "--height", "20", "--qty", "10", "--bom", bom.toString(), "--cpl", cpl.toString(),
                "--json", "-");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertThat(j.path("inputs").toString()).contains("\"value\":\"3 / 2\"", "\"origin\":\"MEASURED\"");
        assertThat(j.path("warnings").toString()).contains("2 BOM line(s) without a price");
        Run entered = run("quote", "--width", "20", "--height", "20", "--qty", "10", "--bom", bom.toString(), "--cpl",
                cpl.toString(), "--placements", "40", "--json", "-");
        assertThat(new ObjectMapper().readTree(entered.out()).path("inputs").toString())
                .contains("\"value\":\"40 / 2\"", "\"origin\":\"ENTERED\"");
    }

    @Test
    void saved_quotes_are_listed_shown_revised_exported_and_locked() throws Exception {
        Run saved = run("quote", "--width", "100mm", "--height", "80mm", "--layers", "4", "--finish", "ENIG", "--qty", "100,1000",
                "--save", "--customer", "ACME");
        assertThat(saved.code()).as(saved.err()).isZero();
        assertThat(saved.err()).contains("saved Q-");
        String no = saved.err().replaceAll("(?s).*saved (Q-\\d{4}-\\d{4}).*", "$1");
        assertThat(run("quote", "--width", "100", "--height", "80", "--layers", "6", "--qty", "100", "--revise", no).code()).isZero();
        Run list = run("quotes", "list");
        assertThat(list.out()).contains(no, "ACME");
        assertThat(run("quotes", "show", no + "/1").out()).contains("board (area × rate)", "4", "ENTERED");
        Path x = home.resolve("q.xlsx");
        Path p = home.resolve("q.pdf");
        assertThat(run("quotes", "export", no, "--xlsx", x.toString(), "--pdf", p.toString()).code()).isZero();
        assertThat(x).isNotEmptyFile();
        assertThat(p).isNotEmptyFile();
        assertThat(run("quotes", "approve", no + "/2").code()).isZero();
        assertThat(run("quotes", "status", no + "/2", "won").code()).isZero();
        assertThat(run("quotes", "list", "--json").out()).contains("\"status\" : \"Won\"", "\"locked\" : true");
        assertThat(run("quotes", "show", "Q-1999-0001").code()).isEqualTo(ExitCodes.USAGE);
        Path backup = home.resolve("backup.db");
        assertThat(run("quotes", "backup", backup.toString()).code()).isZero();
        assertThat(backup).isNotEmptyFile();
    }

    @Test
    void parts_import_fills_the_catalogue_and_reports_bad_rows() throws Exception {
        Path csv = home.resolve("prices.csv");
        Files.writeString(csv, "MPN,Supplier,MOQ,Order Multiple,Stock,Currency,Qty1,Price1,Qty2,Price2\n"
                + "RC0402-10K,DistA,10,10,50000,USD,10,0.01,1000,0.002\n"
                + "BAD-1,DistA,1,1,,USD,ten,0.5,,\n");
        Run r = run("parts", "import", csv.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("1 offer(s) imported, 1 problem(s)");
        assertThat(r.err()).contains("prices.csv:3:1: warning QTE-W001");
        assertThat(run("parts", "show", "RC0402-10K").out()).contains("MOQ 10", "1000=0.002");
    }

    @Test
    void a_user_copy_of_a_profile_is_used_by_name_and_frozen_into_the_saved_quote() throws Exception {
        assertThat(run("rates", "copy", "CN-EMS").code()).isZero();
        Path copy = home.resolve("rates/CN-EMS.json");
        Files.writeString(copy, Files.readString(copy).replace("\"version\": \"2026.1\"", "\"version\": \"2026.1-acme\""));
        assertThat(run("rates", "list").out()).contains("2026.1-acme", "user copy");
        Run r = run("quote", "--width", "50", "--height", "50", "--qty", "10", "--save");
        assertThat(r.out()).contains("CN-EMS@2026.1-acme");
        try (var s = com.fabwright.store.QuoteStore.inHome(home)) {
            assertThat(s.rateProfiles()).containsExactly("CN-EMS@2026.1-acme");
            assertThat(s.ratesJson(s.quoteNumbers().get(0), 1)).contains("2026.1-acme");
        }
    }

    @Test
    void an_unknown_rate_profile_is_a_usage_error() {
        Run r = run("quote", "--width", "10", "--height", "10", "--qty", "1", "--rates", "NOPE");
        assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("no rate profile named NOPE");
    }
}
