package com.fabwright.job.identify;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.job.FileKind;
import com.fabwright.job.identify.GenericNameGuesser.Guess;
import com.fabwright.job.identify.NameRule.NameMatch;
import com.fabwright.job.identify.NameRule.Numbering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names every Gerber and drill file of a job. Evidence is taken in this order, the first that
 * speaks winning (DESIGN.md, "The data path"):
 * <ol>
 *   <li>the file's own X2 {@code .FileFunction} (confidence 0.99; 0.97 from an X1-compatible comment);</li>
 *   <li>the {@code FilesAttributes} of a {@code .gbrjob} in the job (0.95);</li>
 *   <li>the file-name family of a CAD tool ({@link NamingFamilies}), chosen as the one that explains
 *       most files of the job (0.9; 0.7 when only a family other than the job's explains the file;
 *       ambiguous when families disagree);</li>
 *   <li>the words of the name or of a film name written in the file ({@link GenericNameGuesser}, 0.6);</li>
 *   <li>weak content hints: Excellon content means a drill layer, one thin aperture and no flashes
 *       may be an outline (0.35).</li>
 * </ol>
 * Copper numbering is then settled for the whole job: from X2, the job file or the names; when
 * inner layers have no evidence of order they are placed in file-name order with low confidence,
 * all free places listed as candidates, and a warning says so. Nothing is guessed silently.
 */
public final class LayerIdentifier {

    /**
     * One file to identify.
     *
     * @param path  the file's path as shown to the user (its base name is what naming rules read)
     * @param kind  sniffed content kind, or {@code null} when only the name is known
     * @param hints what the file's first bytes say, {@link ContentHints#NONE} when unknown
     */
    public record FileToIdentify(String path, FileKind kind, ContentHints hints) {
        public FileToIdentify {
            hints = hints == null ? ContentHints.NONE : hints;
        }

        /** A file known by name only. */
        public static FileToIdentify byName(String path) {
            return new FileToIdentify(path, null, ContentHints.NONE);
        }
    }

    /**
     * The answer for a job.
     *
     * @param layers      path to identity, for every Gerber/Excellon (or unknown-kind) file
     * @param family      the naming family chosen for the job, or {@code null}
     * @param diagnostics ambiguities and assumptions, one per file concerned
     */
    public record Result(Map<String, LayerIdentity> layers, String family, List<Diagnostic> diagnostics) {
        public Result {
            layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
            diagnostics = List.copyOf(diagnostics);
        }
    }

    /** A not yet numbered answer from names. */
    private static final class Pending {
        final String path;
        LayerTemplate template;
        Integer copperIndex;
        boolean orderUnknown;
        double confidence;
        String evidence;
        List<String> candidates = List.of();
        Integer number;
        String board;
        boolean indexFromNumber;
        boolean fromGeneric;
        boolean explicitInner;
        LayerIdentity fixed;

        Pending(String path) {
            this.path = path;
        }
    }

    /** Identifies the layer files among {@code files}, using the job files found in the same job. */
    public Result identify(List<FileToIdentify> files, List<GerberJobFile> jobFiles) {
        List<FileToIdentify> layerFiles = files.stream()
                .filter(f -> f.kind() == null || f.kind().isLayerData()).toList();
        Map<NamingFamily, Integer> scores = scoreFamilies(layerFiles);
        NamingFamily best = null;
        int bestScore = 0;
        for (NamingFamily family : NamingFamilies.ALL) {
            int s = scores.getOrDefault(family, 0);
            if (s > bestScore) {
                best = family;
                bestScore = s;
            }
        }
        if (bestScore < 2 && layerFiles.size() > 2) {
            best = null; // one matching name does not make a convention
            bestScore = 0;
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        for (FileToIdentify file : layerFiles) {
            pending.add(identifyOne(file, jobFiles, best, bestScore, layerFiles.size(), scores));
        }
        promoteOutline(pending);
        Map<String, List<Pending>> boards = boards(pending);
        if (boards.size() > 1) {
            diagnostics.add(new Diagnostic(Severity.INFO, "JOB-I001", "", SourcePosition.UNKNOWN,
                    "the job holds the copper layers of " + boards.size() + " boards (" + String.join(", ",
                            boards.keySet()) + "); each board's stack is numbered on its own", ""));
            List<Pending> noFixed = List.of();
            boards.values().forEach(group -> settleCopper(group, noFixed, jobFiles));
        } else {
            settleCopper(pending, pending, jobFiles);
        }
        Map<String, LayerIdentity> out = new LinkedHashMap<>();
        for (Pending p : pending) {
            LayerIdentity id = p.fixed != null ? p.fixed : toIdentity(p);
            out.put(p.path, id);
            if (id.ambiguous()) {
                diagnostics.add(new Diagnostic(Severity.WARNING, id.function() == LayerFunction.COPPER
                        && id.side() == Side.INNER ? "JOB-W011" : "JOB-W010", p.path, SourcePosition.UNKNOWN,
                        "layer identification is uncertain: " + id.evidence() + "; candidates "
                                + String.join(", ", id.candidates()), ""));
            } else if (id.confidence() < 0.3) {
                diagnostics.add(new Diagnostic(Severity.WARNING, "JOB-W012", p.path, SourcePosition.UNKNOWN,
                        "layer not identified: " + id.evidence(), ""));
            }
        }
        return new Result(out, best == null ? null : best.name, diagnostics);
    }

    private static Map<NamingFamily, Integer> scoreFamilies(List<FileToIdentify> files) {
        Map<NamingFamily, Integer> scores = new LinkedHashMap<>();
        for (NamingFamily family : NamingFamilies.ALL) {
            int n = 0;
            for (FileToIdentify f : files) {
                if (family.match(lowerBase(f.path()), f.kind()) != null) {
                    n++;
                }
            }
            scores.put(family, n);
        }
        return scores;
    }

    private Pending identifyOne(FileToIdentify file, List<GerberJobFile> jobFiles, NamingFamily best, int bestScore,
                                int jobSize, Map<NamingFamily, Integer> scores) {
        Pending p = new Pending(file.path());
        ContentHints hints = file.hints();
        if (!hints.fileFunction().isEmpty()) {
            String source = file.kind() == FileKind.EXCELLON ? "X2 drill comment TF.FileFunction"
                    : hints.x2Comment() ? "X2 comment TF.FileFunction" : "X2 %TF.FileFunction";
            p.fixed = X2FileFunction.toIdentity(hints.fileFunction(), hints.x2Comment() ? 0.97 : 0.99, source);
            if (p.fixed != null) {
                return p;
            }
        }
        for (GerberJobFile job : jobFiles) {
            List<String> function = job.functionOf(file.path());
            if (function != null) {
                p.fixed = X2FileFunction.toIdentity(function, 0.95, "job file " + job.name() + " FileFunction");
                if (p.fixed != null) {
                    return p;
                }
            }
        }
        String lower = lowerBase(file.path());
        if (best != null) {
            NameMatch m = best.match(lower, file.kind());
            if (m != null) {
                double c = bestScore >= 2 || jobSize == 1 ? 0.9 : 0.8;
                fromName(p, m, c, best.name + " file name (this convention explains " + bestScore + " of "
                        + jobSize + " layer files)", file);
                return p;
            }
        }
        Map<String, NameMatch> byKey = new LinkedHashMap<>();
        Map<String, String> familyByKey = new LinkedHashMap<>();
        NamingFamily firstFamily = null;
        int firstScore = -1;
        for (NamingFamily family : NamingFamilies.ALL) {
            NameMatch m = family.match(lower, file.kind());
            if (m == null) {
                continue;
            }
            int s = scores.getOrDefault(family, 0);
            if (s > firstScore) {
                firstFamily = family;
                firstScore = s;
            }
            byKey.putIfAbsent(m.key(), m);
            familyByKey.merge(m.key(), family.name, (a, b) -> a + ", " + b);
        }
        if (!byKey.isEmpty()) {
            NameMatch chosen = firstFamily.match(lower, file.kind());
            if (byKey.size() == 1) {
                fromName(p, chosen, 0.7, firstFamily.name + " file name", file);
            } else {
                fromName(p, chosen, 0.45, "file name read differently by " + familyByKey, file);
                List<String> cands = new ArrayList<>();
                cands.add(chosen.key());
                byKey.keySet().stream().filter(k -> !k.equals(chosen.key())).forEach(cands::add);
                p.candidates = cands;
            }
            return p;
        }
        Guess g = GenericNameGuesser.guess(baseName(file.path()));
        String via = "file name";
        if (g == null && hints.layerName() != null) {
            String layerName = hints.layerName().toLowerCase(Locale.ROOT);
            for (NamingFamily family : NamingFamilies.ALL) {
                NameMatch m = family.match(layerName, file.kind());
                if (m != null && m.template() != LayerTemplate.NOT_A_LAYER) {
                    fromName(p, m, 0.6, hints.layerNameSource() + " '" + hints.layerName() + "' in the "
                            + family.name + " convention", file);
                    p.board = null;
                    return p;
                }
            }
        }
        if (g == null && hints.layerName() != null) {
            g = GenericNameGuesser.guess(hints.layerName());
            via = hints.layerNameSource() + " '" + hints.layerName() + "'";
        }
        if (g != null && acceptable(g.template(), file.kind())) {
            p.template = g.template();
            p.copperIndex = g.copperIndex();
            p.indexFromNumber = g.copperIndex() != null;
            p.fromGeneric = true;
            p.orderUnknown = g.orderUnknown();
            p.confidence = g.template() == LayerTemplate.OTHER ? 0.3 : 0.6;
            p.evidence = via + ": " + g.why();
            applyPlating(p, file);
            return p;
        }
        if (file.kind() == FileKind.EXCELLON) {
            p.template = LayerTemplate.DRILL;
            p.confidence = 0.7;
            p.evidence = "Excellon content; name in no known convention";
            applyPlating(p, file);
            return p;
        }
        if (file.kind() == FileKind.GERBER && hints.singleThinAperture()) {
            p.template = LayerTemplate.OUTLINE;
            p.confidence = 0.35;
            p.evidence = "weak content hint: one thin round aperture and no flashes or regions";
            p.candidates = List.of("outline", "other");
            return p;
        }
        p.template = LayerTemplate.OTHER;
        p.confidence = 0.1;
        p.evidence = "no X2 attribute, no job file entry, name in no known convention";
        return p;
    }

    private static boolean acceptable(LayerTemplate t, FileKind kind) {
        if (kind == FileKind.EXCELLON) {
            return t.isDrill() || t == LayerTemplate.OUTLINE;
        }
        return true;
    }

    private static void fromName(Pending p, NameMatch m, double confidence, String evidence, FileToIdentify file) {
        p.template = m.template();
        p.number = m.number();
        p.copperIndex = m.copperIndex();
        p.indexFromNumber = m.number() != null && p.copperIndex != null;
        p.explicitInner = m.rule().numbering() == Numbering.INNER_INDEX;
        p.orderUnknown = m.rule().numbering() == Numbering.ORDER_UNKNOWN;
        p.board = m.prefix();
        p.confidence = confidence;
        p.evidence = evidence;
        applyPlating(p, file);
    }

    /** Altium's {@code ;TYPE=PLATED} comment settles plating that the name leaves open. */
    private static void applyPlating(Pending p, FileToIdentify file) {
        Boolean plated = file.hints().plated();
        if (p.template == LayerTemplate.DRILL && plated != null) {
            p.template = plated ? LayerTemplate.DRILL_PTH : LayerTemplate.DRILL_NPTH;
            p.evidence += "; drill comment ;TYPE=" + (plated ? "PLATED" : "NON_PLATED");
        }
    }

    /**
     * Altium/Protel: without a {@code .GKO}, the lowest-numbered mechanical layer is taken as the
     * outline (Altium's usual Mechanical 1); with one, mechanical layers stay mechanical.
     */
    private static void promoteOutline(List<Pending> pending) {
        boolean hasOutline = pending.stream().anyMatch(p -> p.template == LayerTemplate.OUTLINE
                || p.fixed != null && p.fixed.function() == LayerFunction.OUTLINE);
        if (hasOutline) {
            return;
        }
        Pending lowest = null;
        int count = 0;
        for (Pending p : pending) {
            if (p.fixed == null && p.template == LayerTemplate.MECHANICAL && p.number != null) {
                count++;
                if (lowest == null || p.number < lowest.number) {
                    lowest = p;
                }
            }
        }
        if (lowest != null) {
            lowest.template = LayerTemplate.OUTLINE;
            lowest.confidence = Math.min(lowest.confidence, count == 1 ? 0.8 : 0.7);
            lowest.evidence += "; no .GKO in the job: lowest-numbered mechanical layer (GM" + lowest.number
                    + ") taken as the outline";
        }
    }

    /**
     * Copper files named by a tool convention, grouped by board name when the names show more than
     * one board (two gEDA boards exported into one folder); a single group otherwise.
     */
    private static Map<String, List<Pending>> boards(List<Pending> pending) {
        Map<String, List<Pending>> byBoard = new LinkedHashMap<>();
        for (Pending p : pending) {
            if (p.fixed == null && p.template != null && p.template.isCopper() && p.board != null && !p.board.isEmpty()) {
                byBoard.computeIfAbsent(p.board, k -> new ArrayList<>()).add(p);
            }
        }
        boolean eachHasTopOrBottom = byBoard.values().stream().allMatch(g -> g.stream().anyMatch(
                p -> p.template == LayerTemplate.TOP_COPPER || p.template == LayerTemplate.BOTTOM_COPPER));
        if (byBoard.size() <= 1 || !eachHasTopOrBottom) {
            return Map.of();
        }
        List<Pending> rest = pending.stream().filter(p -> p.fixed == null && p.template != null
                && p.template.isCopper() && (p.board == null || p.board.isEmpty())).toList();
        if (!rest.isEmpty()) {
            byBoard.put("(unnamed)", new ArrayList<>(rest));
        }
        return byBoard;
    }

    /**
     * Numbers the copper layers among {@code pending}.
     *
     * @param pending   the files of one board
     * @param withFixed files whose X2/job-file copper indexes count for this board
     */
    private static void settleCopper(List<Pending> pending, List<Pending> withFixed, List<GerberJobFile> jobFiles) {
        List<Pending> copper = pending.stream().filter(p -> p.fixed == null && p.template != null
                && p.template.isCopper()).toList();
        if (copper.isEmpty()) {
            return;
        }
        int fixedMax = 0;
        int fixedCount = 0;
        Set<Integer> used = new LinkedHashSet<>();
        for (Pending p : withFixed) {
            if (p.fixed != null && p.fixed.function() == LayerFunction.COPPER) {
                fixedCount++;
                if (p.fixed.copperIndex() != null) {
                    fixedMax = Math.max(fixedMax, p.fixed.copperIndex());
                    used.add(p.fixed.copperIndex());
                }
            }
        }
        Integer jobLayers = jobFiles.stream().map(GerberJobFile::layerNumber).filter(n -> n != null)
                .findFirst().orElse(null);
        // Name-given indexes that collide (Allegro TOP.art and LAYER_1.art) are not trusted.
        Map<Integer, List<Pending>> byIndex = new LinkedHashMap<>();
        for (Pending p : copper) {
            if (p.template == LayerTemplate.TOP_COPPER) {
                p.copperIndex = 1;
            }
            if (p.copperIndex != null) {
                byIndex.computeIfAbsent(p.copperIndex, k -> new ArrayList<>()).add(p);
            }
        }
        // a layer 0 in the names means the tool counts from 0: its numbers are not copper numbers
        boolean collision = copper.stream().anyMatch(p -> p.fromGeneric && p.copperIndex != null && p.copperIndex < 1);
        for (Map.Entry<Integer, List<Pending>> e : byIndex.entrySet()) {
            List<Pending> list = e.getValue();
            boolean takenByFixed = used.contains(e.getKey());
            boolean someBySide = list.stream().anyMatch(p -> !p.indexFromNumber);
            if (list.size() > 1 || takenByFixed) {
                for (Pending p : list) {
                    // only numbers read from free-form words are doubted; a tool convention's numbers
                    // (KiCad In1.Cu, Eagle .ly2) are documented, and two files with one number are the
                    // same layer exported twice
                    if (p.fromGeneric && p.indexFromNumber && (takenByFixed || someBySide || list.size() > 1)) {
                        collision = true;
                    }
                }
            }
        }
        if (collision) {
            // a number in a name that collides (Allegro TOP.art beside LAYER_1.art) says the tool
            // numbers something else than copper layers: none of the numbers in this stack is trusted
            for (Pending p : copper) {
                if (p.fromGeneric && p.indexFromNumber && p.template != LayerTemplate.BOTTOM_COPPER) {
                    p.evidence += "; layer numbers in the names collide with other copper files, so not used";
                    p.template = LayerTemplate.INNER_COPPER;
                    p.copperIndex = null;
                    p.orderUnknown = true;
                }
            }
        }
        int knownMax = fixedMax;
        for (Pending p : copper) {
            if (p.copperIndex != null) {
                knownMax = Math.max(knownMax, p.copperIndex);
            }
        }
        int count = copper.size() + fixedCount;
        boolean hasBottom = copper.stream().anyMatch(p -> p.template == LayerTemplate.BOTTOM_COPPER);
        Pending bottomByIndex = null;
        if (!hasBottom) {
            for (Pending p : copper) {
                if (p.template == LayerTemplate.INNER_COPPER && !p.explicitInner && p.copperIndex != null && p.copperIndex == knownMax
                        && knownMax >= count && (jobLayers == null || knownMax >= jobLayers)) {
                    bottomByIndex = p;
                }
            }
        }
        int n;
        if (bottomByIndex != null) {
            n = knownMax;
            bottomByIndex.template = LayerTemplate.BOTTOM_COPPER;
            bottomByIndex.evidence += "; highest copper number in the job, so the bottom layer";
        } else {
            Pending explicitBottom = copper.stream().filter(p -> p.template == LayerTemplate.BOTTOM_COPPER
                    && p.copperIndex != null).findFirst().orElse(null);
            int innerMax = copper.stream().filter(p -> p.template != LayerTemplate.BOTTOM_COPPER && p.copperIndex != null)
                    .mapToInt(p -> p.copperIndex).max().orElse(1);
            n = Math.max(count, Math.max(innerMax + (hasBottom ? 1 : 0), Math.max(fixedMax, jobLayers == null ? 0 : jobLayers)));
            if (explicitBottom != null) {
                n = Math.max(n, explicitBottom.copperIndex);
            }
        }
        String countWhy = jobLayers != null ? "job file LayerNumber " + jobLayers
                : "counted from the job's copper files, assuming none is missing";
        for (Pending p : copper) {
            if (p.template == LayerTemplate.BOTTOM_COPPER) {
                if (p.copperIndex == null || p.copperIndex != n) {
                    p.copperIndex = n;
                    p.evidence += "; bottom is L" + n + " (" + countWhy + ")";
                }
            }
        }
        for (Pending p : copper) {
            if (p.copperIndex != null) {
                used.add(p.copperIndex);
            }
        }
        List<Pending> unknown = copper.stream().filter(p -> p.copperIndex == null).sorted((a, b) -> {
            int na = a.number == null ? Integer.MAX_VALUE : a.number;
            int nb = b.number == null ? Integer.MAX_VALUE : b.number;
            return na != nb ? Integer.compare(na, nb) : a.path.compareToIgnoreCase(b.path);
        }).toList();
        if (unknown.isEmpty()) {
            return;
        }
        boolean hasTop = copper.stream().anyMatch(p -> p.template == LayerTemplate.TOP_COPPER) || used.contains(1);
        boolean hasBottomNow = copper.stream().anyMatch(p -> p.template == LayerTemplate.BOTTOM_COPPER);
        int last = hasBottomNow ? n - 1 : n;
        List<Integer> free = new ArrayList<>();
        for (int i = hasTop ? 2 : 1; i <= last || free.size() < unknown.size() && i < 100; i++) {
            if (!used.contains(i)) {
                free.add(i);
            }
        }
        final int stack = Math.max(n, free.isEmpty() ? n : free.get(free.size() - 1));
        List<String> freeIds = free.stream().map(i -> LayerIdentity.copperId(i, hasBottomNow ? -1 : stack)).toList();
        for (int k = 0; k < unknown.size(); k++) {
            Pending p = unknown.get(k);
            p.copperIndex = free.get(k);
            String slotId = freeIds.get(k);
            p.template = slotId.equals("top-copper") ? LayerTemplate.TOP_COPPER
                    : slotId.equals("bottom-copper") ? LayerTemplate.BOTTOM_COPPER : LayerTemplate.INNER_COPPER;
            if (unknown.size() == 1 && free.size() == 1) {
                p.confidence = Math.min(p.confidence, 0.6);
                p.evidence += "; inner place L" + p.copperIndex + " is the only one left in the stack";
            } else {
                p.confidence = Math.min(p.confidence, 0.35);
                p.evidence += "; copper layer order not settled by X2, job file or names: placed at L"
                        + p.copperIndex + " by file-name order";
                List<String> cands = new ArrayList<>();
                cands.add(slotId);
                freeIds.stream().filter(id -> !cands.contains(id)).forEach(cands::add);
                p.candidates = cands;
            }
        }
        // a stack whose bottom is not yet numbered uses the count
        for (Pending p : copper) {
            if (p.template == LayerTemplate.BOTTOM_COPPER && p.copperIndex == null) {
                p.copperIndex = n;
            }
        }
    }

    private static LayerIdentity toIdentity(Pending p) {
        LayerTemplate t = p.template;
        String id;
        Integer copperIndex = null;
        if (t.isCopper()) {
            copperIndex = p.copperIndex;
            id = t == LayerTemplate.TOP_COPPER ? "top-copper" : t == LayerTemplate.BOTTOM_COPPER ? "bottom-copper"
                    : copperIndex == null ? "inner?-copper" : "inner" + (copperIndex - 1) + "-copper";
        } else {
            id = t.key(p.number);
        }
        return new LayerIdentity(id, t.function, t.side, copperIndex, p.confidence, p.evidence, p.candidates);
    }

    static String baseName(String path) {
        String s = path.replace('\\', '/');
        if (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        int slash = s.lastIndexOf('/');
        return slash >= 0 ? s.substring(slash + 1) : s;
    }

    static String lowerBase(String path) {
        return baseName(path).toLowerCase(Locale.ROOT);
    }
}
