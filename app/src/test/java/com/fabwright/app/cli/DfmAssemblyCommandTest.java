package com.fabwright.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code fabwright dfm} with placements: the job's CPL files feed {@code assembly.component-to-edge},
 * and the BOM/CPL cross-check findings join the report (KiCad StickHub: no false assembly errors,
 * docs/assembly.md; its three copper-only BOM lines are infos).
 */
class DfmAssemblyCommandTest {
    static final Path STICKHUB = Path.of(System.getProperty("fabwright.corpus", "../../shared/corpus")).resolve("kicad-demos-fab/StickHub");

    @TempDir
    Path tmp;

    @Test
    void stickHubPlacementsReachTheDfmReport() throws Exception {
        assumeTrue(Files.isDirectory(STICKHUB), "corpus absent: " + STICKHUB);
        Path json = tmp.resolve("r.json");
        Path csv = tmp.resolve("r.csv");
        StringWriter out = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "dfm", STICKHUB.toString(),
                "--json", json.toString(), "--csv", csv.toString(), "--fail-on", "never");
        assertThat(code).isEqualTo(ExitCodes.OK);
        Map<String, Integer> bySeverity = new TreeMap<>();
        for (JsonNode v : new ObjectMapper().readTree(json.toFile()).get("violations")) {
            String rule = v.get("rule").asText();
            if (rule.startsWith("assembly.")) {
                bySeverity.merge(rule + ":" + v.get("severity").asText(), 1, Integer::sum);
            }
        }
        assertThat(bySeverity).as("placements measured against the edge (generic-class2 warns under 5 mm)")
                .containsKey("assembly.component-to-edge:warning");
        assertThat(bySeverity).as("cross-check: only the copper-only BOM lines C38, J1, JP1, as infos")
                .containsEntry("assembly.bom-not-placed:info", 3);
        assertThat(bySeverity.keySet()).as("no false assembly error, no centroid off its pads")
                .noneMatch(k -> k.endsWith(":error") || k.startsWith("assembly.centroid-off-pad")
                        || k.startsWith("assembly.outside-outline"));
        assertThat(Files.readString(csv)).contains("assembly.bom-not-placed").contains("assembly.component-to-edge");
        assertThat(out.toString()).contains("assembly.bom-not-placed").contains("3 info");
    }

    @Test
    void aCplOffTheBoardIsReportedOnceAsCentroidOffPadOrOutside() throws Exception {
        assumeTrue(Files.isDirectory(STICKHUB), "corpus absent: " + STICKHUB);
        Path cpl = tmp.resolve("shifted-pos.csv");
        Files.writeString(cpl, "Ref,Val,Package,PosX,PosY,Rot,Side\nU99,X,SOIC-8,150.0,-30.0,0,top\n");
        Path json = tmp.resolve("r.json");
        Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "dfm", STICKHUB.toString(),
                "--cpl", cpl.toString(), "--json", json.toString(), "--fail-on", "never");
        java.util.List<String> u99 = new java.util.ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(json.toFile()).get("violations")) {
            if (v.toString().contains("U99")) {
                u99.add(v.get("rule").asText() + ":" + v.get("severity").asText());
            }
        }
        assertThat(u99).as("U99 far outside the board: once by the cross-check, no DFM-rule centroid-off-pad beside it")
                .containsExactlyInAnyOrder("assembly.outside-outline:error", "assembly.placed-not-in-bom:warning");
    }
}
