package com.fabwright.panel;

import com.fabwright.geometry.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;

/**
 * Plans a delivery array (issue 9 item 1): boards in rows x columns (several designs fill the
 * cells in turn, row by row), each turned by the spec's rotation; every column as wide as its
 * widest board and every row as high as its highest, with the spacing between boards and between
 * boards and rails; rails on two or four sides; three global fiducials in an L and tooling holes
 * on the rails; the text on the top rail; then the separation: V-score lines
 * ({@link VScorePlanner}) or tabs with mouse bites ({@link TabPlanner}).
 */
public final class ArrayPlanner {

    /** The layout of {@code spec} for {@code designs}; throws {@link PanelRefusedException} with the reason. */
    public ArrayLayout plan(PanelSpec spec, List<PanelBoard> designs) {
        if (designs.isEmpty()) {
            throw new PanelRefusedException("no board to panelize");
        }
        int rows = spec.rows();
        int cols = spec.cols();
        double gap = spec.spacingMm();
        if (!spec.vscored() && gap <= 0) {
            throw new PanelRefusedException("mouse bites need a router gap between boards: spacing must be > 0 (e.g. 2 mm)");
        }
        Grid grid = grid(spec, designs);
        double[] colW = grid.colW();
        double[] rowH = grid.rowH();
        PanelSpec.Rails rails = spec.rails();
        double rw = rails.widthMm();
        boolean bt = grid.bt();
        boolean lr = grid.lr();
        double x0 = grid.x0();
        double y0 = grid.y0();
        double width = grid.width();
        double height = grid.height();
        List<ArrayLayout.Instance> instances = new ArrayList<>();
        double y = y0;
        for (int r = 0; r < rows; r++) {
            double x = x0;
            for (int c = 0; c < cols; c++) {
                int d = designOf(r, c, cols, designs.size());
                PanelBoard b = designs.get(d);
                RigidTransform turn = RigidTransform.of(spec.rotationDeg(), 0, 0);
                Envelope turned = turn.apply(b.edge());
                long dx = Units.nm(x) - Units.nm(turned.getMinX());
                long dy = Units.nm(y) - Units.nm(turned.getMinY());
                RigidTransform t = RigidTransform.of(spec.rotationDeg(), dx, dy);
                instances.add(new ArrayLayout.Instance(instances.size() + 1, d, r, c, t, t.apply(b.edge())));
                x += colW[c] + gap;
            }
            y += rowH[r] + gap;
        }
        Envelope panel = new Envelope(0, width, 0, height);
        List<Envelope> railBoxes = new ArrayList<>();
        if (bt) {
            railBoxes.add(new Envelope(0, width, 0, rw));
            railBoxes.add(new Envelope(0, width, height - rw, height));
        }
        if (lr) {
            railBoxes.add(new Envelope(0, rw, 0, height));
            railBoxes.add(new Envelope(width - rw, width, 0, height));
        }
        List<String> warnings = new ArrayList<>();
        List<double[]> fiducials = railPoints(spec.fiducials().count(), spec.fiducials().insetMm(), bt, lr, rw, width, height);
        List<double[]> tooling = railPoints(spec.tooling().count(), spec.tooling().insetMm(), bt, lr, rw, width, height);
        if (!bt && !lr && (spec.fiducials().count() > 0 || spec.tooling().count() > 0)) {
            warnings.add("no rails: global fiducials and tooling holes left out");
        }
        ArrayLayout.Text text = null;
        if (!spec.text().isBlank() && (bt || lr)) {
            double h = Math.min(2.0, rw * 0.5);
            text = bt ? new ArrayLayout.Text(spec.text(), width / 2, height - rw / 2, h)
                    : new ArrayLayout.Text(spec.text(), rw / 2, height / 2, h);
        }
        ArrayLayout draft = new ArrayLayout(spec, designs, instances, panel, railBoxes, fiducials, tooling, text,
                List.of(), List.of(), warnings);
        if (spec.vscored()) {
            var lines = new VScorePlanner().plan(draft);
            if (width < spec.vscore().minPanelMm() || height < spec.vscore().minPanelMm()) {
                warnings.add(String.format(Locale.ROOT, "V-score panel %.1f x %.1f mm is under the fab's minimum %.0f x %.0f mm",
                        width, height, spec.vscore().minPanelMm(), spec.vscore().minPanelMm()));
            }
            return new ArrayLayout(spec, designs, instances, panel, railBoxes, fiducials, tooling, text, lines,
                    List.of(), warnings);
        }
        var tabs = new TabPlanner().plan(draft);
        return new ArrayLayout(spec, designs, instances, panel, railBoxes, fiducials, tooling, text, List.of(), tabs,
                warnings);
    }

    /** Column widths, row heights, where the boards start and the panel's size. */
    private record Grid(double[] colW, double[] rowH, boolean bt, boolean lr, double x0, double y0, double width,
                        double height) {
    }

    /** The array's size {width, height} in mm without planning it (for the optimiser). */
    public static double[] size(PanelSpec spec, List<PanelBoard> designs) {
        Grid g = grid(spec, designs);
        return new double[] {g.width(), g.height()};
    }

    private static Grid grid(PanelSpec spec, List<PanelBoard> designs) {
        int rows = spec.rows();
        int cols = spec.cols();
        double gap = spec.spacingMm();
        double[] colW = new double[cols];
        double[] rowH = new double[rows];
        boolean swap = spec.rotationDeg() % 180 != 0;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                PanelBoard b = designs.get(designOf(r, c, cols, designs.size()));
                colW[c] = Math.max(colW[c], swap ? b.heightMm() : b.widthMm());
                rowH[r] = Math.max(rowH[r], swap ? b.widthMm() : b.heightMm());
            }
        }
        PanelSpec.Rails rails = spec.rails();
        double rw = rails.widthMm();
        boolean bt = rails.bottomTop() && rw > 0;
        boolean lr = rails.leftRight() && rw > 0;
        double railGap = spec.vscored() ? 0 : gap;
        double x0 = lr ? rw + railGap : 0;
        double y0 = bt ? rw + railGap : 0;
        double arrayW = sum(colW) + gap * (cols - 1);
        double arrayH = sum(rowH) + gap * (rows - 1);
        return new Grid(colW, rowH, bt, lr, x0, y0, round(x0 * 2 + arrayW), round(y0 * 2 + arrayH));
    }

    static int designOf(int row, int col, int cols, int designs) {
        return (row * cols + col) % designs;
    }

    /**
     * Points on the rails, {@code inset} from the ends: bottom-left, bottom-right, top-left,
     * top-right in that order (three make the asymmetric L that tells the panel's orientation).
     */
    static List<double[]> railPoints(int count, double inset, boolean bt, boolean lr, double rw, double w, double h) {
        List<double[]> all = new ArrayList<>();
        if (bt) {
            all.add(new double[] {inset, rw / 2});
            all.add(new double[] {w - inset, rw / 2});
            all.add(new double[] {inset, h - rw / 2});
            all.add(new double[] {w - inset, h - rw / 2});
        } else if (lr) {
            all.add(new double[] {rw / 2, inset});
            all.add(new double[] {w - rw / 2, inset});
            all.add(new double[] {rw / 2, h - inset});
            all.add(new double[] {w - rw / 2, h - inset});
        }
        if (count == 2 && all.size() == 4) {
            return List.of(all.get(0), all.get(3));
        }
        return all.subList(0, Math.min(Math.max(count, 0), all.size()));
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double d : v) {
            s += d;
        }
        return s;
    }

    private static double round(double mm) {
        return Units.mm(Units.nm(mm));
    }
}
