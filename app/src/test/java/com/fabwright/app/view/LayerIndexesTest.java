package com.fabwright.app.view;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.app.engine.LayerShapes;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.WKTReader;

class LayerIndexesTest {
    @Test
    void anIndexIsBuiltOncePerGeometryAndKeptByIdentity() throws Exception {
        var g = new WKTReader().read("POLYGON ((0 0, 1 0, 1 1, 0 0))");
        LayerShapes a = new LayerShapes(g, 0.5, new Envelope(0, 1, 0, 1), 1);
        LayerShapes sameContent = new LayerShapes(g.copy(), 0.5, new Envelope(0, 1, 0, 1), 1);
        LayerIndexes indexes = new LayerIndexes();
        assertThat(indexes.has(a)).isFalse();
        LayerIndex first = indexes.of(a);
        assertThat(indexes.of(a)).isSameAs(first);
        assertThat(indexes.has(sameContent)).as("keyed by identity, not by vertices").isFalse();
        indexes.clear();
        assertThat(indexes.has(a)).isFalse();
    }
}
