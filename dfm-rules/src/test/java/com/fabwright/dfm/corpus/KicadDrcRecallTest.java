package com.fabwright.dfm.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.board.Board;
import com.fabwright.corpus.Corpus;
import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmProgress;
import com.fabwright.dfm.DfmResult;
import com.fabwright.dfm.DfmRunner;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.profile.DfmProfile;
import com.fabwright.dfm.profile.ProfileLoader;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineSegment;

/**
 * Acceptance (issue 4): our rules, run with the thresholds KiCad's strict DRC used
 * ({@code stats.json} {@code drc_strict_rules_mm}), must report at least 99 % of KiCad's findings of
 * the seven geometric types at the same place with the same measured value (within 2 µm: KiCad
 * prints 4 decimals, rounded-rectangle pads are chords within 1 µm). Findings of ours KiCad lacks
 * are counted per type and each must have one of the explanations of {@link #explain}. Figures go to
 * {@code target/corpus-reports/dfm-kicad-recall.tsv}.
 */
class KicadDrcRecallTest {
    static final Map<String, String> RULE = new LinkedHashMap<>();

    static {
        RULE.put("clearance", "copper.clearance");
        RULE.put("track_width", "copper.min-width");
        RULE.put("annular_width", "copper.annular-ring");
        RULE.put("drill_out_of_range", "drill.min-diameter");
        RULE.put("hole_clearance", "copper.drill-clearance");
        RULE.put("copper_edge_clearance", "copper.edge-clearance");
        RULE.put("hole_near_hole", "drill.hole-to-hole");
    }

    static final double VALUE_TOL = 0.002;
    /**
     * KiCad measures arcs on a polyline within its ARC_HIGH_DEF (5 µm) and reports values up to 8 µm
     * off the exact distance (StickHub: +1V8 track to /U2D+ arc, exact 0.1705 mm, KiCad 0.1778 mm).
     */
    static final double ARC_TOL = 0.008;

    static Stream<String> boards() {
        Path dir = Corpus.require("kicad-demos-fab");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> Files.isRegularFile(p.resolve("stats.json"))).map(p -> p.getFileName().toString())
                    .sorted().toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome on one board: KiCad findings, matched, and our findings no KiCad finding matched. */
    record Outcome(Map<String, int[]> perType, List<Violation> extras, List<KicadDrcReport.Finding> missed, DfmResult result,
                   Set<Violation> matched) {
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void reports_kicad_findings(String board) throws IOException {
        Outcome o = run(board);
        writeReport(board, o);
        o.perType.forEach((type, counts) -> assertThat(counts[1])
                .as("%s: %s found %d of %d KiCad findings", board, type, counts[1], counts[0])
                .isGreaterThanOrEqualTo((int) Math.ceil(counts[0] * 0.99)));
        assertThat(o.result.failures()).isEmpty();
        assertThat(o.extras).as("%s: findings of ours that KiCad lacks and no explanation covers", board)
                .filteredOn(v -> explain(v, o) == null).isEmpty();
    }

    /** Why KiCad's strict DRC lacks a finding of ours, or {@code null} when nothing explains it. */
    static String explain(Violation v, Outcome o) {
        if (v.limitMm() != null && v.measuredMm() != null && v.limitMm() - v.measuredMm() <= KICAD_EPSILON + CHORD) {
            return "within KiCad's DRC epsilon (0.5 um) plus 1 um of polygonised rounded corners below the limit";
        }
        if (v.rule().equals("copper.edge-clearance") && v.refs().stream().anyMatch(r -> r.startsWith("region"))) {
            return "zone fill near the edge: KiCad's DRC does not test fills against Edge.Cuts; the copper is there";
        }
        boolean sameObject = o.matched().stream().anyMatch(m -> m.rule().equals(v.rule())
                && m.refs().stream().filter(r -> !r.startsWith("region")).anyMatch(v.refs()::contains)
                && new java.util.HashSet<>(m.nets()).equals(new java.util.HashSet<>(v.nets())));
        if (sameObject) {
            return "same copper object as a matched finding: KiCad reports an object pair (or an object and the edge) once,"
                    + " while a zone fill is several Gerber regions, the edge several elements, a through pad two layers";
        }
        return null;
    }

    /** KiCad's DRC epsilon: gaps up to 0.5 um below a limit pass (its report says "min 0.4995 mm" for 0.5 mm). */
    static final double KICAD_EPSILON = 0.0005;
    /** KiCad plots rotated rounded pads as polygons whose corners are chords within about 1 um. */
    static final double CHORD = 0.001;

    static Outcome run(String board) throws IOException {
        return run(board, null);
    }

    static Outcome run(String board, com.fabwright.dfm.net.NetSource nets) throws IOException {
        Path dir = Corpus.require("kicad-demos-fab/" + board);
        JsonNode stats = new ObjectMapper().readTree(dir.resolve("stats.json").toFile());
        DfmProfile profile = profile(stats.get("drc_strict_rules_mm"));
        Path rpt = dir.resolve("drc/" + board + "-drc-strict.rpt");
        KicadDrcReport kicad = KicadDrcReport.read(rpt);
        try (Job job = new JobLoader().load(List.of(dir.resolve("gerber"), dir.resolve("drill"), dir.resolve("netlist")))) {
            Board b = Board.of(job.files(), job.jobFiles());
            DfmInput input = new DfmInput(job, b, List.of(), 1.0, nets);
            DfmResult result = new DfmRunner().run(profile, input, DfmProgress.NONE);
            Map<String, String> layers = layerNames(job);
            Map<String, int[]> perType = new LinkedHashMap<>();
            Set<Violation> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            for (String type : RULE.keySet()) {
                perType.put(type, new int[2]);
            }
            List<KicadDrcReport.Finding> missed = new ArrayList<>();
            Map<String, List<Violation>> byRule = new HashMap<>();
            for (Violation v : result.violations()) {
                byRule.computeIfAbsent(v.rule(), k -> new ArrayList<>()).add(v);
            }
            for (KicadDrcReport.Finding f : kicad.findings()) {
                String rule = RULE.get(f.type());
                if (rule == null) {
                    continue;
                }
                int[] c = perType.get(f.type());
                c[0]++;
                List<Violation> candidates = new ArrayList<>(byRule.getOrDefault(rule, List.of()));
                if (f.type().equals("clearance") && f.items().stream().anyMatch(i -> i.kind().startsWith("Through hole pad"))) {
                    // a pad that is only a hole (NPTH, no copper): KiCad's clearance to it is our hole-to-copper
                    candidates.addAll(byRule.getOrDefault("copper.drill-clearance", List.of()));
                }
                List<Violation> hits = candidates.stream().filter(v -> matches(f, v, layers)).toList();
                if (hits.isEmpty()) {
                    missed.add(f);
                } else {
                    c[1]++;
                    matched.addAll(hits);
                }
            }
            List<Violation> extras = result.violations().stream()
                    .filter(v -> RULE.containsValue(v.rule()) && !matched.contains(v)).toList();
            return new Outcome(perType, extras, missed, result, matched);
        }
    }

    /** The profile KiCad's strict run used, in our rule ids. */
    static DfmProfile profile(JsonNode r) {
        ObjectMapper m = new ObjectMapper();
        ObjectNode p = m.createObjectNode().put("name", "kicad-drc-strict").put("version", "corpus");
        ObjectNode rules = p.putObject("rules");
        rules.putObject("copper.clearance").put("min", r.get("min_clearance").asDouble());
        rules.putObject("copper.min-width").put("min", r.get("min_track_width").asDouble());
        rules.putObject("copper.annular-ring").put("min", r.get("min_via_annular_width").asDouble());
        rules.putObject("drill.min-diameter").put("min", r.get("min_through_drill").asDouble());
        rules.putObject("copper.edge-clearance").put("min", r.get("copper_edge_clearance").asDouble());
        rules.putObject("copper.drill-clearance").put("min", r.get("hole_clearance").asDouble());
        rules.putObject("drill.hole-to-hole").put("min", r.get("min_hole_to_hole").asDouble());
        return ProfileLoader.of(p);
    }

    /** KiCad layer names (F.Cu, Top_layer) to our layer ids, through the Gerber file names KiCad plots. */
    static Map<String, String> layerNames(Job job) {
        Map<String, String> out = new HashMap<>();
        for (JobFile f : job.files()) {
            if (f.layer() == null) {
                continue;
            }
            String name = f.fileName();
            int dash = name.lastIndexOf('-');
            int dot = name.lastIndexOf('.');
            if (dash > 0 && dot > dash) {
                out.put(name.substring(dash + 1, dot).replace('_', '.'), f.layer().id());
                out.put(name.substring(dash + 1, dot), f.layer().id());
            }
        }
        return out;
    }

    static boolean matches(KicadDrcReport.Finding f, Violation v, Map<String, String> layers) {
        double tol = f.items().stream().anyMatch(i -> i.kind().contains("arc")) ? ARC_TOL : VALUE_TOL;
        if (f.actualMm() != null && (v.measuredMm() == null || Math.abs(v.measuredMm() - f.actualMm()) > tol)) {
            return false;
        }
        List<KicadDrcReport.Item> items = f.items();
        Coordinate at = new Coordinate(v.xMm(), v.yMm());
        return switch (f.type()) {
            case "track_width" -> onLayer(items.get(0), v, layers) && (items.get(0).kind().contains("arc")
                    ? centredOn(v.location(), xy(items.get(0))) : v.location().distance(
                    com.fabwright.dfm.Findings.point(xy(items.get(0)))) < 0.01);
            case "annular_width", "drill_out_of_range" -> near(items.get(0), at, 0.01);
            case "hole_near_hole" -> items.size() == 2 && new LineSegment(xy(items.get(0)), xy(items.get(1))).distance(at) < 0.01;
            case "copper_edge_clearance" -> items.stream().filter(i -> !i.layers().contains("Edge.Cuts"))
                    .allMatch(i -> onLayer(i, v, layers) && netsOk(List.of(i), v) && close(i, at));
            default -> items.stream().allMatch(i -> close(i, at)) && netsOk(items, v)
                    && items.stream().anyMatch(i -> onLayer(i, v, layers));
        };
    }

    /** KiCad places an arc track at its circle's centre: both ends of our arc are equally far from it. */
    private static boolean centredOn(org.locationtech.jts.geom.Geometry arc, Coordinate centre) {
        Coordinate[] cs = arc.getCoordinates();
        double r0 = cs[0].distance(centre);
        return r0 > 0 && Math.abs(cs[cs.length - 1].distance(centre) - r0) < 0.005
                && Math.abs(cs[cs.length / 2].distance(centre) - r0) < 0.005;
    }

    private static Coordinate xy(KicadDrcReport.Item i) {
        return new Coordinate(i.x(), i.y());
    }

    private static boolean near(KicadDrcReport.Item i, Coordinate at, double tol) {
        return xy(i).distance(at) < tol;
    }

    /** The gap lies on or next to the item: within its length (tracks) plus 5 mm (pads, vias); zones anywhere. */
    private static boolean close(KicadDrcReport.Item i, Coordinate at) {
        if (i.kind().startsWith("Zone")) {
            return true;
        }
        return xy(i).distance(at) <= i.lengthMm() + 5.0;
    }

    private static boolean onLayer(KicadDrcReport.Item i, Violation v, Map<String, String> layers) {
        if (i.layers().size() > 1 || i.layers().isEmpty()) {
            return true; // vias and through-hole pads are on every layer
        }
        return v.layers().contains(layers.getOrDefault(i.layers().get(0), i.layers().get(0)));
    }

    private static boolean netsOk(List<KicadDrcReport.Item> items, Violation v) {
        List<String> ours = v.nets().stream().map(n -> n.equals("<no net>") ? "" : n.replace("{slash}", "/")).toList();
        if (ours.stream().anyMatch(n -> n.startsWith("N$"))) {
            return true; // connectivity nets carry no names; the gap, layer, place and value must still match
        }
        return items.stream().allMatch(i -> ours.contains(i.net()) || i.net().length() > 14 && ours.stream()
                .anyMatch(o -> o.length() == 14 && i.net().startsWith(o))); // IPC-D-356 names are 14 characters
    }

    static void writeReport(String board, Outcome o) throws IOException {
        Path out = Path.of("target", "corpus-reports", "dfm-kicad-recall-" + board + ".tsv");
        Files.createDirectories(out.getParent());
        Map<String, Long> extras = new LinkedHashMap<>();
        o.extras.forEach(v -> extras.merge(v.rule(), 1L, Long::sum));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out))) {
            w.println("type\tkicad\tmatched\trecall\tour_extras\tseconds=" + String.format(Locale.ROOT, "%.2f", o.result.seconds())
                    + "\tnets=" + o.result.netSource().label());
            o.perType.forEach((t, c) -> w.printf(Locale.ROOT, "%s\t%d\t%d\t%.4f\t%d%n", t, c[0], c[1],
                    c[0] == 0 ? 1.0 : (double) c[1] / c[0], extras.getOrDefault(RULE.get(t), 0L)));
            w.println();
            for (KicadDrcReport.Finding f : o.missed) {
                w.println("missed\t" + f.text() + "\t" + f.items());
                KicadDrcReport.Item it = f.items().stream().filter(i -> !i.kind().startsWith("Line") && !i.kind().startsWith("Arc"))
                        .findFirst().orElse(f.items().get(0));
                o.result.violations().stream().filter(v -> v.rule().equals(RULE.get(f.type())))
                        .filter(v -> Math.hypot(v.xMm() - it.x(), v.yMm() - it.y()) < 8)
                        .forEach(v -> w.printf(Locale.ROOT, "  near\t%.4f,%.4f\t%.5f\t%s\t%s\t%s%n", v.xMm(), v.yMm(),
                                v.measuredMm(), v.layers(), v.nets(), v.refs()));
            }
            for (Violation v : o.extras) {
                w.printf(Locale.ROOT, "extra\t%s\t%s\t%.4f,%.4f\t%s\t%s\t%s\t%s%n", v.rule(), v.layers(), v.xMm(), v.yMm(),
                        v.measuredMm(), v.nets(), v.refs(), explain(v, o));
            }
        }
    }
}
