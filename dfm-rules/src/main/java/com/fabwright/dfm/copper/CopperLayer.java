package com.fabwright.dfm.copper;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The copper features of one copper layer with a spatial index over their envelopes, from which
 * rules take candidate pairs.
 *
 * @param copperIndex 1-based copper layer number (1 = top)
 * @param layerId     canonical layer id ({@code top-copper})
 * @param path        job path of the file
 * @param features    the features in file order
 * @param index       an STRtree of the features (query only)
 */
public record CopperLayer(int copperIndex, String layerId, String path, List<CopperFeature> features, STRtree index) {

    public CopperLayer {
        features = List.copyOf(features);
    }

    /** A layer of these features with its index built. */
    public static CopperLayer of(int copperIndex, String layerId, String path, List<CopperFeature> features) {
        STRtree tree = new STRtree();
        for (CopperFeature f : features) {
            tree.insert(f.envelope(), f);
        }
        tree.build();
        return new CopperLayer(copperIndex, layerId, path, features, tree);
    }

    /** Features whose envelope comes within {@code distance} of {@code env}. */
    @SuppressWarnings("unchecked")
    public List<CopperFeature> near(Envelope env, double distance) {
        Envelope q = new Envelope(env);
        q.expandBy(distance);
        return new ArrayList<>((List<CopperFeature>) index.query(q));
    }
}
