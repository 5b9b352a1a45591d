package com.fabwright.quote.panel;

/**
 * The best fit of delivery units on a production panel (quote-model.md §6.1).
 *
 * @param unitsAcross     units along the panel width
 * @param unitsDown       units along the panel height
 * @param rotated         whether the units are turned 90° for this fit
 * @param unitsPerPanel   delivery units per panel
 * @param boardsPerPanel  boards per panel (units × boards per unit)
 * @param utilisation     board area / panel area (η, shown to the user)
 * @param description     the fit in words
 */
public record PanelFit(int unitsAcross, int unitsDown, boolean rotated, int unitsPerPanel, int boardsPerPanel,
                       double utilisation, String description) {

    /** Panels needed for {@code qty} boards (⌈Q / U⌉), scaled by a yield/X-out factor ≥ 1. */
    public int panels(int qty, double factor) {
        if (boardsPerPanel <= 0) {
            throw new IllegalStateException("the board does not fit the production panel");
        }
        return (int) Math.ceil(qty * factor / boardsPerPanel - 1e-9);
    }
}
