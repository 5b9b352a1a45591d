package com.fabwright.quote;

/**
 * How boards are delivered (quote-model.md §6.1): single boards or a customer array of nx × ny with
 * an inner gap and rails (mm). The panelization helper may supply this later.
 */
public record Delivery(int nx, int ny, double gapMm, double railXMm, double railYMm) {
    /** Single routed boards. */
    public static final Delivery SINGLE = new Delivery(1, 1, 0, 0, 0);

    public int boardsPerUnit() {
        return nx * ny;
    }

    /** Delivery unit width: nx·w + (nx−1)·g + 2·rx [S-TAILI]. */
    public double unitWidth(double w) {
        return nx * w + (nx - 1) * gapMm + 2 * railXMm;
    }

    /** Delivery unit height: ny·h + (ny−1)·g + 2·ry. */
    public double unitHeight(double h) {
        return ny * h + (ny - 1) * gapMm + 2 * railYMm;
    }
}
