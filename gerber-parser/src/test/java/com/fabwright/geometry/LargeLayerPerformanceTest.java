package com.fabwright.geometry;

import static com.fabwright.geometry.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import com.fabwright.image.Aperture;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.Polarity;

/**
 * Measures a synthetic 100k-object copper layer: pads, tracks joining them into nets, vias with
 * holes, a ground pour region with clear objects cut into it. Prints the time; asserts only the
 * result's sanity (timing is not asserted, DESIGN.md).
 */
class LargeLayerPerformanceTest {
    private static final Logger LOG = LoggerFactory.getLogger(LargeLayerPerformanceTest.class);

    static Image syntheticLayer(int objects, long seed) {
        Random rnd = new Random(seed);
        List<GraphicObject> out = new ArrayList<>(objects);
        // a ground pour at the bottom, cleared later by pads' clearances
        out.add(polygonRegion(Polarity.DARK, 0, -20, 400, -20, 400, -2, 0, -2));
        Aperture pad = rect(0.6, 0.9);
        Aperture via = new Aperture.Circle(0.6, new Hole(0.3, 0));
        Aperture track = circle(0.2);
        Aperture clearance = circle(1.0);
        int perRow = 400;
        int i = 0;
        while (out.size() < objects) {
            int row = i / perRow;
            int col = i % perRow;
            double x = col * 1.0;
            double y = row * 1.27;
            out.add(flash(rnd.nextBoolean() ? pad : via, x, y));
            if (col % 8 != 7) { // nets of 8 pads joined by tracks
                out.add(draw(track, x, y, x + 1.0, y + (rnd.nextDouble() - 0.5) * 0.2));
            }
            if (row == 0 && col % 5 == 0) { // clearances into the pour, then a pad in each
                out.add(flash(clearance, x, -3, com.fabwright.image.ApertureTransform.IDENTITY, Polarity.CLEAR));
                out.add(flash(pad, x, -3));
            }
            i++;
        }
        return new Image(out.subList(0, objects), Attributes.EMPTY, false, false);
    }

    private static long processCpuNanos() {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : 0;
    }

    @Test
    void hundredThousandObjectLayerConvertsAndReportsTime() {
        Image img = syntheticLayer(100_000, 42);
        ImageGeometry geometry = new ImageGeometry();
        geometry.toGeometry(syntheticLayer(5_000, 1)); // warm up the JIT a little
        long cpu0 = processCpuNanos();
        long t0 = System.nanoTime();
        LayerGeometry g = geometry.toGeometry(img);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpu0) / 1e9;
        String line = String.format(java.util.Locale.ROOT,
                "100k-object synthetic layer: %.2f s wall, %.2f s CPU (all threads, incl. GC), %d cores, "
                        + "load average %.1f; %d polygons, %.1f mm2", seconds, cpuSeconds,
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                g.polygons().size(), g.areaMm2());
        System.out.println("[perf] " + line); // the measurement is this test's output
        LOG.info(line);
        assertThat(g.objectCount()).isEqualTo(100_000);
        assertThat(g.areaMm2()).isPositive();
        assertThat(g.polygons().size()).isBetween(1000, 100_000);
    }
}
