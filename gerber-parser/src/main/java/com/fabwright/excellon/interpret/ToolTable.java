package com.fabwright.excellon.interpret;

import com.fabwright.excellon.DrillTool;
import com.fabwright.excellon.Plating;
import com.fabwright.image.Attributes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tools of a file while it is read: mutable until {@link #build}, in order of first mention. */
final class ToolTable {
    /** One tool as known so far. */
    static final class Entry {
        final int number;
        double diameterMm;
        boolean defined;
        boolean fromComment;
        Plating plating = Plating.UNKNOWN;
        Attributes attributes = Attributes.EMPTY;

        Entry(int number) {
            this.number = number;
        }
    }

    private final Map<Integer, Entry> entries = new LinkedHashMap<>();
    private boolean anyDefinition;

    Entry get(int number) {
        return entries.get(number);
    }

    Entry getOrCreate(int number) {
        return entries.computeIfAbsent(number, Entry::new);
    }

    /** Whether the file has a tool table (definitions or Allegro's tool comments). */
    boolean hasDefinitions() {
        return anyDefinition;
    }

    /** Defines a tool; returns the previous diameter when a real definition changes it, else -1. */
    double define(int number, double diameterMm, boolean fromComment) {
        anyDefinition = true;
        Entry e = getOrCreate(number);
        double previous = -1;
        if (e.defined && !e.fromComment && !fromComment && Math.abs(e.diameterMm - diameterMm) > 1e-9) {
            previous = e.diameterMm;
        }
        if (!e.defined || !fromComment) {
            e.diameterMm = diameterMm;
            e.defined = true;
            e.fromComment = fromComment;
        }
        return previous;
    }

    /** Immutable tools, unknown plating filled from the file's when it is known. */
    Map<Integer, DrillTool> build(Plating filePlating) {
        Map<Integer, DrillTool> tools = new LinkedHashMap<>();
        for (Entry e : entries.values()) {
            Plating p = e.plating;
            if (p == Plating.UNKNOWN && (filePlating == Plating.PLATED || filePlating == Plating.NON_PLATED)) {
                p = filePlating;
            }
            tools.put(e.number, new DrillTool(e.number, e.defined ? e.diameterMm : 0, p, e.attributes));
        }
        return tools;
    }

    /** Combined plating of the tools, for files without an X2 file function. */
    Plating combinedPlating(List<Integer> usedTools) {
        Plating p = Plating.UNKNOWN;
        for (Integer n : usedTools) {
            Entry e = entries.get(n);
            if (e != null) {
                p = p.and(e.plating);
            }
        }
        return p;
    }
}
