package com.fabwright.dfm.rules;

import com.fabwright.dfm.DrillHole;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.distance.DistanceOp;

/** The copper a hole goes through on a layer: the pad around it and its annular ring. */
final class HolePads {
    private HolePads() {
    }

    /** Features of the layer whose shape contains the hole's centre, pads first. */
    static List<CopperFeature> around(CopperLayer layer, DrillHole h) {
        Geometry c = h.centrePoint();
        Envelope e = c.getEnvelopeInternal();
        return layer.near(e, 1e-6).stream().filter(f -> f.prepared().contains(c) || f.prepared().intersects(c))
                .sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
    }

    private static int rank(CopperFeature f) {
        return f.kind() == CopperFeature.Kind.PAD ? 0 : f.kind() == CopperFeature.Kind.REGION ? 1 : 2;
    }

    /** The net of the hole on this layer: that of the copper around it, {@code ""} when none. */
    static String net(CopperLayer layer, DrillHole h) {
        return around(layer, h).stream().map(CopperFeature::net).filter(n -> !n.isEmpty()).findFirst().orElse("");
    }

    /**
     * The annular ring the pad leaves around the hole: the distance from the hole's centre to the
     * pad's boundary minus the hole's radius (closed form for round pads).
     */
    static double ring(CopperFeature pad, DrillHole h) {
        double toBoundary;
        if (pad.round() && pad.centre().getDimension() == 0) {
            toBoundary = pad.radius() - pad.centre().getCoordinate().distance(h.centre());
        } else if (pad.round()) {
            toBoundary = pad.radius() - pad.centre().distance(h.centrePoint());
        } else {
            toBoundary = DistanceOp.distance(pad.shape().getBoundary(), h.centrePoint());
        }
        return toBoundary - h.radiusMm();
    }
}
