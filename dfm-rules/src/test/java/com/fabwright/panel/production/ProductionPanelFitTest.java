package com.fabwright.panel.production;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Envelope;

/** Utilisation equals a brute-force placement count over the same panel and spacing. */
class ProductionPanelFitTest {
    private static final ProductionPanel P18X24 = new ProductionPanel("18x24in", 457.2, 609.6, 12.7, 2.5);

    static Stream<Arguments> sizes() {
        Random r = new Random(20261204L);
        return IntStream.range(0, 40).mapToObj(i -> Arguments.of(20 + r.nextDouble() * 250, 20 + r.nextDouble() * 250));
    }

    @ParameterizedTest(name = "{0} x {1}")
    @MethodSource("sizes")
    void countEqualsBruteForcePlacement(double w, double h) {
        ProductionPanelFit fit = ProductionPanelFit.best(P18X24, w, h, 4, w * h / 5);
        int brute = Math.max(bruteForce(P18X24, w, h), bruteForce(P18X24, h, w));
        assertThat(fit.arraysPerPanel()).isEqualTo(brute);
        assertThat(fit.utilization()).isCloseTo(brute * 4 * (w * h / 5) / P18X24.areaMm2(), org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void bothOrientationsAreTried() {
        // 200 x 100 on 457.2 x 609.6 (432 x 584 usable): straight 2 x 5 = 10; turned 4 x 2 = 8
        ProductionPanelFit fit = ProductionPanelFit.best(P18X24, 200, 100, 1, 20000);
        assertThat(fit.arraysPerPanel()).isEqualTo(10);
        ProductionPanelFit tall = ProductionPanelFit.best(P18X24, 290, 100, 1, 29000);
        assertThat(tall.rotated()).isTrue();
        assertThat(tall.arraysPerPanel()).isEqualTo(bruteForce(P18X24, 100, 290));
    }

    @Test
    void optimiserPicksTheHighestUtilisationWithinHandlingLimits() {
        double bw = 30;
        double bh = 20;
        List<ArrayOptimiser.Candidate> ranked = new ArrayOptimiser().rank(List.of(P18X24), HandlingLimits.TYPICAL_SMT, 8, 8,
                (r, c) -> new double[] {c * bw + (c - 1) * 2, r * bh + (r - 1) * 2 + 14}, bw * bh);
        ArrayOptimiser.Candidate best = ranked.get(0);
        double bestBrute = 0;
        for (int r = 1; r <= 8; r++) {
            for (int c = 1; c <= 8; c++) {
                double w = c * bw + (c - 1) * 2;
                double h = r * bh + (r - 1) * 2 + 14;
                if (!HandlingLimits.TYPICAL_SMT.accepts(w, h)) {
                    continue;
                }
                int n = Math.max(bruteForce(P18X24, w, h), bruteForce(P18X24, h, w));
                bestBrute = Math.max(bestBrute, n * r * c * bw * bh / P18X24.areaMm2());
            }
        }
        assertThat(best.fit().utilization()).isCloseTo(bestBrute, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(HandlingLimits.TYPICAL_SMT.accepts(best.widthMm(), best.heightMm())).isTrue();
    }

    /**
     * Greedy placement over a 0.1 mm lattice, bottom-left first, each candidate checked against every
     * array already placed (with the spacing between them) and the panel's usable area.
     */
    static int bruteForce(ProductionPanel p, double w, double h) {
        double step = 0.1;
        Envelope usable = new Envelope(p.borderMm(), p.widthMm() - p.borderMm(), p.borderMm(), p.heightMm() - p.borderMm());
        List<Envelope> placed = new ArrayList<>();
        for (double y = usable.getMinY(); y + h <= usable.getMaxY() + 1e-3; y += step) {
            for (double x = usable.getMinX(); x + w <= usable.getMaxX() + 1e-3; x += step) {
                Envelope cand = new Envelope(x, x + w, y, y + h);
                Envelope grown = new Envelope(cand);
                grown.expandBy(p.spacingMm() - 1e-3);
                boolean free = true;
                for (Envelope e : placed) {
                    if (e.intersects(grown) && overlapArea(e, grown) > 0) {
                        free = false;
                        x = Math.max(x, e.getMaxX() + p.spacingMm() - step - 1e-3);
                        break;
                    }
                }
                if (free) {
                    placed.add(cand);
                    x += w + p.spacingMm() - step - 1e-3;
                }
            }
        }
        return placed.size();
    }

    private static double overlapArea(Envelope a, Envelope b) {
        Envelope i = a.intersection(b);
        return i.isNull() ? 0 : i.getWidth() * i.getHeight();
    }
}
