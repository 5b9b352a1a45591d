package com.fabwright.odb;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.odb.features.FeatureReader;
import org.junit.jupiter.api.Test;

/** Holes without a .drill attribute take their plating from the tool of their size. */
class DrillToolsTest {
    private static final String TOOLS = "UNITS=MM\nTOOLS {\nNUM=1\nTYPE=NON_PLATED\nFINISH_SIZE=3000.0\nDRILL_SIZE=3000\n}\n"
            + "TOOLS {\nNUM=2\nTYPE=VIA\nFINISH_SIZE=300.0\nDRILL_SIZE=300\n}\n"
            + "TOOLS {\nNUM=3\nTYPE=PLATED\nFINISH_SIZE=1000\n}\nTOOLS {\nNUM=4\nTYPE=VIA\nFINISH_SIZE=1000\n}\n";

    @Test
    void toolTypesGiveHolesTheirPlatingUnlessTheFeatureSaysOrTheToolsDisagree() {
        var image = new FeatureReader((n, d) -> null, 100).read("UNITS=MM\n$0 r3000\n$1 r300\n$2 r1000\n$3 r500\n@0 .drill\n"
                + "P 0 0 0 P 0 0\nP 1 0 1 P 0 0\nP 2 0 0 P 0 0;0=0\nP 3 0 2 P 0 0\nP 4 0 3 P 0 0\n", "d", null, 0).image();
        var out = DrillTools.parse(TOOLS).applyTo(image).objects();
        assertThat(out).extracting(o -> String.join(",", o.attributes().get(".AperFunction")))
                .containsExactly("MechanicalDrill,NPTH", "ViaDrill", "ComponentDrill,PTH", "", "");
        assertThat(DrillTools.parse(TOOLS).tools()).hasSize(4);
    }
}
