package com.fabwright.dfa;

import com.fabwright.assembly.AssemblyStatisticsCalculator;
import com.fabwright.assembly.MountType;
import com.fabwright.assembly.PackageClassifier;
import com.fabwright.assembly.Pad;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * Placements against the copper and the holes.
 *
 * <p>With {@code .P} pad attributes (the truth of which pads are whose): an SMD part whose pads are
 * all on the other side is {@code assembly.side-mismatch} (error); an SMD centroid outside the area
 * its own pads span on its side ({@link PadArea}, widened by {@link #TOLERANCE_MM}) is
 * {@code assembly.centroid-off-pad} (error); a through-hole part none of whose pads has a plated
 * hole, or whose centroid lies outside its pads' area, is {@code assembly.tht-off-hole} (warning).
 *
 * <p>Without them: an SMD part with no pad flash within {@link #SEARCH_MM} on its side is
 * {@code side-mismatch} when the other side has one there, else {@code centroid-off-pad}; a
 * through-hole part with no plated hole within {@link #SEARCH_MM} is {@code tht-off-hole}. Copper with
 * no pad flash at all (a panel frame, KiKit's board markers) gives nothing to check against.
 */
final class PadCheck {
    /** Slack around a part's pad area. */
    static final double TOLERANCE_MM = 0.05;
    /** Search radius for pads and holes when the copper does not say whose they are. */
    static final double SEARCH_MM = 10.0;

    private PadCheck() {
    }

    static List<Violation> run(CrossCheckInput in) {
        List<Violation> out = new ArrayList<>();
        if (in.topCopper() == null && in.bottomCopper() == null) {
            return out;
        }
        FeatureIndex holes = FeatureIndex.platedHoles(in.board());
        FeatureIndex topPads = null;
        FeatureIndex bottomPads = null;
        for (Placement p : in.assembly().placements()) {
            List<Pad> own = in.assembly().pads().of(p.refdes());
            MountType mount = AssemblyStatisticsCalculator.mount(p, own,
                    PackageClassifier.classify(p.footprint() != null ? p.footprint() : p.value(), own));
            if (!own.isEmpty()) {
                withPads(p, own, mount, holes, out);
            } else if (in.assembly().pads().isEmpty()) {
                if (topPads == null) {
                    topPads = FeatureIndex.pads(in.topCopper());
                    bottomPads = FeatureIndex.pads(in.bottomCopper());
                }
                withoutPads(p, mount, p.side() == Side.TOP ? topPads : bottomPads,
                        p.side() == Side.TOP ? bottomPads : topPads, holes, out);
            }
        }
        return out;
    }

    private static void withPads(Placement p, List<Pad> own, MountType mount, FeatureIndex holes, List<Violation> out) {
        List<Pad> onSide = own.stream().filter(a -> a.side() == p.side()).toList();
        List<String> layer = List.of(CrossCheckInput.copperId(p.side()));
        if (mount == MountType.THT) {
            boolean plated = holes.isEmpty() || own.stream().anyMatch(a -> holes.anyIn(PadArea.envelope(a)));
            double d = distance(PadArea.of(own), p);
            if (!plated || d > TOLERANCE_MM) {
                out.add(Findings.at(AssemblyRules.THT_OFF_HOLE, Severity.WARNING, p, layer, d, TOLERANCE_MM,
                        !plated ? p.refdes() + " is through-hole but none of its " + own.size() + " pads has a plated hole"
                                : String.format(Locale.ROOT, "%s centroid lies %.2f mm outside its pins", p.refdes(), d)));
            }
            return;
        }
        if (onSide.isEmpty()) {
            out.add(Findings.at(AssemblyRules.SIDE_MISMATCH, Severity.ERROR, p, layer, null, null,
                    p.refdes() + " is placed on the " + p.side().label() + " but its pads are on the "
                            + other(p.side()).label() + " copper"));
            return;
        }
        double d = distance(PadArea.of(onSide), p);
        if (d > TOLERANCE_MM) {
            out.add(Findings.at(AssemblyRules.CENTROID_OFF_PAD, Severity.ERROR, p, layer, d, TOLERANCE_MM,
                    String.format(Locale.ROOT, "%s centroid lies %.2f mm outside the area of its %d pad(s) on the %s copper",
                            p.refdes(), d, onSide.size(), p.side().label())));
        }
    }

    private static void withoutPads(Placement p, MountType mount, FeatureIndex sidePads, FeatureIndex otherPads,
                                    FeatureIndex holes, List<Violation> out) {
        List<String> layer = List.of(CrossCheckInput.copperId(p.side()));
        if (mount == MountType.THT) {
            if (!holes.isEmpty() && !holes.anyWithin(p.xMm(), p.yMm(), SEARCH_MM)) {
                out.add(Findings.at(AssemblyRules.THT_OFF_HOLE, Severity.WARNING, p, layer, null, SEARCH_MM,
                        p.refdes() + " is through-hole but no plated hole lies within " + SEARCH_MM + " mm"));
            }
            return;
        }
        if (sidePads.isEmpty() && otherPads.isEmpty() || sidePads.anyWithin(p.xMm(), p.yMm(), SEARCH_MM)) {
            return;
        }
        if (otherPads.anyWithin(p.xMm(), p.yMm(), SEARCH_MM)) {
            out.add(Findings.at(AssemblyRules.SIDE_MISMATCH, Severity.ERROR, p, layer, null, null,
                    p.refdes() + " is placed on the " + p.side().label() + " but the pads under it are on the "
                            + other(p.side()).label() + " copper"));
        } else {
            out.add(Findings.at(AssemblyRules.CENTROID_OFF_PAD, Severity.ERROR, p, layer, null, SEARCH_MM,
                    p.refdes() + " has no copper pad within " + SEARCH_MM + " mm on the " + p.side().label()));
        }
    }

    private static double distance(Geometry area, Placement p) {
        return area.distance(Units.FACTORY.createPoint(new Coordinate(p.xMm(), p.yMm())));
    }

    private static Side other(Side s) {
        return s == Side.TOP ? Side.BOTTOM : Side.TOP;
    }

}
