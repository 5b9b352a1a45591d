package com.fabwright.assembly.cpl;

import com.fabwright.assembly.table.ColumnMatcher;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns of a placement file, with the header synonyms of the tools that write them. X and Y
 * prefer the centroid ({@code Mid X}, {@code Center-X}) over the reference point and pad 1
 * ({@code Ref X}, {@code Pad X}) that Altium writes beside it. {@link #MIRROR} is Allegro's
 * {@code SYM_MIRROR} (yes = bottom).
 */
public enum CplField {
    REFDES, X, Y, ROTATION, SIDE, MIRROR, FOOTPRINT, VALUE, MOUNT;

    static final Map<CplField, List<String>> SYNONYMS = synonyms();

    static ColumnMatcher<CplField> matcher() {
        return new ColumnMatcher<>(CplField.class, SYNONYMS, Set.of(REFDES, X, Y));
    }

    private static Map<CplField, List<String>> synonyms() {
        Map<CplField, List<String>> m = new EnumMap<>(CplField.class);
        m.put(REFDES, List.of("designator", "refdes", "ref", "reference", "references", "refdesignator", "partref",
                "componentref", "component", "name", "des", "part", "partname", "comp", "compname"));
        m.put(X, List.of("midx", "centerx", "centrex", "centroidx", "symcenterx", "posx", "x", "xmm", "xmil", "xmils",
                "xin", "xinch", "locationx", "xloc", "xlocation", "xcoord", "xcoordinate", "xposition", "positionx",
                "placex", "symx", "refx", "originx", "padx"));
        m.put(Y, List.of("midy", "centery", "centrey", "centroidy", "symcentery", "posy", "y", "ymm", "ymil", "ymils",
                "yin", "yinch", "locationy", "yloc", "ylocation", "ycoord", "ycoordinate", "yposition", "positiony",
                "placey", "symy", "refy", "originy", "pady"));
        m.put(ROTATION, List.of("rotation", "rot", "angle", "orientation", "rotate", "symrotate", "rotationdeg",
                "placementangle", "theta"));
        m.put(SIDE, List.of("side", "layer", "tb", "topbottom", "placementside", "boardside", "pcbside", "surface",
                "mountingside"));
        m.put(MIRROR, List.of("symmirror", "mirror", "mirrored", "flip", "flipped"));
        m.put(FOOTPRINT, List.of("footprint", "package", "pattern", "symname", "packagename", "footprintname", "case",
                "decal", "pcbfootprint", "shape"));
        m.put(VALUE, List.of("val", "value", "comment", "compvalue", "partnumber", "compdevicetype", "devicetype",
                "description", "device", "mpn", "partno"));
        m.put(MOUNT, List.of("type", "mount", "mounttype", "mounting", "technology", "smdtht", "assemblytype"));
        return m;
    }
}
