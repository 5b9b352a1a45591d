package com.fabwright.panel.production;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Picks the delivery-array shape (rows x columns) that makes the most of a production panel:
 * every shape up to {@code maxRows} x {@code maxCols} whose array the assembly line accepts
 * ({@link HandlingLimits}) is fitted onto each working panel in both orientations, and the fit
 * with the highest utilisation wins (ties: fewer boards per array, then fewer arrays, i.e.
 * simpler handling). The array's size for a shape comes from the caller (the array planner with
 * its rails and spacing), so rails count as waste exactly as they will be made.
 */
public final class ArrayOptimiser {

    /** One candidate: the shape, its array size and its best fit. */
    public record Candidate(int rows, int cols, double widthMm, double heightMm, ProductionPanelFit fit) {
    }

    /**
     * The candidates, best first. {@code arraySize.apply(rows, cols)} gives {width, height} of the
     * array in mm; {@code boardAreaMm2} is one board's area.
     */
    public List<Candidate> rank(List<ProductionPanel> panels, HandlingLimits limits, int maxRows, int maxCols,
                                BiFunction<Integer, Integer, double[]> arraySize, double boardAreaMm2) {
        List<Candidate> all = new ArrayList<>();
        for (int r = 1; r <= maxRows; r++) {
            for (int c = 1; c <= maxCols; c++) {
                double[] size = arraySize.apply(r, c);
                if (!limits.accepts(size[0], size[1])) {
                    continue;
                }
                for (ProductionPanel p : panels) {
                    ProductionPanelFit fit = ProductionPanelFit.best(p, size[0], size[1], r * c, boardAreaMm2);
                    if (fit.arraysPerPanel() > 0) {
                        all.add(new Candidate(r, c, size[0], size[1], fit));
                    }
                }
            }
        }
        all.sort(Comparator.comparingDouble((Candidate k) -> -k.fit().utilization())
                .thenComparingInt(k -> k.rows() * k.cols())
                .thenComparingInt(k -> k.fit().arraysPerPanel()));
        return all;
    }
}
