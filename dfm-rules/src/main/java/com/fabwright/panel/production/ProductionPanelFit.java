package com.fabwright.panel.production;

/**
 * How a delivery array (or a single board) fills a production panel: {@code across} x {@code down}
 * copies, turned a quarter turn or not, and the utilisation — the boards' area over the panel's
 * area, the figure the quote prices material waste with.
 *
 * @param panel          the working panel
 * @param arrayWidthMm   the array's width as placed (after turning)
 * @param arrayHeightMm  its height as placed
 * @param rotated        whether the array is turned a quarter turn on the panel
 * @param across         copies along the panel's width
 * @param down           copies along its height
 * @param boardsPerArray boards in one array
 * @param boardAreaMm2   the area of one board (edge bounds)
 */
public record ProductionPanelFit(ProductionPanel panel, double arrayWidthMm, double arrayHeightMm, boolean rotated,
                                 int across, int down, int boardsPerArray, double boardAreaMm2) {

    public int arraysPerPanel() {
        return across * down;
    }

    public int boardsPerPanel() {
        return arraysPerPanel() * boardsPerArray;
    }

    /** Boards' area over the panel's area, 0..1. */
    public double utilization() {
        return boardsPerPanel() * boardAreaMm2 / panel.areaMm2();
    }

    /**
     * The best fit of an array {@code w x h} mm on {@code panel}, trying both orientations: the most
     * copies, then the orientation as given. Copies per side: the largest n with
     * {@code n w + (n - 1) spacing <= panel side - 2 border}.
     */
    public static ProductionPanelFit best(ProductionPanel panel, double w, double h, int boardsPerArray, double boardAreaMm2) {
        ProductionPanelFit straight = fit(panel, w, h, false, boardsPerArray, boardAreaMm2);
        ProductionPanelFit turned = fit(panel, h, w, true, boardsPerArray, boardAreaMm2);
        return turned.arraysPerPanel() > straight.arraysPerPanel() ? turned : straight;
    }

    private static ProductionPanelFit fit(ProductionPanel p, double w, double h, boolean rotated, int boards, double area) {
        return new ProductionPanelFit(p, w, h, rotated, count(p.widthMm() - 2 * p.borderMm(), w, p.spacingMm()),
                count(p.heightMm() - 2 * p.borderMm(), h, p.spacingMm()), boards, area);
    }

    /** How many items of {@code size} with {@code gap} between them fit in {@code room} (1 µm tolerance). */
    static int count(double room, double size, double gap) {
        if (size <= 0 || room + 1e-3 < size) {
            return 0;
        }
        return (int) Math.floor((room + gap + 1e-3) / (size + gap));
    }
}
