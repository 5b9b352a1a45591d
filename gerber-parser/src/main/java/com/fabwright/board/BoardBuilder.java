package com.fabwright.board;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.geometry.Units;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.PointGrid;
import com.fabwright.job.FileKind;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.GerberJobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;

/**
 * Builds a {@link Board} from identified job files: orders the copper, finds the outline (the
 * outline layer when it closes; else the smallest closed thin contour enclosing the copper in a
 * mechanical layer, then a drawing, then a copper layer; else the open outline or none, said so), collects the drill layers (Excellon files and
 * Gerber drill files), marks the ones that repeat another's holes, and counts the holes.
 */
public final class BoardBuilder {
    /** Thin lines only when looking for an edge outside the outline layer. */
    static final double FALLBACK_MAX_LINE_MM = 0.5;
    /** A fallback contour must cover this fraction of the copper's extent. */
    static final double FALLBACK_MIN_COVER = 0.9;
    /** ...and be at most this many times its area: a drawing's frame is not the board. */
    static final double FALLBACK_MAX_GROWTH = 4;
    /** An outline layer that never closes must still cover this much of the copper to give a size. */
    static final double FALLBACK_MIN_OPEN_COVER = 0.5;
    /** Two drill layers are the same when this fraction of one's holes sits on the other's. */
    static final double DUPLICATE_FRACTION = 0.9;
    private static final long SAME_HOLE_NM = 10_000;

    private final OutlineExtractor extractor;

    public BoardBuilder() {
        this(new OutlineExtractor());
    }

    public BoardBuilder(OutlineExtractor extractor) {
        this.extractor = extractor;
    }

    /**
     * A package may hold the same board twice: an ODB++ product beside its Gerber/Excellon export.
     * Stacking both would double every layer and give two outlines, so the board is built from the
     * Gerber/Excellon layers and the ODB++ layers stay listed in the job, unused (BRD-W008).
     */
    private static List<JobFile> oneRepresentation(List<JobFile> files, List<Diagnostic> diagnostics) {
        boolean odb = files.stream().anyMatch(f -> f.kind() == FileKind.ODB && f.layer() != null);
        boolean gerber = files.stream().anyMatch(f -> f.layer() != null
                && (f.kind() == FileKind.GERBER || f.kind() == FileKind.EXCELLON));
        if (!odb || !gerber) {
            return files;
        }
        diagnostics.add(new Diagnostic(Severity.WARNING, "BRD-W008", "", SourcePosition.UNKNOWN,
                "the job holds both an ODB++ product and Gerber/Excellon layers; the board is built from the"
                        + " Gerber/Excellon layers (load the ODB++ product alone to use it)", ""));
        return files.stream().filter(f -> f.kind() != FileKind.ODB).toList();
    }

    public Board build(List<JobFile> files, List<GerberJobFile> jobFiles) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        files = oneRepresentation(files, diagnostics);
        List<BoardLayer> copper = copper(files);
        GerberJobFile job = jobFiles.isEmpty() ? null : jobFiles.get(0);
        int fileCount = (int) Math.max(copper.size(), copper.stream().map(l -> l.layer().copperIndex())
                .filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0));
        int copperLayers = fileCount;
        String copperEvidence = copper.size() + " copper file(s)";
        if (job != null && job.layerNumber() != null) {
            copperLayers = job.layerNumber();
            copperEvidence = job.name() + " GeneralSpecs.LayerNumber " + job.layerNumber() + "; " + copperEvidence;
            if (job.layerNumber() != fileCount) {
                diagnostics.add(new Diagnostic(Severity.WARNING, "BRD-W006", job.name(), SourcePosition.UNKNOWN,
                        "the job file gives " + job.layerNumber() + " copper layers but the job has " + fileCount
                                + " copper layer file(s); the job file's count is used", ""));
            }
        }
        Outline outline = outline(files, copper, diagnostics);
        diagnostics.addAll(outline.diagnostics());
        List<DrillLayer> drills = markDuplicates(drillLayers(files), diagnostics);
        HoleTable table = HoleTable.of(drills);
        if (table.unknownPlating() > 0) {
            diagnostics.add(new Diagnostic(Severity.WARNING, "BRD-W007", "", SourcePosition.UNKNOWN, table.unknownPlating()
                    + " hole(s) of unknown plating: no tool comment, file attribute or file name says plated or not", ""));
        }
        return new Board(copper, copperLayers, copperEvidence, outline, drills, table,
                job == null ? null : job.thicknessMm(), job == null ? null : job.finish(), diagnostics);
    }

    private static List<BoardLayer> copper(List<JobFile> files) {
        List<BoardLayer> out = new ArrayList<>();
        for (JobFile f : files) {
            if (f.layer() != null && f.layer().function() == LayerFunction.COPPER && f.gerber() != null) {
                out.add(new BoardLayer(f.path(), f.layer(), f.gerber().image()));
            }
        }
        out.sort(Comparator.comparingInt((BoardLayer l) -> copperRank(l.layer())).thenComparing(BoardLayer::path));
        return out;
    }

    /** Top first, numbered layers by number, unnumbered inner layers, bottom last. */
    private static int copperRank(LayerIdentity id) {
        if (id.copperIndex() != null) {
            return id.side() == Side.BOTTOM ? 1_000_000 + id.copperIndex() : id.copperIndex();
        }
        return switch (id.side()) {
            case TOP -> 0;
            case BOTTOM -> 2_000_000;
            default -> 500_000;
        };
    }

    private Outline outline(List<JobFile> files, List<BoardLayer> copper, List<Diagnostic> diagnostics) {
        Outline best = null;
        for (JobFile f : files) {
            if (f.layer() == null || f.layer().function() != LayerFunction.OUTLINE) {
                continue;
            }
            Image image = f.image();
            if (image == null) {
                continue;
            }
            Outline o = extractor.extract(image, f.path(), "outline layer " + f.path() + " (" + f.layer().evidence() + ")");
            if (best == null || better(o, best)) {
                best = o;
            }
        }
        if (best != null && !best.board().isEmpty()) {
            return best;
        }
        Envelope copperExtent = extent(copper.stream().map(BoardLayer::image).toList());
        String prefix = best == null ? "no outline layer" : "outline layer " + best.source() + " has no closed contour";
        for (LayerFunction function : List.of(LayerFunction.MECHANICAL, LayerFunction.DRAWING, LayerFunction.COPPER)) {
            Outline found = null;
            for (JobFile f : files) {
                if (f.layer() == null || f.layer().function() != function || f.gerber() == null) {
                    continue;
                }
                Outline o = extractor.extract(f.gerber().image(), f.path(), prefix + "; board edge from the smallest"
                        + " closed thin contour (lines up to " + FALLBACK_MAX_LINE_MM + " mm) enclosing the copper, in the "
                        + function.label() + " layer " + f.path(), FALLBACK_MAX_LINE_MM);
                Outline edge = enclosing(o, copperExtent);
                if (edge != null && (found == null || area(edge) < area(found))) {
                    found = edge;
                }
            }
            if (found != null) {
                return new Outline(found.source(), found.board(), found.board(), Boolean.TRUE, found.evidence(),
                        List.of(new Diagnostic(Severity.WARNING, "BRD-W003", found.source(), SourcePosition.UNKNOWN,
                                found.evidence(), "")));
            }
        }
        if (best != null && best.found() && covers(best.centreLine(), copperExtent, FALLBACK_MIN_OPEN_COVER)) {
            return best;
        }
        String why = best == null ? "no outline layer, and no closed thin contour enclosing the copper in a mechanical,"
                + " drawing or copper layer" : best.evidence() + (best.found() ? "; its chains span less than half of the"
                + " copper, so they are not the board edge" : "");
        diagnostics.add(new Diagnostic(Severity.WARNING, "BRD-W004", best == null ? "" : best.source(),
                SourcePosition.UNKNOWN, "board outline not found: " + why + "; board size unknown", ""));
        // an outline layer that is not the edge (Allegro's .rou holds routed slots): no size, not closed
        return best != null ? new Outline(best.source(), List.of(), List.of(), Boolean.FALSE, why, best.diagnostics())
                : Outline.none(why, List.of());
    }

    /** A closed board contour beats none; then the larger board; then more contours. */
    private static boolean better(Outline a, Outline b) {
        if (a.board().isEmpty() != b.board().isEmpty()) {
            return !a.board().isEmpty();
        }
        if (!a.board().isEmpty()) {
            return area(a) > area(b);
        }
        return a.contours().size() > b.contours().size();
    }

    private static double area(Outline o) {
        return o.board().stream().mapToDouble(OutlineContour::areaMm2).sum();
    }

    /**
     * The smallest closed contour of {@code o} whose bounds cover {@value #FALLBACK_MIN_COVER} of
     * the copper's extent and are at most {@value #FALLBACK_MAX_GROWTH} times its area, as an
     * outline of that contour alone; {@code null} when none does. The smallest, and not too large,
     * because drawings also hold frames and title blocks around the board.
     */
    private static Outline enclosing(Outline o, Envelope copper) {
        OutlineContour best = null;
        for (OutlineContour c : o.contours()) {
            if (!c.closed() || c.areaMm2() <= 0) {
                continue;
            }
            boolean hugs = copper.isNull() || c.bounds().getArea() <= FALLBACK_MAX_GROWTH * copper.getArea();
            if (covers(c.bounds(), copper, FALLBACK_MIN_COVER) && hugs && (best == null || c.areaMm2() < best.areaMm2())) {
                best = c;
            }
        }
        return best == null ? null : new Outline(o.source(), List.of(best), List.of(best), Boolean.TRUE, o.evidence(), List.of());
    }

    /** Whether {@code e} covers {@code fraction} of the copper's extent (always, without copper). */
    private static boolean covers(Envelope e, Envelope copper, double fraction) {
        if (copper.isNull() || copper.getArea() <= 0) {
            return true;
        }
        Envelope common = e.intersection(copper);
        return !common.isNull() && common.getArea() >= fraction * copper.getArea();
    }

    /** Extent of the objects' defining points (flash centres, draw ends) in mm. */
    private static Envelope extent(List<Image> images) {
        Envelope e = new Envelope();
        for (Image image : images) {
            for (GraphicObject o : image.objects()) {
                if (o instanceof GraphicObject.Flash f) {
                    include(e, f.at());
                } else if (o instanceof GraphicObject.Draw d) {
                    include(e, d.from());
                    include(e, d.to());
                } else if (o instanceof GraphicObject.ArcDraw a) {
                    include(e, a.from());
                    include(e, a.to());
                }
            }
        }
        return e;
    }

    private static void include(Envelope e, Point p) {
        e.expandToInclude(Units.mm(p.x()), Units.mm(p.y()));
    }

    /** Excellon drill files (not those identified as outline or rout), then Gerber drill files. */
    private static List<DrillLayer> drillLayers(List<JobFile> files) {
        List<DrillLayer> excellon = new ArrayList<>();
        List<DrillLayer> gerber = new ArrayList<>();
        for (JobFile f : files) {
            LayerFunction function = f.layer() == null ? LayerFunction.OTHER : f.layer().function();
            if (f.kind() == FileKind.EXCELLON && f.drill() != null && function != LayerFunction.OUTLINE
                    && function != LayerFunction.ROUT) {
                excellon.add(DrillLayer.of(f.path(), f.layer(), f.drill()));
            } else if (f.gerber() != null && function == LayerFunction.DRILL) {
                gerber.add(DrillLayer.of(f.path(), f.layer(), f.gerber().image()));
            }
        }
        excellon.addAll(gerber);
        return excellon;
    }

    /**
     * Marks layers whose holes (at least {@value #DUPLICATE_FRACTION} of them, within 0.01 mm) are
     * already in an earlier layer: KiCad writes the same drills as Excellon and as Gerber X2, and in
     * two Excellon flavours (G85 slots or routed), and customers send them all.
     */
    private static List<DrillLayer> markDuplicates(List<DrillLayer> layers, List<Diagnostic> diagnostics) {
        List<DrillLayer> out = new ArrayList<>();
        List<PointGrid> grids = new ArrayList<>();
        for (DrillLayer layer : layers) {
            int bestMatches = 0;
            int bestIndex = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).duplicateOf() != null || out.get(i).holes().size() != layer.holes().size()
                        && Math.abs(out.get(i).holes().size() - layer.holes().size()) > layer.holes().size() / 10) {
                    continue;
                }
                int matches = 0;
                for (Hole h : layer.holes()) {
                    matches += grids.get(i).near(h.at()) ? 1 : 0;
                }
                if (matches > bestMatches) {
                    bestMatches = matches;
                    bestIndex = i;
                }
            }
            if (!layer.holes().isEmpty() && bestIndex >= 0 && bestMatches >= DUPLICATE_FRACTION * layer.holes().size()) {
                String other = out.get(bestIndex).path();
                diagnostics.add(new Diagnostic(Severity.WARNING, "BRD-W005", layer.path(), SourcePosition.UNKNOWN,
                        String.format(Locale.ROOT, "holds the same holes as %s (%d of %d within 0.01 mm); not counted twice",
                                other, bestMatches, layer.holes().size()), ""));
                out.add(layer.asDuplicateOf(other));
            } else {
                out.add(layer);
            }
            grids.add(new PointGrid(layer.holes().stream().map(Hole::at).toList(), SAME_HOLE_NM));
        }
        return out;
    }

}
