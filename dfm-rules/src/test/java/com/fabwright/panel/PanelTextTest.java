package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.geometry.ImageGeometry;
import com.fabwright.job.Job;
import com.fabwright.job.JobLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rail text is drawn on the top silkscreen of the top rail, inside the rail, and adds only its own area. */
class PanelTextTest {
    private static final Path DEMO = Path.of(System.getProperty("fabwright.samples", "../samples")).resolve("demo-board");

    @Test
    void textLandsOnTheTopRailSilk() {
        try (Job job = new JobLoader().load(List.of(DEMO))) {
            PanelBoard b = PanelBoard.of("demo", job, List.of());
            PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(1, 2, 2).withText("DEMO-BOARD REV A 8/0");
            ArrayLayout with = new ArrayPlanner().plan(spec, List.of(b));
            ArrayLayout without = new ArrayPlanner().plan(spec.withText(""), List.of(b));
            ImageGeometry g = new ImageGeometry();
            var silk = g.toGeometry(PanelImages.layers(with).get("top-silk"));
            var plain = g.toGeometry(PanelImages.layers(without).get("top-silk"));
            var text = g.toGeometry(new com.fabwright.image.Image(PanelText.regions(with.text()),
                    com.fabwright.image.Attributes.EMPTY, false, false));
            assertThat(text.areaMm2()).isGreaterThan(1.0);
            assertThat(silk.areaMm2()).isCloseTo(plain.areaMm2() + text.areaMm2(), org.assertj.core.data.Offset.offset(1e-6));
            var rail = with.rails().get(1);
            assertThat(rail.contains(text.boundsMm())).isTrue();
            assertThat(text.boundsMm().getHeight()).isBetween(1.5, 3.0);
        }
    }
}
