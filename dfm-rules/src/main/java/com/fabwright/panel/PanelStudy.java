package com.fabwright.panel;

import com.fabwright.dfm.Violation;
import com.fabwright.panel.production.ProductionPanel;
import com.fabwright.panel.production.ProductionPanelFit;
import java.util.Comparator;
import java.util.List;

/**
 * A delivery array studied as {@code fabwright panel} and the workbench's panel pane show it: the
 * planned layout, its best production-panel fit (utilisation) and the panel DFM findings.
 *
 * @param layout     the planned array
 * @param fit        the best fit on the production panels given, or {@code null} when none fits
 * @param violations panel DFM findings
 */
public record PanelStudy(ArrayLayout layout, ProductionPanelFit fit, List<Violation> violations) {
    public PanelStudy {
        violations = List.copyOf(violations);
    }

    /** Plans the array and studies it; {@link PanelRefusedException} when it cannot be made. */
    public static PanelStudy of(PanelSpec spec, List<PanelBoard> boards, List<ProductionPanel> panels) {
        ArrayLayout layout = new ArrayPlanner().plan(spec, boards);
        return new PanelStudy(layout, bestFit(layout, boards, panels), new PanelDfm().check(layout));
    }

    /** The production panel with the highest utilisation for this array, or {@code null}. */
    public static ProductionPanelFit bestFit(ArrayLayout layout, List<PanelBoard> boards, List<ProductionPanel> panels) {
        double boardArea = boards.stream().mapToDouble(b -> b.widthMm() * b.heightMm()).average().orElse(0);
        return panels.stream()
                .map(p -> ProductionPanelFit.best(p, layout.widthMm(), layout.heightMm(), layout.instances().size(), boardArea))
                .max(Comparator.comparingDouble(ProductionPanelFit::utilization)).orElse(null);
    }
}
