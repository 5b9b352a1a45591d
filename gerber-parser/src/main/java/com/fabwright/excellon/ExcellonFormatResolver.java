package com.fabwright.excellon;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Point;
import com.fabwright.input.InputLimits;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Chooses how to read a drill file whose header does not settle units, zero suppression or digits:
 * every candidate reading ({@link FormatCandidates}) is scored by the fraction of its holes that
 * land on the job's copper pad centres ({@link FormatScorer}); the best wins and a warning says so
 * with the margin ({@code DRL-W020}). Without pads, the file's own assumption is kept if its board
 * extent is plausible, else the first plausible reading ({@code DRL-W022}). A file that states its
 * format keeps it unless the copper flatly contradicts it ({@code DRL-W021}: under 20% on pads
 * while another reading puts over 80% there).
 */
public final class ExcellonFormatResolver {
    /** Pad-to-hole tolerance: 0.05 mm, well under any pad and over any CAD rounding. */
    public static final long DEFAULT_TOLERANCE_NM = 50_000L;
    /** Fewest holes for alignment to decide anything. */
    static final int MIN_HOLES = 3;
    private static final double MIN_EXTENT_MM = 1.0;
    private static final double MAX_EXTENT_MM = 1_000.0;

    private ExcellonFormatResolver() {
    }

    /** Resolves with default limits and tolerance; {@code padCentres} may be empty. */
    public static FormatResolution resolve(byte[] content, String name, List<Point> padCentres) {
        return resolve(content, name, padCentres, null, InputLimits.DEFAULTS, DEFAULT_TOLERANCE_NM);
    }

    /** Resolves with Allegro parameters (may be null), limits and a tolerance in nanometres. */
    public static FormatResolution resolve(byte[] content, String name, List<Point> padCentres, NcParameters nc,
                                           InputLimits limits, long toleranceNm) {
        ExcellonReader reader = new ExcellonReader(limits);
        DrillFile base = nc == null ? reader.read(name, content) : reader.readWithNcParameters(name, content, nc);
        if (base.holeCount() == 0) {
            return new FormatResolution(base, base.hasErrors() ? 0 : 1, false, List.of());
        }
        boolean pads = !padCentres.isEmpty() && base.holeCount() >= MIN_HOLES;
        if (base.evidence().settled()) {
            return pads ? checkStated(reader, base, content, padCentres, toleranceNm)
                    : new FormatResolution(base, 1, false, List.of());
        }
        List<Scored> scored = readAll(reader, base, content, FormatCandidates.enumerate(base), padCentres, toleranceNm, pads);
        if (pads && scored.get(0).score > 0) {
            return byAlignment(base, scored);
        }
        return byPlausibility(base, scored, pads);
    }

    private record Scored(ExcellonFormat format, DrillFile file, double score, boolean plausible, boolean isOwn) {
    }

    private static List<Scored> readAll(ExcellonReader reader, DrillFile base, byte[] content, List<ExcellonFormat> formats,
                                        List<Point> padCentres, long tol, boolean pads) {
        List<Scored> out = new ArrayList<>();
        List<List<DrillHit>> seen = new ArrayList<>();
        for (ExcellonFormat f : formats) {
            DrillFile file = f.equals(base.format()) ? base : reader.read(base.name(), content, f);
            boolean duplicate = seen.stream().anyMatch(h -> samePoints(h, file.hits())) && !file.hits().isEmpty();
            if (duplicate) {
                continue; // a reading identical to an earlier one (full-width numbers, digits that do not matter)
            }
            seen.add(file.hits());
            double score = pads ? FormatScorer.score(file, padCentres, tol) : Double.NaN;
            out.add(new Scored(f, file, score, plausible(file), f.equals(base.format())));
        }
        // Best score first; on a tie the file's own reading, then plausible ones, stay ahead.
        out.sort(Comparator.comparingDouble((Scored s) -> pads ? -s.score : 0)
                .thenComparing(s -> !s.isOwn).thenComparing(s -> !s.plausible));
        return out;
    }

    private static boolean samePoints(List<DrillHit> a, List<DrillHit> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).at().equals(b.get(i).at())) {
                return false;
            }
        }
        return true;
    }

    private static FormatResolution byAlignment(DrillFile base, List<Scored> scored) {
        Scored best = scored.get(0);
        double next = scored.size() > 1 ? scored.get(1).score : 0;
        String message = "format not fully stated in the file (" + missing(base.evidence()) + "): " + best.format.describe()
                + " chosen because " + pct(best.score) + " of holes land on copper pads (next best " + pct(next)
                + (scored.size() > 1 ? ", " + scored.get(1).format.describe() : "") + ")";
        DrillFile chosen = verdict(best.file, FormatOrigin.ALIGNED, "DRL-W020", message);
        double confidence = scored.size() > 1 ? margin(best, scored.get(1)) : best.score;
        return new FormatResolution(chosen, confidence, true, ranking(scored));
    }

    /**
     * The score margin among the holes the two readings place differently: two readings that differ
     * only in numbers with omitted zeros share most holes, and a plain score difference would then
     * understate a clear decision.
     */
    private static double margin(Scored best, Scored next) {
        List<DrillHit> a = best.file.hits();
        List<DrillHit> b = next.file.hits();
        int same = 0;
        if (a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                same += a.get(i).at().equals(b.get(i).at()) ? 1 : 0;
            }
        }
        double differing = a.isEmpty() ? 1 : 1 - (double) same / a.size();
        if (differing <= 0) {
            return 0;
        }
        return Math.max(0, Math.min(1, (best.score - next.score) / differing));
    }

    private static FormatResolution byPlausibility(DrillFile base, List<Scored> scored, boolean pads) {
        List<Scored> plausible = scored.stream().filter(s -> s.plausible).toList();
        Scored pick = plausible.stream().filter(s -> s.isOwn).findFirst()
                .orElse(plausible.isEmpty() ? scored.stream().filter(s -> s.isOwn).findFirst().orElse(scored.get(0)) : plausible.get(0));
        String message = "format not fully stated in the file (" + missing(base.evidence()) + ") and "
                + (pads ? "no reading puts holes on the copper pads" : "no copper pads to align with") + ": "
                + pick.format.describe() + " assumed, one of " + Math.max(1, plausible.size())
                + " readings giving a plausible board size";
        DrillFile chosen = verdict(pick.file, FormatOrigin.DEFAULT_ASSUMED, "DRL-W022", message);
        return new FormatResolution(chosen, 1.0 / Math.max(1, plausible.size()), true, ranking(scored));
    }

    private static FormatResolution checkStated(ExcellonReader reader, DrillFile base, byte[] content, List<Point> pads, long tol) {
        double own = FormatScorer.score(base, pads, tol);
        if (own >= 0.2) {
            return new FormatResolution(base, 1, false, List.of(new FormatResolution.Candidate(base.format(), own, plausible(base))));
        }
        List<Scored> scored = readAll(reader, base, content, FormatCandidates.enumerateAll(base), pads, tol, true);
        Scored best = scored.get(0);
        if (best.isOwn || best.score < 0.8) {
            return new FormatResolution(base, 1 - Math.max(0, best.score - own), true, ranking(scored));
        }
        String message = "the file states " + base.format().describe() + " but then only " + pct(own)
                + " of holes land on copper pads; " + best.format.describe() + " puts " + pct(best.score) + " there and is used";
        DrillFile chosen = verdict(best.file, FormatOrigin.ALIGNED, "DRL-W021", message);
        return new FormatResolution(chosen, best.score - own, true, ranking(scored));
    }

    /** The candidate reading with the resolver's warning instead of the "format imposed" note. */
    private static DrillFile verdict(DrillFile file, FormatOrigin origin, String code, String message) {
        List<Diagnostic> diags = new ArrayList<>();
        for (Diagnostic d : file.diagnostics()) {
            if (!d.code().equals("DRL-I002") && !d.code().equals("DRL-W001") && !d.code().equals("DRL-W002")
                    && !d.code().equals("DRL-W003")) {
                diags.add(d);
            }
        }
        diags.add(0, new Diagnostic(Severity.WARNING, code, file.name(), SourcePosition.UNKNOWN, message, ""));
        return file.withDiagnostics(diags).withFormatOrigin(origin);
    }

    private static List<FormatResolution.Candidate> ranking(List<Scored> scored) {
        return scored.stream().map(s -> new FormatResolution.Candidate(s.format, s.score, s.plausible)).toList();
    }

    /** Whether the holes span a board-like extent (1 mm..1 m). */
    static boolean plausible(DrillFile f) {
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long maxY = Long.MIN_VALUE;
        for (Point p : FormatScorer.holes(f)) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        if (minX == Long.MAX_VALUE) {
            return true;
        }
        double extent = Math.max(maxX - minX, maxY - minY) / 1e6;
        return f.holeCount() < 2 || extent >= MIN_EXTENT_MM && extent <= MAX_EXTENT_MM;
    }

    private static String missing(FormatEvidence ev) {
        List<String> parts = new ArrayList<>();
        if (!ev.unitsStated()) {
            parts.add("units");
        }
        if (!ev.zerosStated() && !ev.fixedWidth()) {
            parts.add("zero suppression");
        }
        if (!ev.digitsStated()) {
            parts.add("digits");
        }
        return String.join(", ", parts) + " missing";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }
}
