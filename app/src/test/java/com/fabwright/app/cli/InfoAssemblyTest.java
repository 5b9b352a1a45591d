package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code info --json} gains the {@code components} and {@code bom} blocks of CLI.md, with the BOM and
 * CPL inside the job or given by {@code --bom}/{@code --cpl}.
 */
class InfoAssemblyTest {

    @Test
    void aKicadJobReportsItsComponentsAndBom() throws Exception {
        Path board = InfoAcceptanceTest.corpus().resolve("kicad-demos-fab/StickHub");
        CliTest.Result r = CliTest.run("info", board.toString(), "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode c = j.get("components");
        assertThat(c.get("top").asInt()).isEqualTo(35);
        assertThat(c.get("bottom").asInt()).isEqualTo(51);
        assertThat(c.get("smt").asInt() + c.get("tht").asInt()).isEqualTo(86);
        assertThat(c.get("source").asText()).isEqualTo("StickHub-both-pos.csv");
        JsonNode b = j.get("bom");
        assertThat(b.get("lines").asInt()).isEqualTo(32);
        assertThat(b.get("placements").asInt()).isEqualTo(94);
        assertThat(b.get("dnp").asInt()).isZero();
        assertThat(b.get("source").asText()).isEqualTo("StickHub-bom.csv");
        assertThat(j.get("assemblyFindings")).allMatch(f -> f.get("severity").asText().equals("info"));
        assertThat(j.get("files")).anyMatch(f -> f.get("kind").asText().equals("cpl"));
    }

    @Test
    void bomAndCplGivenBesideTheJob() throws Exception {
        Path corpus = InfoAcceptanceTest.corpus();
        CliTest.Result r = CliTest.run("info", CliTest.DEMO.toString(),
                "--bom", corpus.resolve("altium-limesdr-qpcie/BOM/LimeSDR-QPCIe_1v2_BOMr1.xls").toString(),
                "--cpl", corpus.resolve("altium-limesdr-qpcie/Pick Place/Pick Place for LimeSDR-QPCIe_1v2.txt").toString(),
                "--json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode j = new ObjectMapper().readTree(r.out());
        // 2012 placements in the Pick Place file (759 top, 1253 bottom); the BOM's DNP parts are placed
        // there too (assembly.dnp-placed) and are not counted in components
        long dnpPlaced = 0;
        for (JsonNode f : j.get("assemblyFindings")) {
            dnpPlaced += f.get("rule").asText().equals("assembly.dnp-placed") ? 1 : 0;
        }
        JsonNode c = j.get("components");
        assertThat(dnpPlaced).isPositive();
        assertThat(c.get("top").asInt() + c.get("bottom").asInt() + dnpPlaced).isEqualTo(2012);
        assertThat(j.get("bom").get("placements").asInt()).isEqualTo(1863);
        assertThat(j.get("bom").get("dnp").asInt()).isEqualTo(162);
    }

    @Test
    void aMissingBomFileIsExitThree() {
        CliTest.Result r = CliTest.run("info", CliTest.DEMO.toString(), "--bom", "no-such-bom.csv");
        assertThat(r.code()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("no-such-bom.csv");
    }
}
