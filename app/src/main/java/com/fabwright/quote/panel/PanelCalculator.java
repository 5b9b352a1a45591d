package com.fabwright.quote.panel;

import com.fabwright.panel.production.ProductionPanel;
import com.fabwright.panel.production.ProductionPanelFit;
import java.util.Locale;

/**
 * Fits delivery units on a working panel (quote-model.md §6.1):
 * {@code U = max over both orientations of ⌊(Pw − 2b + s)/(Wa + s)⌋ · ⌊(Ph − 2b + s)/(Ha + s)⌋},
 * with border {@code b} and spacing {@code s} [S-DESIGN007, S-BAC]; the count is the panelizer's
 * {@link ProductionPanelFit}, so a quote and a panel of the same board agree.
 *
 * @param panelWidthMm  working panel width (457.2 for 18 × 24 in)
 * @param panelHeightMm working panel height (609.6)
 * @param borderMm      tooling border on each side
 * @param spacingMm     spacing between units
 */
public record PanelCalculator(double panelWidthMm, double panelHeightMm, double borderMm, double spacingMm) {

    /**
     * The best fit of units of {@code unitW × unitH} holding {@code boardsPerUnit} boards of
     * {@code boardW × boardH}.
     */
    public PanelFit fit(double unitW, double unitH, int boardsPerUnit, double boardW, double boardH) {
        if (!(unitW > 0 && unitH > 0)) {
            throw new IllegalArgumentException("unit size must be positive, is " + unitW + " x " + unitH);
        }
        // the same fit the panelizer computes (both orientations, the turned one only when it holds more)
        ProductionPanelFit f = ProductionPanelFit.best(
                new ProductionPanel("quote", panelWidthMm, panelHeightMm, borderMm, spacingMm),
                unitW, unitH, boardsPerUnit, boardW * boardH);
        boolean rotated = f.rotated();
        int across = f.across();
        int down = f.down();
        int units = f.arraysPerPanel();
        int boards = f.boardsPerPanel();
        double util = f.utilization();
        String text = String.format(Locale.ROOT, "%d x %d units of %.1f x %.1f mm%s on %.1f x %.1f mm panel"
                        + " (border %.2f, spacing %.2f): %d boards, utilisation %.1f %%",
                across, down, unitW, unitH, rotated ? " (turned 90°)" : "", panelWidthMm, panelHeightMm, borderMm,
                spacingMm, boards, util * 100);
        return new PanelFit(across, down, rotated, units, boards, util, text);
    }
}
