package com.fabwright.job.identify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayerIdsTest {
    @Test
    void choicesListTheCopperStackThenTheOtherLayersOnce() {
        assertThat(LayerIds.choices(4)).startsWith("top-copper", "inner1-copper", "inner2-copper", "bottom-copper",
                "top-mask").contains("outline", "drill-pth", "drill-npth", "mechanical-1", "other").doesNotHaveDuplicates();
        assertThat(LayerIds.choices(0)).startsWith("top-copper", "bottom-copper", "top-mask");
    }

    @Test
    void everyChoiceStandsForAnIdentityWithThatId() {
        for (String id : LayerIds.choices(6)) {
            LayerIdentity l = LayerIds.identity(id, 6, 1.0, "user").orElseThrow();
            assertThat(l.id()).isEqualTo(id);
            assertThat(l.evidence()).isEqualTo("user");
        }
        LayerIdentity inner = LayerIds.identity("inner2-copper", 6, 1.0, "user").orElseThrow();
        assertThat(inner.copperIndex()).isEqualTo(3);
        assertThat(inner.side()).isEqualTo(Side.INNER);
        assertThat(LayerIds.identity("bottom-copper", 6, 1, "").orElseThrow().copperIndex()).isEqualTo(6);
        assertThat(LayerIds.identity("top-mask", 2, 1, "").orElseThrow().function()).isEqualTo(LayerFunction.SOLDERMASK);
        assertThat(LayerIds.identity("drill-blind-1-2", 4, 1, "").orElseThrow().function()).isEqualTo(LayerFunction.DRILL);
        assertThat(LayerIds.identity("bogus", 2, 1, "")).isEmpty();
    }
}
