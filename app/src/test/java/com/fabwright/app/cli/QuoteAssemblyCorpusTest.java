package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.ProgressListener;
import com.fabwright.assembly.AssemblyData;
import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.JobAssembly;
import com.fabwright.quote.AssemblyFigures;
import com.fabwright.quote.AssemblyInputs;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fabwright quote} on real customer data with a BOM and a CPL: the KiCad StickHub demo (pos
 * and BOM files inside the job, a BOM without MPNs: priced by value) and the Altium LimeSDR-QPCIe
 * (BOM .xls and Pick Place given by {@code --bom}/{@code --cpl}, board size entered), with a small
 * price list imported into the parts catalogue. The assembly figures equal the readers' statistics,
 * every fitted BOM line is a component line either priced or flagged, and totals equal their lines.
 * Skips when the corpus is absent.
 */
class QuoteAssemblyCorpusTest {
    @TempDir
    Path home;

    /** The quote's JSON, run with the store in {@code home}. */
    private JsonNode quote(String... args) throws Exception {
        return new ObjectMapper().readTree(run(args));
    }

    /** Standard output of a command run with the store in {@code home}; fails on a non-zero exit. */
    private String run(String... args) {
        QuoteCliTest.Run r = QuoteCliTest.run(home, args);
        assertThat(r.code()).as(r.err()).isZero();
        return r.out();
    }

    private void importPrices(String csv) throws Exception {
        Path f = home.resolve("prices.csv");
        Files.writeString(f, "MPN,Supplier,MOQ,Order Multiple,Stock,Currency,Qty1,Price1,Qty2,Price2\n" + csv);
        assertThat(run("parts", "import", f.toString())).contains("0 problem(s)");
    }

    @Test
    void stickhub_is_quoted_from_its_pos_and_bom_files() throws Exception {
        Path job = InfoAcceptanceTest.corpus().resolve("kicad-demos-fab/StickHub");
        assumeTrue(Files.isDirectory(job), "corpus set " + job + " not present: skipped");
        AssemblyData data;
        try (Job loaded = new JobLoader().load(List.of(job), ProgressListener.NONE)) {
            data = JobAssembly.of(loaded.source(), List.of(), List.of());
        }
        // KiCad BOM without an MPN column: these values are catalogue keys; one in EUR, one with a MOQ
        importPrices("0.1uF,DistA,1,1,,USD,1,0.01,1000,0.002\n"
                + "22uF 10V,DistA,1,1,,USD,1,0.05,1000,0.02\n"
                + "470,DistA,1,1,,USD,1,0.005,1000,0.001\n"
                + "MaxLinear_XR22417-48,DistB,1,1,,EUR,1,4.10,100,3.20\n"
                + "TVS,DistA,500,500,,USD,500,0.02,5000,0.012\n");
        JsonNode q = quote("quote", job.toString(), "--qty", "10,100,1000", "--json", "-");
        check(data, q, 5);
    }

    @Test
    void limesdr_is_quoted_from_its_altium_bom_and_pick_place() throws Exception {
        Path dir = InfoAcceptanceTest.corpus().resolve("altium-limesdr-qpcie");
        assumeTrue(Files.isDirectory(dir), "corpus set " + dir + " not present: skipped");
        Path bom = dir.resolve("BOM/LimeSDR-QPCIe_1v2_BOMr1.xls");
        Path cpl = dir.resolve("Pick Place/Pick Place for LimeSDR-QPCIe_1v2.txt");
        AssemblyData data = JobAssembly.of(List.of(bom), List.of(cpl));
        importPrices("GRM155R71C104KA88D,DistA,10000,10000,,USD,10000,0.0012,50000,0.0009\n"
                + "CC0402JRNPO9BN101,DistA,1,1,,USD,1,0.01,1000,0.0015\n"
                + "04023A100JAT2A,DistB,1,1,,USD,1,0.08,1000,0.03\n"
                + "CR1220,DistB,1,1,,USD,1,0.40,100,0.25\n");
        JsonNode q = quote("quote", "--width", "209.08mm", "--height", "129.78mm", "--layers", "6", "--bom", bom.toString(),
                "--cpl", cpl.toString(), "--qty", "10,100,1000", "--json", "-");
        check(data, q, 4);
    }

    /** Figures = statistics; every fitted BOM line priced or flagged; totals = sums of the lines. */
    private static void check(AssemblyData data, JsonNode q, int pricedExpected) {
        AssemblyStatistics s = data.statistics();
        AssemblyFigures a = AssemblyInputs.of(data).figures();
        assertThat(a.smtPlacements() + a.thtParts()).isEqualTo(s.placements());
        assertThat(a.smtPlacements()).isEqualTo(s.smt());
        assertThat(a.thtParts()).isEqualTo(s.tht());
        assertThat(a.uniqueLines()).isEqualTo(s.uniqueLines());
        assertThat(a.smtJoints()).isEqualTo(s.smtJoints());
        assertThat(a.thtPins()).isEqualTo(s.thtPins());
        assertThat(row(q, "SMT placements / lines")).isEqualTo(s.smt() + " / " + a.smtLines());
        assertThat(row(q, "THT parts / pins")).isEqualTo(s.tht() + " / " + s.thtPins());
        for (String name : List.of("SMT placements / lines", "THT parts / pins", "SMT joints / CN points", "BGA / sides")) {
            assertThat(row(q, name, "origin")).as(name).isEqualTo("MEASURED");
        }
        long fitted = data.bom().lines().stream().filter(l -> !l.dnp()).count();
        assertThat(fitted).isEqualTo(s.uniqueLines());
        for (JsonNode b : q.path("breaks")) {
            List<JsonNode> comps = new ArrayList<>();
            double total = 0;
            double nre = 0;
            for (JsonNode l : b.path("lines")) {
                if (l.path("bucket").asText().equals("NRE")) {
                    nre += l.path("amount").asDouble();
                } else {
                    total += l.path("amount").asDouble();
                }
                if (l.path("category").asText().equals("components")) {
                    comps.add(l);
                }
            }
            int qty = b.path("qty").asInt();
            assertThat(comps).as("component lines at %d", qty).hasSize((int) fitted);
            long priced = comps.stream().filter(l -> !l.path("unpriced").asBoolean()).count();
            assertThat(priced).as("priced at %d", qty).isEqualTo(pricedExpected);
            for (JsonNode l : comps) {
                if (l.path("unpriced").asBoolean()) {
                    assertThat(l.path("amount").asDouble()).isZero();
                    assertThat(l.path("rate").asText()).isEqualTo("PRICE MISSING");
                } else {
                    assertThat(l.path("amount").asDouble()).as(l.path("name").asText()).isPositive();
                    assertThat(l.path("rateKey").asText()).startsWith("offer:");
                }
            }
            assertThat(b.path("total").asDouble()).isCloseTo(total, within(1e-6));
            assertThat(b.path("nre").asDouble()).isCloseTo(nre, within(1e-6));
            assertThat(b.path("lines").toString()).contains("\"category\":\"assembly\"");
        }
        assertThat(q.path("warnings").toString()).contains((fitted - pricedExpected) + " BOM line(s) without a price");
    }

    private static String row(JsonNode q, String name) {
        return row(q, name, "value");
    }

    private static String row(JsonNode q, String name, String field) {
        for (JsonNode r : q.path("inputs")) {
            if (r.path("name").asText().equals(name)) {
                return r.path(field).asText();
            }
        }
        throw new AssertionError("no input row " + name);
    }
}
