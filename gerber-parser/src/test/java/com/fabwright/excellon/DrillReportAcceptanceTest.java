package com.fabwright.excellon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hole counts (hits + slots) equal the CAD tools' own drill reports. */
class DrillReportAcceptanceTest {
    private static final Pattern KICAD_FILE = Pattern.compile("Drill file '([^']+)' contains");
    private static final Pattern KICAD_TOOL = Pattern.compile("^\\s*T(\\d+)\\s+([\\d.]+)mm\\s+\\S+\\s+\\((\\d+) holes?\\)");
    private static final Pattern KICAD_TOTAL = Pattern.compile("Total (?:plated|unplated) holes count (\\d+)");

    @ParameterizedTest(name = "KiCad {0}")
    @ValueSource(strings = {"StickHub", "custom_pads_test", "flat_hierarchy", "kit-dev-coldfire-xilinx_5213", "pic_programmer"})
    void kicadDrillReportCountsPerToolAndFile(String board) throws IOException {
        Path drill = Corpus.file("kicad-demos-fab/" + board + "/drill");
        String report = Files.readString(drill.resolve("drill_report.rpt"), StandardCharsets.ISO_8859_1);
        String currentFile = null;
        Map<String, Map<Integer, Integer>> perTool = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        Map<String, Map<Integer, Double>> sizes = new LinkedHashMap<>();
        for (String line : report.split("\\R")) {
            Matcher m = KICAD_FILE.matcher(line);
            if (m.find()) {
                currentFile = m.group(1);
                perTool.put(currentFile, new LinkedHashMap<>());
                sizes.put(currentFile, new LinkedHashMap<>());
                continue;
            }
            m = KICAD_TOOL.matcher(line);
            if (m.find() && currentFile != null) {
                perTool.get(currentFile).put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)));
                sizes.get(currentFile).put(Integer.parseInt(m.group(1)), Double.parseDouble(m.group(2)));
            }
            m = KICAD_TOTAL.matcher(line);
            if (m.find() && currentFile != null) {
                totals.put(currentFile, Integer.parseInt(m.group(1)));
            }
        }
        assertThat(totals).isNotEmpty();
        int all = 0;
        for (Map.Entry<String, Integer> e : totals.entrySet()) {
            DrillFile f = new ExcellonReader().read(drill.resolve(e.getKey()));
            System.out.printf("kicad %-28s %-42s expected %4d holes, ours %4d (%d hits + %d slots)%n", board, e.getKey(),
                    e.getValue(), f.holeCount(), f.hits().size(), f.slotCount());
            assertThat(f.hasErrors()).as(f.diagnostics().toString()).isFalse();
            assertThat(f.holeCount()).as(e.getKey()).isEqualTo(e.getValue());
            Map<Integer, Integer> ours = new LinkedHashMap<>(f.holeCountByTool());
            ours.values().removeIf(v -> v == 0);
            assertThat(ours).as(e.getKey() + " per tool").isEqualTo(perTool.get(e.getKey()));
            for (DrillTool t : f.tools()) {
                Double expected = sizes.get(e.getKey()).get(t.number());
                if (expected != null) {
                    assertThat(t.diameterMm()).isCloseTo(expected, within(0.0005));
                }
            }
            assertThat(f.plating()).isEqualTo(e.getKey().contains("NPTH") ? Plating.NON_PLATED : Plating.PLATED);
            all += f.holeCount();
        }
        // stats.json: every via and every pad with a hole is one hole
        String stats = Files.readString(drill.resolveSibling("stats.json"));
        int vias = Integer.parseInt(group(stats, "\"vias\"\\s*:\\s*(\\d+)"));
        String padHoles = group(stats, "\"pad_hole_sizes_mm\"\\s*:\\s*\\{([^}]*)}");
        int pads = Pattern.compile(":\\s*(\\d+)").matcher(padHoles).results().mapToInt(r -> Integer.parseInt(r.group(1))).sum();
        System.out.printf("kicad %-28s stats.json vias %d + pad holes %d = %d, ours %d%n", board, vias, pads, vias + pads, all);
        assertThat(all).isEqualTo(vias + pads);
    }

    private static final Pattern ALTIUM_TOOL = Pattern.compile(
            "^T(\\d+)\\s+([\\d.]+)mm.*?\\s(Round|Slot)\\s+(\\d+)\\s+(PTH|NPTH)\\s");

    @ParameterizedTest(name = "Altium {0}")
    @ValueSource(strings = {"gerbonara/resources/altium-composite-drill/NC Drill/LimeSDR-QPCIe_1v2.DRR",
        "altium-limesdr-qpcie/NC Drill/LimeSDR-QPCIe_1v2.DRR"})
    void altiumDrrCountsPerToolAndTotal(String drr) throws IOException {
        Path report = Corpus.file(drr);
        Path drills = Corpus.file("gerbonara/resources/altium-composite-drill/NC Drill");
        DrillFile round = new ExcellonReader().read(drills.resolve("LimeSDR-QPCIe_1v2-RoundHoles.TXT"));
        DrillFile slot = new ExcellonReader().read(drills.resolve("LimeSDR-QPCIe_1v2-SlotHoles.TXT"));
        Map<Integer, Integer> ours = new LinkedHashMap<>();
        Map<Integer, DrillTool> tools = new LinkedHashMap<>();
        for (DrillFile f : List.of(round, slot)) {
            assertThat(f.hasErrors()).isFalse();
            f.holeCountByTool().forEach((t, n) -> ours.merge(t, n, Integer::sum));
            f.tools().forEach(t -> tools.put(t.number(), t));
        }
        Map<Integer, Integer> expected = new LinkedHashMap<>();
        int total = 0;
        for (String line : Files.readAllLines(report, StandardCharsets.ISO_8859_1)) {
            Matcher m = ALTIUM_TOOL.matcher(line);
            if (m.find()) {
                int t = Integer.parseInt(m.group(1));
                expected.put(t, Integer.parseInt(m.group(4)));
                assertThat(tools.get(t).diameterMm()).isCloseTo(Double.parseDouble(m.group(2)), within(1e-9));
                assertThat(tools.get(t).plated()).isEqualTo(m.group(5).equals("PTH") ? Plating.PLATED : Plating.NON_PLATED);
                assertThat(m.group(3).equals("Slot")).isEqualTo(slot.tools().stream().anyMatch(x -> x.number() == t));
            } else if (line.startsWith("Totals")) {
                total = Integer.parseInt(line.replaceAll("\\D+", ""));
            }
        }
        int ourTotal = round.holeCount() + slot.holeCount();
        System.out.printf("altium %s: expected %d holes in %d tools, ours %d (%d hits + %d slots) in %d tools%n", drr, total,
                expected.size(), ourTotal, round.hits().size() + slot.hits().size(), round.slotCount() + slot.slotCount(), ours.size());
        assertThat(total).isEqualTo(4258);
        assertThat(ourTotal).isEqualTo(total);
        assertThat(ours).isEqualTo(expected);
    }

    private static final Pattern ALLEGRO_TOOL = Pattern.compile(
            "^\\s*T(\\d+)\\s+\\d+\\.\\s+([\\d.]+)\\s+\\S+/\\s*\\S+\\s+(PLATED|NON_PLATED)\\s+(\\d+)");

    @Test
    void allegroNcdrillLogCountsPerToolAndTotal() throws IOException {
        Path dir = Corpus.file("gerbonara/resources/allegro");
        DrillFile f = new ExcellonReader().read(dir.resolve("ncdrill-1-4.drl"));
        assertThat(f.formatOrigin()).isEqualTo(FormatOrigin.NC_PARAM);
        assertThat(f.hasErrors()).isFalse();
        Map<Integer, Integer> expected = new LinkedHashMap<>();
        int total = 0;
        for (String line : Files.readAllLines(dir.resolve("ncdrill.log"), StandardCharsets.ISO_8859_1)) {
            Matcher m = ALLEGRO_TOOL.matcher(line);
            if (m.find()) {
                int t = Integer.parseInt(m.group(1));
                expected.put(t, Integer.parseInt(m.group(4)));
                DrillTool tool = f.tools().stream().filter(x -> x.number() == t).findFirst().orElseThrow();
                assertThat(tool.diameterMm()).isCloseTo(Double.parseDouble(m.group(2)) * 0.0254, within(1e-9));
                assertThat(tool.plated()).isEqualTo(m.group(3).equals("PLATED") ? Plating.PLATED : Plating.NON_PLATED);
            } else if (line.contains("Total holes:")) {
                total = Integer.parseInt(line.replaceAll("\\D+", ""));
            }
        }
        System.out.printf("allegro ncdrill-1-4.drl: expected %d holes in %d tools, ours %d%n", total, expected.size(), f.holeCount());
        assertThat(total).isEqualTo(287);
        assertThat(f.holeCount()).isEqualTo(total);
        assertThat(f.holeCountByTool()).isEqualTo(expected);
        assertThat(f.plating()).isEqualTo(Plating.MIXED);
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("not found: " + regex);
        }
        return m.group(1);
    }

}
