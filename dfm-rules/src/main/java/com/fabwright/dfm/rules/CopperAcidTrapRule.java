package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.DfmRule;
import com.fabwright.dfm.Findings;
import com.fabwright.dfm.RuleConfig;
import com.fabwright.dfm.Severity;
import com.fabwright.dfm.Violation;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * {@code copper.acid-trap}: acute angles inside copper where tracks meet. At every point where a
 * round track ends, the directions of all tracks of the same net leaving that point (a track that
 * passes through gives both of its directions) are sorted around it; the smallest angle between
 * two neighbours, in degrees, is the junction's, and below the profile's {@code min} (typically
 * 90°) it is a finding at the junction: etchant pools in the wedge and over-etches it. Junctions
 * inside a pad or via flash are left out (the pad fills the wedge); collinear overlaps (under 1°)
 * are not angles.
 */
public final class CopperAcidTrapRule implements DfmRule {
    private static final double TOUCH_MM = 0.001;

    @Override
    public String id() {
        return "copper.acid-trap";
    }

    @Override
    public String description() {
        return "Acute angles between tracks meeting at a junction (acid traps)";
    }

    @Override
    public List<Violation> check(DfmInput input, RuleConfig cfg) {
        List<Violation> out = new ArrayList<>();
        for (CopperLayer layer : input.copper()) {
            Set<Long> seen = new HashSet<>();
            for (CopperFeature f : layer.features()) {
                if (input.cancelled()) {
                    return out;
                }
                if (f.kind() != CopperFeature.Kind.TRACK || !(f.centre() instanceof LineString l) || l.getNumPoints() < 2) {
                    continue;
                }
                for (Coordinate end : new Coordinate[] {l.getCoordinateN(0), l.getCoordinateN(l.getNumPoints() - 1)}) {
                    long key = Math.round(end.x / TOUCH_MM) * 1_000_003L + Math.round(end.y / TOUCH_MM);
                    if (seen.add(key)) {
                        Violation v = junction(layer, f, end, cfg);
                        if (v != null) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out;
    }

    private Violation junction(CopperLayer layer, CopperFeature f, Coordinate at, RuleConfig cfg) {
        List<Double> dirs = new ArrayList<>();
        Geometry pt = Findings.point(at);
        List<String> refs = new ArrayList<>();
        for (CopperFeature g : layer.near(new Envelope(at), TOUCH_MM)) {
            if (!g.net().equals(f.net())) {
                continue;
            }
            if (g.kind() == CopperFeature.Kind.PAD && g.prepared().covers(pt)) {
                return null;
            }
            if (g.kind() != CopperFeature.Kind.TRACK || !(g.centre() instanceof LineString l) || l.distance(pt) > TOUCH_MM) {
                continue;
            }
            int before = dirs.size();
            directions(l, at, dirs);
            if (dirs.size() > before) {
                refs.add(g.describe());
            }
        }
        if (dirs.size() < 2) {
            return null;
        }
        dirs.sort(Double::compare);
        double smallest = 360;
        for (int i = 0; i < dirs.size(); i++) {
            double gap = i + 1 < dirs.size() ? dirs.get(i + 1) - dirs.get(i) : dirs.get(0) + 360 - dirs.get(i);
            if (gap >= 1.0 && gap < smallest) {
                smallest = gap;
            }
        }
        Severity s = cfg.forMinimum(smallest);
        if (s == null) {
            return null;
        }
        Double limit = cfg.min() != null && smallest < cfg.min() - RuleConfig.EPS ? cfg.min() : cfg.warnAt();
        String msg = String.format(Locale.ROOT, "Tracks meet at %.2f°, %s %.1f°. Join them at 90° or more, or fill the wedge"
                + " (teardrop / chamfer) so no acid trap is left.", smallest, s == Severity.WARNING ? "recommended at least"
                : "minimum", limit);
        return new Violation(id(), s, List.of(layer.layerId()), at.x, at.y, pt, smallest, limit, msg,
                f.net().isEmpty() ? List.of() : List.of(f.net()), refs);
    }

    /** Adds the direction (degrees) of every way the centre line {@code l} leaves {@code at}. */
    private static void directions(LineString l, Coordinate at, List<Double> out) {
        Coordinate[] c = l.getCoordinates();
        for (int i = 0; i + 1 < c.length; i++) {
            Coordinate a = c[i];
            Coordinate b = c[i + 1];
            double len = a.distance(b);
            if (len < TOUCH_MM) {
                continue;
            }
            if (a.distance(at) <= TOUCH_MM) {
                out.add(angle(a, b));
            } else if (b.distance(at) <= TOUCH_MM) {
                out.add(angle(b, a));
            } else if (new org.locationtech.jts.geom.LineSegment(a, b).distance(at) <= TOUCH_MM) {
                out.add(angle(at, b));
                out.add(angle(at, a));
            }
        }
    }

    private static double angle(Coordinate from, Coordinate to) {
        double d = Math.toDegrees(Math.atan2(to.y - from.y, to.x - from.x));
        return d < 0 ? d + 360 : d;
    }
}
