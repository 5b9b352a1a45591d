package com.fabwright.app.engine;

import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.awt.Color;
import java.util.Comparator;

/**
 * The standard colours and stacking order of the board view, as a fab's viewer shows them: copper
 * top orange-red, bottom blue, solder mask openings translucent green, silkscreen white (top) or
 * yellow (bottom), outline yellow, drills near black (non-plated slate), mechanical and drawing
 * layers pale blue, everything else grey. Bottom layers are painted first, top
 * layers over them, the outline last.
 */
public final class LayerColors {
    /** Board background of the stacked view: dark substrate. */
    public static final Color BOARD_BACKGROUND = new Color(24, 32, 28);

    private LayerColors() {
    }

    public static Color colorOf(LayerIdentity id) {
        return switch (id.function()) {
            case COPPER -> switch (id.side()) {
                case TOP -> new Color(232, 96, 48, 230);
                case BOTTOM -> new Color(64, 112, 232, 220);
                default -> new Color(200, 160, 64, 200);
            };
            case SOLDERMASK -> id.side() == Side.BOTTOM ? new Color(40, 150, 110, 80) : new Color(40, 200, 80, 90);
            case SILKSCREEN -> id.side() == Side.BOTTOM ? new Color(240, 230, 120, 230) : new Color(245, 245, 245, 235);
            case PASTE -> new Color(176, 176, 188, 170);
            case OUTLINE -> new Color(250, 220, 40);
            case DRILL -> id.id().endsWith("-npth") ? new Color(70, 70, 90) : new Color(20, 20, 20);
            case ROUT -> new Color(230, 150, 40);
            case COMPONENT -> new Color(190, 120, 230, 200);
            case MECHANICAL, DRAWING -> new Color(120, 180, 200, 170);
            case OTHER -> new Color(140, 140, 140, 180);
        };
    }

    /** Paint order: smaller first. */
    public static int stackRank(LayerIdentity id) {
        int sideBase = switch (id.side()) {
            case BOTTOM -> 0;
            case INNER, NONE -> 10;
            case TOP -> 20;
        };
        int within = switch (id.function()) {
            case OTHER, DRAWING, MECHANICAL -> -5;
            case COPPER -> 1;
            case PASTE -> 2;
            case SOLDERMASK -> 3;
            case SILKSCREEN -> 4;
            case COMPONENT -> 5;
            case DRILL -> 30;
            case ROUT -> 35;
            case OUTLINE -> 40;
        };
        return sideBase + within;
    }

    /** Orders layers for painting: bottom side first, outline last. */
    public static final Comparator<LayerIdentity> STACK_ORDER =
            Comparator.comparingInt(LayerColors::stackRank).thenComparing(LayerIdentity::id);

    /** Hex {@code #rrggbb} of a colour, for tables and tests. */
    public static String hex(Color c) {
        return String.format("#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }
}
