package com.fabwright.panel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.JobLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The panel CPL placed back onto the panel copper read back from the written files: every part's
 * centroid lies within the bounds of its own pads (the copper flashes carrying its refdes in X2
 * {@code .C}, or {@code .P}'s first field as KiCad 6 writes) on its board instance, for every rotation.
 */
class PanelCplTest {
    private static final Logger LOG = LoggerFactory.getLogger(PanelCplTest.class);

    @TempDir
    Path out;

    @ParameterizedTest(name = "{0} rot {1}")
    @CsvSource({"StickHub, 90", "pic_programmer, 180", "flat_hierarchy, 270", "kit-dev-coldfire-xilinx_5213, 0",
            "StickHub, 0"})
    void everyCentroidLiesOnItsPads(String name, int rot) throws Exception {
        try (Job job = CorpusBoards.job(name)) {
            List<Placement> parts = CorpusBoards.placements(name, PanelBoard.of(name, job, List.of()).edge());
            PanelBoard board = PanelBoard.of(name, job, parts);
            PanelSpec spec = PanelPresets.load("mousebites-standard").withArray(2, 2, 2).withRotation(rot).withText("");
            ArrayLayout layout = new ArrayPlanner().plan(spec, List.of(board));
            new PanelOutput().write(layout, out);
            List<String> rows = Files.readAllLines(out.resolve("panel-cpl.csv"));
            assertThat(rows).hasSize(1 + 4 * parts.size());
            try (Job panel = new JobLoader().load(List.of(out))) {
                Map<String, Envelope> top = pads(image(panel, "panel-top-copper.gbr"), layout);
                Map<String, Envelope> bottom = pads(image(panel, "panel-bottom-copper.gbr"), layout);
                int checked = 0;
                int noPads = 0;
                for (int i = 1; i < rows.size(); i++) {
                    List<String> c = CorpusBoards.csv(rows.get(i));
                    String ref = c.get(0);
                    int instance = Integer.parseInt(ref.substring(ref.lastIndexOf('_') + 1));
                    String key = ref.substring(0, ref.lastIndexOf('_')) + "@" + instance;
                    double x = Double.parseDouble(c.get(3));
                    double y = Double.parseDouble(c.get(4));
                    Envelope pads = (c.get(6).equals(Side.BOTTOM.name().toLowerCase(Locale.ROOT)) ? bottom : top)
                            .get(key);
                    if (pads == null) {
                        noPads++;
                        continue;
                    }
                    Envelope grown = new Envelope(pads);
                    grown.expandBy(0.01);
                    assertThat(grown.contains(x, y)).as("%s at %.4f, %.4f on its pads %s", ref, x, y, pads).isTrue();
                    checked++;
                }
                LOG.info(String.format(Locale.ROOT, "%s rot %d: %d panel placements, %d centroids on their pads, %d without pads on their side",
                        name, rot, rows.size() - 1, checked, noPads));
                assertThat(noPads).as("parts without pads on their side").isZero();
                assertThat(checked).isEqualTo(rows.size() - 1);
            }
        }
    }

    private static Image image(Job panel, String file) {
        JobFile f = panel.files().stream().filter(p -> p.fileName().equals(file)).findFirst().orElseThrow();
        return f.gerber().image();
    }

    /** Bounds of each part's pads per board instance: refdes@instance (instances told apart by the board grid). */
    private static Map<String, Envelope> pads(Image copper, ArrayLayout layout) {
        Map<String, List<GraphicObject>> byRef = new HashMap<>();
        for (GraphicObject o : copper.objects()) {
            String ref = PartExtents.refdesOf(o);
            if (ref != null && o instanceof GraphicObject.Flash) {
                byRef.computeIfAbsent(ref, k -> new ArrayList<>()).add(o);
            }
        }
        Map<String, Envelope> out = new HashMap<>();
        ImageGeometry g = new ImageGeometry(0.001);
        byRef.forEach((ref, objs) -> {
            for (GraphicObject o : objs) {
                Envelope e = g.toGeometry(new Image(List.of(o), Attributes.EMPTY, false, false)).boundsMm();
                int instance = instanceOf(layout, e);
                out.merge(ref + "@" + instance, e, (a, b) -> {
                    Envelope m = new Envelope(a);
                    m.expandToInclude(b);
                    return m;
                });
            }
        });
        return out;
    }

    /** The board instance whose edge holds the pad's centre (pads may overhang the edge by a little). */
    private static int instanceOf(ArrayLayout layout, Envelope pad) {
        for (ArrayLayout.Instance i : layout.instances()) {
            Envelope e = new Envelope(i.edge());
            e.expandBy(0.9);
            if (e.contains(pad.centre())) {
                return i.number();
            }
        }
        return 0;
    }
}
