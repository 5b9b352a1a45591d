package com.fabwright.app.ui;

import com.fabwright.app.view.BoardMarker;
import com.fabwright.app.view.Viewport;
import com.fabwright.assembly.Side;
import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;

/**
 * Draws {@link BoardMarker}s over the board: a cross in a circle at each point, the side facing
 * the viewer (top in the top view, bottom in the bottom view) in full colour with its label when
 * zoomed in enough, the other side faint and unlabelled.
 */
final class Markers {
    private static final Color NEAR = Color.rgb(255, 220, 40);
    private static final Color FAR = Color.rgb(255, 220, 40, 0.3);
    /** Labels are drawn from this zoom on (pixels per mm). */
    private static final double LABEL_PX_PER_MM = 6;

    private Markers() {
    }

    static void draw(GraphicsContext g, Viewport view, List<BoardMarker> markers) {
        if (markers == null || markers.isEmpty()) {
            return;
        }
        Side facing = view.mirrored() ? Side.BOTTOM : Side.TOP;
        double r = Math.max(2.5, Math.min(6, view.scale() * 0.4));
        boolean labels = view.scale() >= LABEL_PX_PER_MM;
        g.setLineWidth(1.2);
        for (int pass = 0; pass < 2; pass++) {
            boolean near = pass == 1;
            g.setStroke(near ? NEAR : FAR);
            g.setFill(near ? NEAR : FAR);
            for (BoardMarker m : markers) {
                if ((m.side() == facing) != near) {
                    continue;
                }
                double[] p = view.toPx(m.xMm(), m.yMm());
                g.strokeOval(p[0] - r, p[1] - r, 2 * r, 2 * r);
                g.strokeLine(p[0] - r, p[1], p[0] + r, p[1]);
                g.strokeLine(p[0], p[1] - r, p[0], p[1] + r);
                if (near && labels && !m.label().isEmpty()) {
                    g.fillText(m.label(), p[0] + r + 2, p[1] - r);
                }
            }
        }
    }
}
