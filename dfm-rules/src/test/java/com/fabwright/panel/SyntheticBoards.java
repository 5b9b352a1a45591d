package com.fabwright.panel;

import com.fabwright.board.OutlineContour;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/** Boards with only an edge (no layers) for planner tests: rectangles and rounded rectangles. */
final class SyntheticBoards {
    private SyntheticBoards() {
    }

    static PanelBoard rectangle(String name, double w, double h) {
        List<Coordinate> pts = List.of(new Coordinate(0, 0), new Coordinate(w, 0), new Coordinate(w, h),
                new Coordinate(0, h), new Coordinate(0, 0));
        return board(name, pts, w, h);
    }

    /** A rectangle whose corners are quarter circles of radius {@code r}, linearised in 8 steps. */
    static PanelBoard rounded(String name, double w, double h, double r) {
        List<Coordinate> pts = new ArrayList<>();
        double[][] centres = {{w - r, r}, {w - r, h - r}, {r, h - r}, {r, r}};
        double[] start = {-90, 0, 90, 180};
        for (int k = 0; k < 4; k++) {
            for (int s = 0; s <= 8; s++) {
                double a = Math.toRadians(start[k] + s * 90.0 / 8);
                pts.add(new Coordinate(centres[k][0] + r * Math.cos(a), centres[k][1] + r * Math.sin(a)));
            }
        }
        pts.add(new Coordinate(pts.get(0)));
        return board(name, pts, w, h);
    }

    private static PanelBoard board(String name, List<Coordinate> pts, double w, double h) {
        Envelope e = new Envelope(0, w, 0, h);
        OutlineContour c = new OutlineContour(pts, true, e, 0.1, w * h, pts.size() - 1);
        return new PanelBoard(name, Map.of(), List.of(), e, List.of(c), List.of());
    }
}
