package com.fabwright.quote.panel;

import java.util.Locale;

/**
 * Fits delivery units on a working panel (quote-model.md §6.1):
 * {@code U = max over both orientations of ⌊(Pw − 2b + s)/(Wa + s)⌋ · ⌊(Ph − 2b + s)/(Ha + s)⌋},
 * with border {@code b} and spacing {@code s} [S-DESIGN007, S-BAC].
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
        double usableW = panelWidthMm - 2 * borderMm + spacingMm;
        double usableH = panelHeightMm - 2 * borderMm + spacingMm;
        int a0 = (int) Math.floor(usableW / (unitW + spacingMm) + 1e-9);
        int d0 = (int) Math.floor(usableH / (unitH + spacingMm) + 1e-9);
        int a1 = (int) Math.floor(usableW / (unitH + spacingMm) + 1e-9);
        int d1 = (int) Math.floor(usableH / (unitW + spacingMm) + 1e-9);
        boolean rotated = a1 * d1 > a0 * d0;
        int across = rotated ? a1 : a0;
        int down = rotated ? d1 : d0;
        int units = across * down;
        int boards = units * boardsPerUnit;
        double util = boards * boardW * boardH / (panelWidthMm * panelHeightMm);
        String text = String.format(Locale.ROOT, "%d x %d units of %.1f x %.1f mm%s on %.1f x %.1f mm panel"
                        + " (border %.2f, spacing %.2f): %d boards, utilisation %.1f %%",
                across, down, unitW, unitH, rotated ? " (turned 90°)" : "", panelWidthMm, panelHeightMm, borderMm,
                spacingMm, boards, util * 100);
        return new PanelFit(across, down, rotated, units, boards, util, text);
    }
}
