package com.fabwright.dfm.rules;

import com.fabwright.dfm.DfmInput;
import com.fabwright.dfm.copper.CopperFeature;
import com.fabwright.dfm.copper.CopperLayer;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.Side;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The layers of one board side: outer copper, mask, paste and silk, and which copper objects are pads. */
record Sides(Side side, CopperLayer copper, String maskId, LayerGeometry mask, String pasteId, LayerGeometry paste,
             String silkId, LayerGeometry silk) {

    static List<Sides> of(DfmInput in) {
        List<CopperLayer> c = in.copper();
        return List.of(side(in, Side.TOP, c.isEmpty() ? null : c.get(0)),
                side(in, Side.BOTTOM, c.size() < 2 ? null : c.get(c.size() - 1)));
    }

    private static Sides side(DfmInput in, Side side, CopperLayer copper) {
        String mask = id(in, LayerFunction.SOLDERMASK, side);
        String paste = id(in, LayerFunction.PASTE, side);
        String silk = id(in, LayerFunction.SILKSCREEN, side);
        return new Sides(side, copper, mask, geometry(in, mask), paste, geometry(in, paste), silk, geometry(in, silk));
    }

    private static String id(DfmInput in, LayerFunction f, Side side) {
        return in.file(f, side).map(x -> x.layer().id()).orElse(null);
    }

    private static LayerGeometry geometry(DfmInput in, String id) {
        return id == null ? null : in.geometry(id).filter(g -> !g.isEmpty()).orElse(null);
    }

    /** Whether a feature is a component pad: a flash that is not a via pad or fiducial. */
    static boolean componentPad(CopperFeature f) {
        return f.kind() == CopperFeature.Kind.PAD && !function(f, "viapad") && !function(f, "fiducialpad");
    }

    /** Whether the feature's {@code .AperFunction} starts with {@code prefix} (lower case). */
    static boolean function(CopperFeature f, String prefix) {
        return f.source().attributes().get(".AperFunction").stream()
                .anyMatch(s -> s.trim().toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /** An SMD pad: X2 says so, or a component pad with no hole through it. */
    static boolean smdPad(CopperFeature f, DfmInput in) {
        if (!componentPad(f)) {
            return false;
        }
        if (f.source().attributes().has(".AperFunction")) {
            return function(f, "smdpad");
        }
        return in.holes().stream().noneMatch(h -> f.prepared().intersects(h.centrePoint()));
    }

    static Optional<LayerGeometry> opt(LayerGeometry g) {
        return Optional.ofNullable(g);
    }
}
