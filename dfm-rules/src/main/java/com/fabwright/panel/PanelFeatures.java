package com.fabwright.panel;

import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillTool;
import com.fabwright.excellon.Plating;
import com.fabwright.geometry.Units;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The panel's own features as image objects and drill hits: fiducial pads (copper, with X2
 * {@code .AperFunction,FiducialPad,Global}) and their mask openings, the panel frame on the outline
 * layer, V-score lines, mouse-bite and tooling holes (non-plated).
 */
public final class PanelFeatures {
    static final double FRAME_LINE_MM = 0.1;
    private static final Attributes FIDUCIAL = Attributes.of(Map.of(".AperFunction", List.of("FiducialPad", "Global")));
    private static final Attributes PROFILE = Attributes.of(Map.of(".AperFunction", List.of("Profile")));
    static final DrillTool MOUSE_BITE_TOOL_TEMPLATE = new DrillTool(0, 0, Plating.NON_PLATED,
            Attributes.of(Map.of(".AperFunction", List.of("NonPlated", "NPTH", "OtherDrill", "MouseBites"))));

    private PanelFeatures() {
    }

    /** Fiducial pads (copper) or their openings (mask) of {@code diameterMm}. */
    public static List<GraphicObject> fiducials(ArrayLayout layout, double diameterMm, boolean copper) {
        Aperture.Circle c = new Aperture.Circle(diameterMm, Hole.NONE);
        List<GraphicObject> out = new ArrayList<>();
        for (double[] f : layout.fiducials()) {
            out.add(new GraphicObject.Flash(pt(f[0], f[1]), c, ApertureTransform.IDENTITY, Polarity.DARK,
                    copper ? FIDUCIAL : Attributes.EMPTY));
        }
        return out;
    }

    /** The panel's edge as four draws with a thin round aperture (centre line on the panel edge). */
    public static List<GraphicObject> frame(ArrayLayout layout) {
        Aperture.Circle c = new Aperture.Circle(FRAME_LINE_MM, Hole.NONE);
        var p = layout.panel();
        Point a = pt(p.getMinX(), p.getMinY());
        Point b = pt(p.getMaxX(), p.getMinY());
        Point d = pt(p.getMaxX(), p.getMaxY());
        Point e = pt(p.getMinX(), p.getMaxY());
        List<GraphicObject> out = new ArrayList<>();
        Point[] ring = {a, b, d, e, a};
        for (int i = 1; i < ring.length; i++) {
            out.add(new GraphicObject.Draw(ring[i - 1], ring[i], c, ApertureTransform.IDENTITY, Polarity.DARK, PROFILE));
        }
        return out;
    }

    /** V-score lines across the whole panel, drawn with the spec's line width. */
    public static List<GraphicObject> vscores(ArrayLayout layout) {
        Aperture.Circle c = new Aperture.Circle(layout.spec().vscore().lineWidthMm(), Hole.NONE);
        var p = layout.panel();
        List<GraphicObject> out = new ArrayList<>();
        for (ArrayLayout.VScoreLine l : layout.vscores()) {
            Point from = l.vertical() ? pt(l.atMm(), p.getMinY()) : pt(p.getMinX(), l.atMm());
            Point to = l.vertical() ? pt(l.atMm(), p.getMaxY()) : pt(p.getMaxX(), l.atMm());
            out.add(new GraphicObject.Draw(from, to, c, ApertureTransform.IDENTITY, Polarity.DARK, Attributes.EMPTY));
        }
        return out;
    }

    /** Mouse-bite holes then tooling holes, non-plated. */
    public static List<DrillHit> holes(ArrayLayout layout) {
        List<DrillHit> out = new ArrayList<>();
        DrillTool bite = new DrillTool(900, layout.spec().mouseBites().holeDiameterMm(), Plating.NON_PLATED,
                MOUSE_BITE_TOOL_TEMPLATE.attributes());
        for (ArrayLayout.Tab t : layout.tabs()) {
            for (double[] h : t.holes()) {
                out.add(new DrillHit(bite, pt(h[0], h[1])));
            }
        }
        DrillTool tool = new DrillTool(901, layout.spec().tooling().diameterMm(), Plating.NON_PLATED,
                Attributes.of(Map.of(".AperFunction", List.of("NonPlated", "NPTH", "MechanicalDrill"))));
        for (double[] h : layout.tooling()) {
            out.add(new DrillHit(tool, pt(h[0], h[1])));
        }
        return out;
    }

    static Point pt(double xMm, double yMm) {
        return new Point(Units.nm(xMm), Units.nm(yMm));
    }
}
