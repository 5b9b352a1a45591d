package com.fabwright.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.image.Attributes;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileFunctionMapperTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "Copper,L1,Top             | top-copper    | COPPER     | TOP    | 1",
        "Copper,L4,Bot             | bottom-copper | COPPER     | BOTTOM | 4",
        "Copper,L2,Inr             | inner1-copper | COPPER     | INNER  | 2",
        "Copper,L3,Inr,Plane       | inner2-copper | COPPER     | INNER  | 3",
        "Soldermask,Top            | top-mask      | SOLDERMASK | TOP    | null",
        "Soldermask,Bot            | bottom-mask   | SOLDERMASK | BOTTOM | null",
        "Legend,Top                | top-silk      | SILKSCREEN | TOP    | null",
        "Legend,Bot                | bottom-silk   | SILKSCREEN | BOTTOM | null",
        "Paste,Top                 | top-paste     | PASTE      | TOP    | null",
        "Profile,NP                | outline       | OUTLINE    | NONE   | null",
        "Plated,1,2,PTH            | drill-pth     | DRILL      | NONE   | null",
        "NonPlated,1,2,NPTH        | drill-npth    | DRILL      | NONE   | null",
        "AssemblyDrawing,Top       | other         | OTHER      | TOP    | null",
        "Other,Fab notes           | other         | OTHER      | NONE   | null",
    })
    void mapsX2FileFunction(String fileFunction, String id, LayerFunction function, Side side, Integer copperIndex) {
        Attributes attrs = Attributes.of(Map.of(".FileFunction", Arrays.asList(fileFunction.split(","))));
        LayerIdentity layer = FileFunctionMapper.identify(attrs);
        assertThat(layer.id()).isEqualTo(id);
        assertThat(layer.function()).isEqualTo(function);
        assertThat(layer.side()).isEqualTo(side);
        assertThat(layer.copperIndex()).isEqualTo(copperIndex);
        assertThat(layer.x2FileFunction()).isEqualTo(fileFunction);
        assertThat(layer.evidence()).contains("%TF.FileFunction," + fileFunction);
        assertThat(layer.confidence()).isGreaterThan(0.9);
    }

    @org.junit.jupiter.api.Test
    void withoutX2TheLayerIsUnknownWithZeroConfidence() {
        LayerIdentity layer = FileFunctionMapper.identify(Attributes.of(Map.of(".FilePolarity", List.of("Positive"))));
        assertThat(layer.function()).isEqualTo(LayerFunction.OTHER);
        assertThat(layer.confidence()).isZero();
        assertThat(layer.x2FileFunction()).isNull();
    }
}
