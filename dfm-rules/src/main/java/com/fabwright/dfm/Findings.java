package com.fabwright.dfm;

import com.fabwright.geometry.Units;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** Building {@link Violation}s of a rule: the limit a measured value failed, the point, the geometry. */
public final class Findings {
    private Findings() {
    }

    /**
     * A finding of a minimum rule (a width, a gap) at a point, or {@code null} when the value passes.
     * The limit reported is {@code min} for hard findings and {@code warnAt} for warnings.
     */
    public static Violation belowMin(String rule, RuleConfig cfg, double measured, List<String> layers, Coordinate at,
                                     Geometry location, String what, String hint, List<String> nets, List<String> refs) {
        Severity s = cfg.forMinimum(measured);
        if (s == null) {
            return null;
        }
        Double limit = cfg.min() != null && measured < cfg.min() - RuleConfig.EPS ? cfg.min() : cfg.warnAt();
        String msg = String.format(java.util.Locale.ROOT, "%s %.4f mm, %s %.4f mm. %s", what, measured,
                s == Severity.WARNING ? "recommended at least" : "minimum", limit, hint);
        return new Violation(rule, s, layers, at.x, at.y, location, measured, limit, msg, nets, refs);
    }

    /** A finding of a maximum rule, or {@code null} when the value passes. */
    public static Violation aboveMax(String rule, RuleConfig cfg, double measured, List<String> layers, Coordinate at,
                                     Geometry location, String what, String hint, List<String> nets, List<String> refs) {
        Severity s = cfg.forMaximum(measured);
        if (s == null) {
            return null;
        }
        Double limit = cfg.max() != null && measured > cfg.max() + RuleConfig.EPS ? cfg.max() : cfg.warnAt();
        String msg = String.format(java.util.Locale.ROOT, "%s %.4f, %s %.4f. %s", what, measured,
                s == Severity.WARNING ? "recommended at most" : "maximum", limit, hint);
        return new Violation(rule, s, layers, at.x, at.y, location, measured, limit, msg, nets, refs);
    }

    /** A finding without a measured value (something missing or misplaced). */
    public static Violation present(String rule, RuleConfig cfg, List<String> layers, Coordinate at, Geometry location,
                                    String message, List<String> nets, List<String> refs) {
        return new Violation(rule, cfg.severity(), layers, at.x, at.y, location, null, null, message, nets, refs);
    }

    /** A point geometry. */
    public static Geometry point(Coordinate c) {
        return Units.FACTORY.createPoint(new Coordinate(c));
    }
}
