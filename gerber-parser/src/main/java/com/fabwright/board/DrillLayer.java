package com.fabwright.board;

import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.excellon.DrillTool;
import com.fabwright.excellon.Plating;
import com.fabwright.image.Aperture;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.job.identify.LayerIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A drill layer of the board: an Excellon file, or a Gerber drill file (X2
 * {@code .FileFunction,Plated|NonPlated,...}, spec 5.6.3) whose flashes are holes and whose draws
 * are slots, with its holes.
 *
 * @param path        the file's job path
 * @param layer       its identification
 * @param holes       its holes, in file order
 * @param duplicateOf the job path of another drill layer holding the same holes (KiCad writes the
 *                    same drills as Excellon and as Gerber), or {@code null}; a duplicate is not
 *                    counted in the hole table
 */
public record DrillLayer(String path, LayerIdentity layer, List<Hole> holes, String duplicateOf) {
    public DrillLayer {
        holes = List.copyOf(holes);
    }

    /** The same layer marked as a duplicate of {@code other}. */
    public DrillLayer asDuplicateOf(String other) {
        return new DrillLayer(path, layer, holes, other);
    }

    /** Holes of an Excellon file; plating from the tool, else the file, else the layer id. */
    public static DrillLayer of(String path, LayerIdentity layer, DrillFile drill) {
        Plating filePlating = known(drill.plating()) ? drill.plating() : fromLayer(layer);
        List<Hole> holes = new ArrayList<>(drill.hits().size() + drill.slots().size());
        for (DrillHit h : drill.hits()) {
            holes.add(new Hole(h.tool().diameterMm(), plating(h.tool(), filePlating), false, isVia(h.tool().attributes()), h.at()));
        }
        Map<Integer, List<DrillSlot>> paths = new LinkedHashMap<>();
        int single = -1;
        for (DrillSlot s : drill.slots()) {
            paths.computeIfAbsent(s.path() < 0 ? single-- : s.path(), k -> new ArrayList<>()).add(s);
        }
        for (List<DrillSlot> p : paths.values()) {
            DrillTool tool = p.get(0).tool();
            holes.add(new Hole(tool.diameterMm(), plating(tool, filePlating), true, isVia(tool.attributes()), centre(p)));
        }
        return new DrillLayer(path, layer, holes, null);
    }

    /**
     * Holes of a Gerber drill file: each flash a hole (an oblong one a slot), each run of connected draws a slot. Plating
     * from the layer ({@code drill-pth}/{@code drill-npth}), vias from {@code .AperFunction,ViaDrill}.
     */
    public static DrillLayer of(String path, LayerIdentity layer, Image image) {
        Plating plating = fromLayer(layer);
        List<Hole> holes = new ArrayList<>();
        List<DrillSlot> run = new ArrayList<>();
        Hole runHole = null;
        int runIndex = -1;
        for (GraphicObject o : image.objects()) {
            Point from = null;
            Point to = null;
            Aperture aperture;
            if (o instanceof GraphicObject.Flash f) {
                holes.add(new Hole(OutlineExtractor.width(f.aperture()), objectPlating(o.attributes(), plating),
                        oblong(f.aperture()), isVia(o.attributes()), f.at()));
                run.clear();
                continue;
            } else if (o instanceof GraphicObject.Draw d) {
                from = d.from();
                to = d.to();
                aperture = d.aperture();
            } else if (o instanceof GraphicObject.ArcDraw a) {
                from = a.from();
                to = a.to();
                aperture = a.aperture();
            } else {
                continue;
            }
            if (run.isEmpty() || !run.get(run.size() - 1).to().equals(from)) {
                run.clear();
                runHole = new Hole(OutlineExtractor.width(aperture), objectPlating(o.attributes(), plating), true,
                        isVia(o.attributes()), from);
                holes.add(runHole);
                runIndex = holes.size() - 1;
            }
            run.add(new DrillSlot(NO_TOOL, from, to));
            runHole = new Hole(runHole.diameterMm(), runHole.plating(), true, runHole.via(), centre(run));
            holes.set(runIndex, runHole);
        }
        return new DrillLayer(path, layer, holes, null);
    }

    /** The middle of a routed path's end points' extent: the centre of an oval hole. */
    private static Point centre(List<DrillSlot> path) {
        long minX = Long.MAX_VALUE;
        long minY = Long.MAX_VALUE;
        long maxX = Long.MIN_VALUE;
        long maxY = Long.MIN_VALUE;
        for (DrillSlot s : path) {
            for (Point p : new Point[] {s.from(), s.to()}) {
                minX = Math.min(minX, p.x());
                minY = Math.min(minY, p.y());
                maxX = Math.max(maxX, p.x());
                maxY = Math.max(maxY, p.y());
            }
        }
        return new Point(Math.floorDiv(minX + maxX, 2), Math.floorDiv(minY + maxY, 2));
    }

    /** Drilled hits (not slots). */
    public long hitCount() {
        return holes.stream().filter(h -> !h.slot()).count();
    }

    /** Slots. */
    public long slotCount() {
        return holes.stream().filter(Hole::slot).count();
    }

    private static final DrillTool NO_TOOL = new DrillTool(0, 0, Plating.UNKNOWN);

    /** An oval or rectangular flash in a drill layer is a slot (KiCad 6 flashes oval holes as obrounds). */
    private static boolean oblong(Aperture a) {
        return a instanceof Aperture.Obround o && o.width() != o.height()
                || a instanceof Aperture.Rectangle r && r.width() != r.height();
    }

    private static Plating plating(DrillTool tool, Plating filePlating) {
        return known(tool.plated()) ? tool.plated() : filePlating;
    }

    private static Plating objectPlating(Attributes attributes, Plating layerPlating) {
        List<String> f = attributes.get(".AperFunction");
        for (String s : f) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            if (v.equals("pth") || v.equals("plated") || v.equals("viadrill")) {
                return Plating.PLATED;
            }
            if (v.equals("npth") || v.equals("nonplated")) {
                return Plating.NON_PLATED;
            }
        }
        return layerPlating;
    }

    private static boolean known(Plating p) {
        return p == Plating.PLATED || p == Plating.NON_PLATED;
    }

    /** Plating a layer id says: {@code drill-pth} plated, {@code drill-npth} not; else unknown. */
    static Plating fromLayer(LayerIdentity layer) {
        if (layer == null) {
            return Plating.UNKNOWN;
        }
        String id = layer.id();
        if (id.endsWith("-npth")) {
            return Plating.NON_PLATED;
        }
        if (id.endsWith("-pth") || id.startsWith("drill-blind") || id.startsWith("drill-buried")) {
            return Plating.PLATED;
        }
        return Plating.UNKNOWN;
    }

    static boolean isVia(Attributes attributes) {
        return attributes.get(".AperFunction").stream().anyMatch(s -> s.trim().equalsIgnoreCase("ViaDrill"));
    }

}
