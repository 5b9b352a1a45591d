package com.fabwright.job.identify;

import static com.fabwright.job.identify.LayerTemplate.*;
import static com.fabwright.job.identify.NamingFamily.family;

import com.fabwright.job.identify.NameRule.Numbering;
import java.util.List;

/**
 * File-name conventions by CAD tool, collected in {@code reference/dfm-checks-and-layer-names.md}
 * §5.1 (sources: tracespace whats-that-gerber, gerbonara layer_rules, tool manuals) and checked
 * against the exports in the test corpus. Patterns run on the lower-case base name. Order matters
 * twice: within a family the first matching rule wins; between families, declaration order breaks
 * ties in the count of files explained.
 */
final class NamingFamilies {
    private NamingFamilies() {
    }

    /** DipTrace copper: start of a part not preceded by a mask/silk/paste word. */
    private static final String DT = "(?:^|_)(?<!mask_)(?<!silk_)(?<!screen_)(?<!paste_)(?<!legend_)";
    /** Start of a name part: beginning, or one of {@code - _ . space}. */
    private static final String B = "(?:^|[-_. ])";
    /** End of a name part: an extension or the end of the name. */
    private static final String E = "(?:\\.[a-z0-9]+)?$";

    static final NamingFamily KICAD = family("KiCad")
            .any("-(?:top|bottom|both|all)(?:-pos)?\\.pos$|-(?:top|bottom|both|all)-pos\\.(?:csv|gbr|txt)$", NOT_A_LAYER)
            .any(B + "f[._]cu" + E, TOP_COPPER)
            .any(B + "b[._]cu" + E, BOTTOM_COPPER)
            .any(B + "in(?:ner)?(\\d+)[._]cu" + E, INNER_COPPER, Numbering.INNER_INDEX)
            .any(B + "f[._]mask" + E, TOP_MASK)
            .any(B + "b[._]mask" + E, BOTTOM_MASK)
            .any(B + "f[._]silks(?:creen)?" + E, TOP_SILK)
            .any(B + "b[._]silks(?:creen)?" + E, BOTTOM_SILK)
            .any(B + "f[._]paste" + E, TOP_PASTE)
            .any(B + "b[._]paste" + E, BOTTOM_PASTE)
            .any(B + "edge[._]cuts" + E, OUTLINE)
            .any(B + "f[._]fab" + E, TOP_ASSEMBLY)
            .any(B + "b[._]fab" + E, BOTTOM_ASSEMBLY)
            .any(B + "f[._](?:courtyard|crtyd|adhes(?:ive)?)" + E, TOP_OTHER)
            .any(B + "b[._](?:courtyard|crtyd|adhes(?:ive)?)" + E, BOTTOM_OTHER)
            .any(B + "(?:dwgs[._]user|user[._]drawings)" + E, DRAWING)
            .any(B + "(?:cmts[._]user|eco\\d[._]user|margin|user[._]comments|user[._]eco\\d)" + E, OTHER)
            .any("-drl_map\\.[a-z]+$", DRILL_MAP)
            .any("-npth(?:-drl)?\\.(?:drl|gbr|xln|exc)$", DRILL_NPTH)
            .any("-pth(?:-drl)?\\.(?:drl|gbr|xln|exc)$", DRILL_PTH)
            .drill("\\.drl$", DRILL)
            .any("\\.d356$", NOT_A_LAYER)
            .build();

    static final NamingFamily EASYEDA = family("EasyEDA")
            .any("gerber_toplayer", TOP_COPPER)
            .any("gerber_bottomlayer", BOTTOM_COPPER)
            .any("gerber_inner(?:layer)?(\\d+)", INNER_COPPER, Numbering.INNER_INDEX)
            .any("gerber_topsoldermask", TOP_MASK)
            .any("gerber_bottomsoldermask", BOTTOM_MASK)
            .any("gerber_topsilk", TOP_SILK)
            .any("gerber_bottomsilk", BOTTOM_SILK)
            .any("gerber_toppaste", TOP_PASTE)
            .any("gerber_bottompaste", BOTTOM_PASTE)
            .any("gerber_boardoutline", OUTLINE)
            .any("gerber_drilldrawing", DRILL_MAP)
            .any("gerber_(?:document|mechanical)", DRAWING)
            .any("drill_npth", DRILL_NPTH)
            .any("drill_pth", DRILL_PTH)
            .build();

    static final NamingFamily FRITZING = family("Fritzing")
            .any("_coppertop\\.", TOP_COPPER)
            .any("_copperbottom\\.", BOTTOM_COPPER)
            .any("_masktop\\.", TOP_MASK)
            .any("_maskbottom\\.", BOTTOM_MASK)
            .any("_silktop\\.", TOP_SILK)
            .any("_silkbottom\\.", BOTTOM_SILK)
            .any("_pastemasktop\\.", TOP_PASTE)
            .any("_pastemaskbottom\\.", BOTTOM_PASTE)
            .any("_contour\\.", OUTLINE)
            .drill("_drill\\.", DRILL)
            .build();

    /** Eagle 8+/Fusion 360 CAM job names, OSH Park and PCBNG CAM names. */
    static final NamingFamily EAGLE_CAM = family("Eagle/Fusion 360 CAM")
            .any("\\.(?:gpi|dri)$|^pnp_bom|_bom\\.csv$|_centroid\\.csv$", NOT_A_LAYER)
            .any("(?:^|[._])(?:copper_top|top_copper)(?:_l(\\d+))?" + E, TOP_COPPER)
            .any("(?:^|[._])(?:copper_bottom|bottom_copper)(?:_l(\\d+))?" + E, BOTTOM_COPPER, Numbering.COPPER_INDEX)
            .any("(?:^|[._])copper_inner_l(\\d+)" + E, INNER_COPPER, Numbering.COPPER_INDEX)
            .any("(?:^|[._])(?:soldermask_top|top_mask)" + E, TOP_MASK)
            .any("(?:^|[._])(?:soldermask_bottom|bottom_mask)" + E, BOTTOM_MASK)
            .any("(?:^|[._])(?:silkscreen_top|top_silk)" + E, TOP_SILK)
            .any("(?:^|[._])(?:silkscreen_bottom|bottom_silk)" + E, BOTTOM_SILK)
            .any("(?:^|[._])(?:solderpaste_top|top_paste)" + E, TOP_PASTE)
            .any("(?:^|[._])(?:solderpaste_bottom|bottom_paste)" + E, BOTTOM_PASTE)
            .any("^profile" + E, OUTLINE)
            .gerber("\\.outline\\.gbr$", OUTLINE)
            .any("\\.toplayer\\.ger$", TOP_COPPER)
            .any("\\.bottomlayer\\.ger$", BOTTOM_COPPER)
            .any("\\.internalplane(\\d+)\\.ger$", INNER_COPPER, Numbering.INNER_INDEX)
            .any("\\.topsoldermask\\.ger$", TOP_MASK)
            .any("\\.bottomsoldermask\\.ger$", BOTTOM_MASK)
            .any("\\.topsilkscreen\\.ger$", TOP_SILK)
            .any("\\.bottomsilkscreen\\.ger$", BOTTOM_SILK)
            .any("\\.tcream\\.ger$", TOP_PASTE)
            .any("\\.bcream\\.ger$", BOTTOM_PASTE)
            .any("\\.boardoutline\\.ger$", OUTLINE)
            .any("(?:^|\\.)drills?\\.(?:xln|drl|exc)$", DRILL)
            .drill("(?:^|\\.)drills?\\.txt$", DRILL)
            .build();

    static final NamingFamily EAGLE_LEGACY = family("Eagle (legacy CAM)")
            .any("\\.(?:gpi|dri)$", NOT_A_LAYER)
            .any("\\.(?:cmp|top)$", TOP_COPPER)
            .any("\\.(?:sol|bot)$", BOTTOM_COPPER)
            .any("\\.ly(\\d+)$", INNER_COPPER, Numbering.COPPER_INDEX)
            .any("\\.(?:stc|tsm)$", TOP_MASK)
            .any("\\.(?:sts|bsm)$", BOTTOM_MASK)
            .any("\\.(?:plc|tsk)$", TOP_SILK)
            .any("\\.(?:pls|bsk)$", BOTTOM_SILK)
            .any("\\.(?:crc|tsp)$", TOP_PASTE)
            .any("\\.(?:crs|bsp)$", BOTTOM_PASTE)
            .any("\\.(?:dim|mil|gml)$", OUTLINE)
            .gerber("\\.gko$", OUTLINE)
            .any("\\.(?:xln|exc|drl)$", DRILL)
            .drill("\\.(?:drd|txt)$", DRILL)
            .build();

    static final NamingFamily PROTEL = family("Altium/Protel")
            .any("\\.gtl$", TOP_COPPER)
            .any("\\.gbl$", BOTTOM_COPPER)
            .any("\\.g(\\d+)$", INNER_COPPER, Numbering.INNER_INDEX)
            .any("\\.gp(\\d+)$", INNER_COPPER, Numbering.ORDER_UNKNOWN)
            .any("\\.gts$", TOP_MASK)
            .any("\\.gbs$", BOTTOM_MASK)
            .any("\\.gto$", TOP_SILK)
            .any("\\.gbo$", BOTTOM_SILK)
            .any("\\.gtp$", TOP_PASTE)
            .any("\\.gbp$", BOTTOM_PASTE)
            .any("\\.gko$", OUTLINE)
            .any("\\.gml$", OUTLINE)
            .any("\\.gm(\\d+)$", MECHANICAL, Numbering.MECHANICAL_INDEX)
            .any("\\.gpt$", TOP_OTHER)
            .any("\\.gpb$", BOTTOM_OTHER)
            .any("\\.g[dg]\\d*$", DRILL_MAP)
            .drill("non-?plated\\.(?:txt|drl)$", DRILL_NPTH)
            .drill("plated\\.(?:txt|drl)$", DRILL_PTH)
            .any("\\.(?:drl|xln)$", DRILL)
            .drill("\\.txt$", DRILL)
            .any("\\.(?:apr|apr_lib|drr|rep|extrep|ldp|rul|ipc)$", NOT_A_LAYER)
            .build();

    static final NamingFamily ORCAD = family("OrCAD")
            .any("\\.top$", TOP_COPPER)
            .any("\\.bot$", BOTTOM_COPPER)
            .any("\\.in(\\d+)$", INNER_COPPER, Numbering.INNER_INDEX)
            .any("\\.smt$", TOP_MASK)
            .any("\\.smb$", BOTTOM_MASK)
            .any("\\.sst$", TOP_SILK)
            .any("\\.ssb$", BOTTOM_SILK)
            .any("\\.spt$", TOP_PASTE)
            .any("\\.spb$", BOTTOM_PASTE)
            .any("\\.ast$", TOP_ASSEMBLY)
            .any("\\.asb$", BOTTOM_ASSEMBLY)
            .gerber("\\.(?:fab|drd)$", OUTLINE)
            .any("\\.tap$", DRILL_PTH)
            .any("\\.npt$", DRILL_NPTH)
            .build();

    static final NamingFamily TARGET3001 = family("Target3001!")
            .any("\\.top$", TOP_COPPER)
            .any("\\.bot$", BOTTOM_COPPER)
            .any("\\.stoptop$", TOP_MASK)
            .any("\\.stopbot$", BOTTOM_MASK)
            .any("\\.positop$", TOP_SILK)
            .any("\\.posibot$", BOTTOM_SILK)
            .any("\\.pastetop$", TOP_PASTE)
            .any("\\.pastebot$", BOTTOM_PASTE)
            .any("\\.outline$", OUTLINE)
            .any("\\.drill$", DRILL)
            .any("\\.(?:apr|info|tool|whl)$", NOT_A_LAYER)
            .build();

    /** gEDA pcb and pcb-rnd, including the old component/solder side names. */
    static final NamingFamily GEDA = family("gEDA/pcb-rnd")
            .any("\\.(?:top|front|component)\\.gbr$", TOP_COPPER)
            .any("\\.(?:bottom|back|solder)\\.gbr$", BOTTOM_COPPER)
            .any("\\.(?:topmask|frontmask|componentmask)\\.gbr$", TOP_MASK)
            .any("\\.(?:bottommask|backmask|soldermask)\\.gbr$", BOTTOM_MASK)
            .any("\\.(?:topsilk|frontsilk|componentsilk)\\.gbr$", TOP_SILK)
            .any("\\.(?:bottomsilk|backsilk|soldersilk)\\.gbr$", BOTTOM_SILK)
            .any("\\.(?:toppaste|frontpaste)\\.gbr$", TOP_PASTE)
            .any("\\.(?:bottompaste|backpaste)\\.gbr$", BOTTOM_PASTE)
            .any("\\.outline\\.gbr$", OUTLINE)
            .any("\\.inner_l(\\d+)\\.gbr$", INNER_COPPER, Numbering.INNER_INDEX)
            .any("\\.group(\\d+)\\.gbr$", INNER_COPPER, Numbering.ORDER_UNKNOWN)
            .any("\\.fab\\.gbr$", DRAWING)
            .any("\\.unplated-drill\\.(?:cnc|gbr)$", DRILL_NPTH)
            .any("\\.plated-drill\\.(?:cnc|gbr)$", DRILL_PTH)
            .any("output_componentmask\\.", TOP_MASK)
            .any("output_componentsilk\\.", TOP_SILK)
            .any("output_soldermask\\.", BOTTOM_MASK)
            .any("output_soldersilk\\.", BOTTOM_SILK)
            .any("output_group(\\d+)\\.", INNER_COPPER, Numbering.ORDER_UNKNOWN)
            .any("output_unplated-drill\\.", DRILL_NPTH)
            .any("output_plated-drill\\.", DRILL_PTH)
            .build();

    /**
     * DipTrace: {@code <board>_Top.gbr}, {@code _TopMask}, {@code _BoardOutline}... Only {@code .gbr}/{@code .drl}
     * and never after a function word, so Allegro films like {@code Solder_Mask_Top.art} are not read as copper.
     */
    static final NamingFamily DIPTRACE = family("DipTrace")
            .any(DT + "top\\.gbr$", TOP_COPPER)
            .any(DT + "bottom\\.gbr$", BOTTOM_COPPER)
            .any("(?:^|_)inner_?l?(\\d+)\\.gbr$", INNER_COPPER, Numbering.INNER_INDEX)
            .any("(?:^|_)topmask\\.gbr$", TOP_MASK)
            .any("(?:^|_)bottommask\\.gbr$", BOTTOM_MASK)
            .any("(?:^|_)topsilk\\.gbr$", TOP_SILK)
            .any("(?:^|_)bottomsilk\\.gbr$", BOTTOM_SILK)
            .any("(?:^|_)toppaste\\.gbr$", TOP_PASTE)
            .any("(?:^|_)bottompaste\\.gbr$", BOTTOM_PASTE)
            .any("(?:^|_)boardoutline\\.gbr$", OUTLINE)
            .any("(?:^|_)through\\.drl$", DRILL)
            .drill("\\.drl$", DRILL)
            .build();

    /** Cadence Allegro: user film names ({@code .art}, read by words) and NC route files. */
    static final NamingFamily ALLEGRO = family("Cadence Allegro")
            .drill("\\.rou$", OUTLINE)
            .drill("(?:^|[-_])ncdrill[^.]*\\.drl$", DRILL)
            .any("^(?:nc_param|art_param)\\.txt$|\\.log$", NOT_A_LAYER)
            .build();

    /** Siemens Xpedition / PADS Professional / Mentor Expedition output names. */
    static final NamingFamily XPEDITION = family("Siemens Xpedition")
            .any("(?:^|_)l0*1_top\\.gdo$|etchlayertop\\.gdo$", TOP_COPPER)
            .any("(?:^|_)l0*(\\d+)_bottom\\.gdo$|etchlayer(\\d+)?bottom\\.gdo$", BOTTOM_COPPER, Numbering.COPPER_INDEX)
            .any("(?:^|_)l0*(\\d+)\\.gdo$|etchlayer(\\d+)\\.gdo$", INNER_COPPER, Numbering.COPPER_INDEX)
            .any("soldermasktop\\.gdo$", TOP_MASK)
            .any("soldermaskbottom\\.gdo$", BOTTOM_MASK)
            .any("silkscreentop\\.gdo$", TOP_SILK)
            .any("silkscreenbottom\\.gdo$", BOTTOM_SILK)
            .any("solderpastetop\\.gdo$", TOP_PASTE)
            .any("solderpastebottom\\.gdo$", BOTTOM_PASTE)
            .any("assemblytop\\.gdo$", TOP_ASSEMBLY)
            .any("assemblybottom\\.gdo$", BOTTOM_ASSEMBLY)
            .any("boardoutl+ine\\.gdo$", OUTLINE)
            .any("drilldrawing\\w*\\.gdo$", DRILL_MAP)
            .any("contourplated\\.ncd$", OUTLINE)
            .any("thruholenonplated\\.ncd$", DRILL_NPTH)
            .any("thruholeplated\\.ncd$", DRILL_PTH)
            .drill("\\.ncd$", DRILL)
            .any("\\.(?:gpf|dsn)$", NOT_A_LAYER)
            .build();

    static final NamingFamily ZUKEN = family("Zuken")
            .any("conductive-0*1\\.fph$", TOP_COPPER)
            .any("conductive-(\\d+)\\.fph$", INNER_COPPER, Numbering.COPPER_INDEX)
            .any("resist-a\\.fph$", TOP_MASK)
            .any("resist-b\\.fph$", BOTTOM_MASK)
            .any("symbol-a\\.fph$", TOP_SILK)
            .any("symbol-b\\.fph$", BOTTOM_SILK)
            .any("metalmask-a\\.fph$", TOP_PASTE)
            .any("metalmask-b\\.fph$", BOTTOM_PASTE)
            .any("nplt\\.fdr$", DRILL_NPTH)
            .any("plt\\.fdr$", DRILL_PTH)
            .any("\\.fdr$", DRILL)
            .any("\\.(?:fdl|fpl)$", NOT_A_LAYER)
            .build();

    /** FAB 3000 (Numerical Innovations) writes bare two-letter layer names. */
    static final NamingFamily FAB3000 = family("FAB 3000")
            .any("^tl$", TOP_COPPER)
            .any("^bl$", BOTTOM_COPPER)
            .any("^l(\\d+)$", INNER_COPPER, Numbering.COPPER_INDEX)
            .any("^ts$", TOP_MASK)
            .any("^bs$", BOTTOM_MASK)
            .any("^to$", TOP_SILK)
            .any("^bo$", BOTTOM_SILK)
            .any("^tp$", TOP_PASTE)
            .any("^bp$", BOTTOM_PASTE)
            .any("^ko$", OUTLINE)
            .any("^drl$", DRILL)
            .build();

    /** All families; declaration order breaks ties. */
    static final List<NamingFamily> ALL = List.of(KICAD, EASYEDA, FRITZING, EAGLE_CAM, XPEDITION, ZUKEN,
            FAB3000, TARGET3001, GEDA, DIPTRACE, ALLEGRO, PROTEL, EAGLE_LEGACY, ORCAD);
}
