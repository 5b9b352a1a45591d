package com.fabwright.dfm.copper;

import com.fabwright.image.GraphicObject;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;

/**
 * One piece of copper as the CAD tool drew it: a track (a stroke), a pad (a flash) or a region (a
 * pour, a custom pad), with its net. DFM rules measure features pairwise, as a CAD tool's DRC does,
 * so a finding names the two objects and their nets. A stroke or flash with a round aperture keeps
 * its centre line and radius ({@link #round()}): its shape is exactly the centre line widened by the
 * radius, and distances to it are computed in closed form from the centre line.
 *
 * <p>Immutable apart from lazily built measuring caches; safe to share between rule threads.
 */
public final class CopperFeature {
    /** What kind of CAD object a feature is. */
    public enum Kind { TRACK, PAD, REGION }

    private static final int INDEXED_ABOVE = 200;

    private final int index;
    private final Kind kind;
    private final String net;
    private final Geometry shape;
    private final Geometry centre;
    private final double radius;
    private final GraphicObject source;
    private final Envelope envelope;
    private volatile PreparedGeometry prepared;
    private volatile IndexedFacetDistance facets;

    /**
     * @param index  position of the object in its layer's file order
     * @param kind   track, pad or region
     * @param net    net name; {@code ""} for an object on no net
     * @param shape  the object's own shape in mm
     * @param centre for round strokes and flashes: the centre line (a LineString) or point, else {@code null}
     * @param radius radius of the round aperture (0 when {@code centre} is null)
     * @param source the graphical object
     */
    public CopperFeature(int index, Kind kind, String net, Geometry shape, Geometry centre, double radius,
                         GraphicObject source) {
        this.index = index;
        this.kind = kind;
        this.net = net == null ? "" : net;
        this.shape = shape;
        this.centre = centre;
        this.radius = radius;
        this.source = source;
        this.envelope = shape.getEnvelopeInternal();
    }

    public int index() {
        return index;
    }

    public Kind kind() {
        return kind;
    }

    /** Net name; {@code ""} when the object is on no net. */
    public String net() {
        return net;
    }

    /** Net name for reports: {@code <no net>} for none. */
    public String netLabel() {
        return net.isEmpty() ? "<no net>" : net;
    }

    public Geometry shape() {
        return shape;
    }

    /** Whether the shape is a round aperture swept along {@link #centre()}. */
    public boolean round() {
        return centre != null;
    }

    public Geometry centre() {
        return centre;
    }

    public double radius() {
        return radius;
    }

    public GraphicObject source() {
        return source;
    }

    public Envelope envelope() {
        return envelope;
    }

    /** A {@link PreparedGeometry} of the shape, built on first use. */
    public PreparedGeometry prepared() {
        PreparedGeometry p = prepared;
        if (p == null) {
            p = PreparedGeometryFactory.prepare(shape);
            prepared = p;
        }
        return p;
    }

    /** A facet index of the shape when it is large enough to need one, else {@code null}. */
    IndexedFacetDistance facets() {
        if (shape.getNumPoints() <= INDEXED_ABOVE) {
            return null;
        }
        IndexedFacetDistance f = facets;
        if (f == null) {
            f = new IndexedFacetDistance(shape);
            facets = f;
        }
        return f;
    }

    /** The geometry distances are measured from: the centre line for round features, else the shape. */
    Geometry measured() {
        return centre != null ? centre : shape;
    }

    /** A short description for finding references: {@code track 0.150 mm (12.300, 45.600)-(13.000, 45.600)}. */
    public String describe() {
        return switch (kind) {
            case TRACK -> "track " + Fmt.mm(2 * radius) + " " + Fmt.coords(centre != null ? centre : shape);
            case PAD -> "pad " + Fmt.xy(shape.getCentroid().getCoordinate()) + (net.isEmpty() ? "" : " [" + net + "]");
            case REGION -> "region at " + Fmt.xy(envelope.centre());
        };
    }

    @Override
    public String toString() {
        return describe();
    }
}
