package com.fabwright.app.cli;

import com.fabwright.dfm.Violation;
import com.fabwright.panel.ArrayLayout;
import com.fabwright.panel.production.ProductionPanelFit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@code panel --json} document (CLI.md): {@code array}, {@code production}, {@code files}, plus extensions. */
final class PanelReport {
    private PanelReport() {
    }

    /** A length rounded to the nanometre grid, so that JSON shows 99.06 rather than 99.05999999999999. */
    private static double nm(double mm) {
        return Math.rint(mm * 1e6) / 1e6;
    }

    static Map<String, Object> of(ArrayLayout l, ProductionPanelFit fit, List<String> files, List<Violation> vs) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> array = new LinkedHashMap<>();
        array.put("rows", l.spec().rows());
        array.put("cols", l.spec().cols());
        array.put("widthMm", nm(l.widthMm()));
        array.put("heightMm", nm(l.heightMm()));
        array.put("boards", l.instances().size());
        array.put("separation", l.spec().vscored() ? "vscore" : "mousebites");
        array.put("rotationDeg", l.spec().rotationDeg());
        array.put("spacingMm", l.spec().spacingMm());
        array.put("rails", Map.of("sides", l.spec().rails().sides(), "widthMm", l.spec().rails().widthMm()));
        array.put("designs", l.designs().stream().map(d -> Map.of("name", d.name(), "widthMm", nm(d.widthMm()),
                "heightMm", nm(d.heightMm()), "placements", d.placements().size())).toList());
        array.put("vscoreLines", l.vscores().stream().map(v -> Map.of("axis", v.vertical() ? "x" : "y", "atMm", v.atMm())).toList());
        array.put("tabs", l.tabs().size());
        array.put("mouseBiteHoles", l.mouseBiteHoles());
        array.put("fiducials", l.fiducials());
        array.put("toolingHoles", l.tooling());
        array.put("xOut", Map.of("maxBadBoards", l.spec().xOut().maxBadBoards(), "marking", l.spec().xOut().marking()));
        array.put("warnings", l.warnings());
        root.put("array", array);
        if (fit != null) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("panel", fit.panel().name());
            p.put("arraysPerPanel", fit.arraysPerPanel());
            p.put("boardsPerPanel", fit.boardsPerPanel());
            p.put("utilization", fit.utilization());
            p.put("across", fit.across());
            p.put("down", fit.down());
            p.put("rotated", fit.rotated());
            root.put("production", p);
        } else {
            root.put("production", null);
        }
        root.put("files", files);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Violation v : vs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", v.rule());
            m.put("severity", v.severity().label());
            m.put("layers", v.layers());
            m.put("xMm", v.xMm());
            m.put("yMm", v.yMm());
            m.put("measuredMm", v.measuredMm());
            m.put("limitMm", v.limitMm());
            m.put("message", v.message());
            m.put("refs", v.refs());
            out.add(m);
        }
        root.put("violations", out);
        return root;
    }
}
