package com.fabwright.excellon;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.Polarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The result of reading one Excellon file: the format it was read with and where that came from,
 * the tools, the drilled hits, the milled slots and routed segments, plating, the copper layer span
 * and every diagnostic. Reading never throws for bad content; an unreadable file has no hits and at
 * least one error. Coordinates are nanometres in the file's coordinate system.
 *
 * @param name           the file name as the user gave it
 * @param format         the format coordinates were read with (after in-body unit switches, the initial one)
 * @param formatOrigin   where that format came from
 * @param tools          tools in order of first definition or use
 * @param hits           drilled holes in file order, repeat codes expanded
 * @param slots          G85 slots and routed segments in file order
 * @param plating        plating of the file: X2 {@code .FileFunction} first, else combined from its tools
 * @param span           copper layers connected, or {@code null} when the file does not say
 * @param fileAttributes X2-style file attributes from {@code ; #@! TF...} comments
 * @param diagnostics    warnings and errors in file order
 * @param evidence       what the file stated about its format; drives the format search
 */
public record DrillFile(String name, ExcellonFormat format, FormatOrigin formatOrigin, List<DrillTool> tools,
                        List<DrillHit> hits, List<DrillSlot> slots, Plating plating, LayerSpan span,
                        Attributes fileAttributes, List<Diagnostic> diagnostics, FormatEvidence evidence) {

    public DrillFile {
        tools = List.copyOf(tools);
        hits = List.copyOf(hits);
        slots = List.copyOf(slots);
        diagnostics = List.copyOf(diagnostics);
        fileAttributes = fileAttributes == null ? Attributes.EMPTY : fileAttributes;
        plating = plating == null ? Plating.UNKNOWN : plating;
    }

    /** Whether any error diagnostic was reported (hits may then be incomplete). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** Number of slots: G85 slots plus routed paths (a path of several segments is one slot). */
    public int slotCount() {
        Set<Integer> paths = new HashSet<>();
        for (DrillSlot s : slots) {
            paths.add(s.path());
        }
        return paths.size();
    }

    /** Holes as the CAD tools count them in their drill reports: hits plus slots. */
    public int holeCount() {
        return hits.size() + slotCount();
    }

    /** Holes (hits plus slots) per tool number, in tool order. */
    public Map<Integer, Integer> holeCountByTool() {
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        tools.forEach(t -> counts.put(t.number(), 0));
        hits.forEach(h -> counts.merge(h.tool().number(), 1, Integer::sum));
        Map<Integer, Integer> pathTool = new HashMap<>();
        slots.forEach(s -> pathTool.putIfAbsent(s.path(), s.tool().number()));
        pathTool.values().forEach(t -> counts.merge(t, 1, Integer::sum));
        return counts;
    }

    /** This file with one more diagnostic at the end (used by the format resolver for its verdict). */
    public DrillFile withDiagnostic(Diagnostic d) {
        List<Diagnostic> all = new ArrayList<>(diagnostics);
        all.add(d);
        return new DrillFile(name, format, formatOrigin, tools, hits, slots, plating, span, fileAttributes, all, evidence);
    }

    /** This file with its diagnostics replaced. */
    public DrillFile withDiagnostics(List<Diagnostic> replacement) {
        return new DrillFile(name, format, formatOrigin, tools, hits, slots, plating, span, fileAttributes, replacement, evidence);
    }

    /** This file with another format origin (the resolver marks its choice {@link FormatOrigin#ALIGNED}). */
    public DrillFile withFormatOrigin(FormatOrigin origin) {
        return new DrillFile(name, format, origin, tools, hits, slots, plating, span, fileAttributes, diagnostics, evidence);
    }

    /**
     * The drill layer as an image for the geometry adapter: each hit a flash of a circle of the tool
     * diameter, each slot a draw (or arc draw) with that circle, all dark, carrying the tool's
     * attributes. Tools without a diameter give zero-size circles, which cover no area.
     */
    public Image toImage() {
        Map<DrillTool, Aperture.Circle> apertures = new HashMap<>();
        List<GraphicObject> objects = new ArrayList<>(hits.size() + slots.size());
        for (DrillHit h : hits) {
            Aperture.Circle c = apertures.computeIfAbsent(h.tool(), t -> new Aperture.Circle(t.diameterMm(), Hole.NONE));
            objects.add(new GraphicObject.Flash(h.at(), c, ApertureTransform.IDENTITY, Polarity.DARK, h.tool().attributes()));
        }
        for (DrillSlot s : slots) {
            Aperture.Circle c = apertures.computeIfAbsent(s.tool(), t -> new Aperture.Circle(t.diameterMm(), Hole.NONE));
            if (s.isArc()) {
                objects.add(new GraphicObject.ArcDraw(s.from(), s.to(), s.center(), s.clockwise(), c,
                        ApertureTransform.IDENTITY, Polarity.DARK, s.tool().attributes()));
            } else {
                objects.add(new GraphicObject.Draw(s.from(), s.to(), c, ApertureTransform.IDENTITY, Polarity.DARK,
                        s.tool().attributes()));
            }
        }
        return new Image(objects, fileAttributes, false, format.inch());
    }
}
