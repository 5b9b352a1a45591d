package com.fabwright.dfm.copper;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * Shortest gaps between copper features and other shapes. Round features (a round aperture swept
 * along a centre line) are measured in closed form: the distance from the centre line minus the
 * radius, which is exact for the swept shape. Other shapes use JTS {@link DistanceOp}, or a facet
 * index for shapes with many vertices (pours), with a prepared intersection test for overlap.
 */
public final class Distances {
    private Distances() {
    }

    /** The gap between two features. */
    public static Gap between(CopperFeature f, CopperFeature g) {
        double rf = f.round() ? f.radius() : 0;
        double rg = g.round() ? g.radius() : 0;
        Geometry a = f.measured();
        Geometry b = g.measured();
        if (!f.round() && f.facets() != null || !g.round() && g.facets() != null) {
            // a large polygon: overlap first, then the facet distance
            CopperFeature big = !f.round() && f.facets() != null ? f : g;
            CopperFeature other = big == f ? g : f;
            if (big.prepared().intersects(other.measured())) {
                Coordinate c = other.measured().getCoordinate();
                return new Gap(0, c, c);
            }
            Coordinate[] pts = big.facets().nearestPoints(other.measured());
            Coordinate pb = pts[0];
            Coordinate po = pts[1];
            return big == f ? shrink(pb, po, rf, rg) : shrink(po, pb, rf, rg);
        }
        Coordinate[] pts = DistanceOp.nearestPoints(a, b);
        return shrink(pts[0], pts[1], rf, rg);
    }

    /** The gap between a feature and a plain geometry (a hole circle's centre with its radius, an edge line). */
    public static Gap between(CopperFeature f, Geometry other, double otherRadius) {
        double rf = f.round() ? f.radius() : 0;
        Coordinate[] pts;
        IndexedFacetDistance idx = f.round() ? null : f.facets();
        if (idx != null) {
            if (f.prepared().intersects(other)) {
                Coordinate c = other.getCoordinate();
                return new Gap(0, c, c);
            }
            pts = idx.nearestPoints(other);
        } else {
            pts = DistanceOp.nearestPoints(f.measured(), other);
        }
        return shrink(pts[0], pts[1], rf, otherRadius);
    }

    /** The gap between two centre-line points after taking the radii off each end. */
    public static Gap shrink(Coordinate p, Coordinate q, double rp, double rq) {
        double d = p.distance(q);
        double gap = d - rp - rq;
        if (gap <= 0 || d == 0) {
            Coordinate m = d == 0 ? new Coordinate(p)
                    : along(p, q, Math.min(1, Math.max(0, rp / d)));
            return new Gap(0, m, m);
        }
        return new Gap(gap, along(p, q, rp / d), along(p, q, (d - rq) / d));
    }

    private static Coordinate along(Coordinate p, Coordinate q, double t) {
        return new Coordinate(p.x + (q.x - p.x) * t, p.y + (q.y - p.y) * t);
    }
}
