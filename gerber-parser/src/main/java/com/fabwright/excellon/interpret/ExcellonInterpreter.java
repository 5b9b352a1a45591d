package com.fabwright.excellon.interpret;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.DrillFile;
import com.fabwright.excellon.DrillHit;
import com.fabwright.excellon.DrillSlot;
import com.fabwright.excellon.DrillTool;
import com.fabwright.excellon.ExcellonFormat;
import com.fabwright.excellon.LayerSpan;
import com.fabwright.excellon.Plating;
import com.fabwright.excellon.command.ExcellonCommand;
import com.fabwright.image.Attributes;
import com.fabwright.image.Point;
import com.fabwright.input.InputLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs Excellon commands through the drill/route state machine and builds the {@link DrillFile}.
 * Drill mode (default, {@code G05}): a coordinate is a hit with the current tool; {@code R} repeats
 * it; {@code G85} drills a slot. Route mode ({@code G00} move, {@code M15} tool down,
 * {@code G01}/{@code G02}/{@code G03} cut, {@code M16}/{@code M17} tool up): cuts become
 * {@link DrillSlot} segments grouped in paths. Files that route without ever lowering the tool
 * ({@code M15}) cut on every {@code G01}-{@code G03}, as gerbv and the CAD tools writing them expect.
 * Coordinates are modal (a missing X or Y keeps the last value), absolute ({@code G90}) or
 * incremental ({@code G91}, {@code ICI,ON}), offset by {@code G93} zero set.
 */
public final class ExcellonInterpreter {
    private final DiagnosticSink sink;
    private final InputLimits limits;
    private final FormatDetection detection;
    private ExcellonFormat format;

    private final ToolTable tools = new ToolTable();
    private final HitBuffer hits = new HitBuffer();
    private final List<SlotRecord> slots = new ArrayList<>();
    private final Map<String, List<String>> fileAttributes = new LinkedHashMap<>();
    private Attributes pendingToolAttributes = Attributes.EMPTY;
    private Plating pendingPlating = Plating.UNKNOWN;
    private Plating bodyPlating = Plating.UNKNOWN;
    private Plating filePlating = Plating.UNKNOWN;
    private LayerSpan span;

    private boolean inHeader;
    private Integer currentTool;
    private long x;
    private long y;
    private long zeroX;
    private long zeroY;
    private boolean incremental;
    private boolean routeMode;
    private int motion = 1;
    private boolean toolDown;
    private boolean fileLowersTool;
    private int currentPath = -1;
    private int pathCount;
    private boolean ended;
    private boolean warnedAfterEnd;
    private boolean stopped;

    private record SlotRecord(int tool, Point from, Point to, Point center, boolean clockwise, int path) {
    }

    public ExcellonInterpreter(DiagnosticSink sink, InputLimits limits, FormatDetection detection) {
        this.sink = sink;
        this.limits = limits;
        this.detection = detection;
        this.format = detection.format();
    }

    /** Interprets all commands and returns the file model. */
    public DrillFile run(String name, List<ExcellonCommand> commands) {
        fileLowersTool = commands.stream().anyMatch(c -> c instanceof ExcellonCommand.ToolDown);
        for (ExcellonCommand c : commands) {
            if (stopped) {
                break;
            }
            if (ended && !(c instanceof ExcellonCommand.Comment || c instanceof ExcellonCommand.HeaderEnd)) {
                if (!warnedAfterEnd && !(c instanceof ExcellonCommand.End)) {
                    sink.warning("DRL-W006", c.position(), "content after the end of program (M30/M00) ignored");
                    warnedAfterEnd = true;
                }
                continue;
            }
            try {
                execute(c);
            } catch (NumberFormatException | ArithmeticException e) {
                sink.report(Severity.ERROR, "DRL-E007", c.position(), "coordinate is not a number: " + e.getMessage()
                        + "; block ignored", excerpt(c));
            }
        }
        if (!ended && !stopped && hits.size() + slots.size() > 0) {
            sink.warning("DRL-W005", SourcePosition.UNKNOWN, "no end of program (M30) at the end: the file may be truncated");
        }
        return build(name);
    }

    private void execute(ExcellonCommand c) {
        if (c instanceof ExcellonCommand.HeaderStart) {
            inHeader = true;
        } else if (c instanceof ExcellonCommand.HeaderEnd) {
            inHeader = false;
        } else if (c instanceof ExcellonCommand.Units u) {
            units(u);
        } else if (c instanceof ExcellonCommand.ToolDefinition t) {
            defineTool(t);
        } else if (c instanceof ExcellonCommand.ToolSelect t) {
            inHeader = false;
            selectTool(t.number(), t.position());
        } else if (c instanceof ExcellonCommand.Coordinate k) {
            inHeader = false;
            if (routeMode) {
                route(motion, k.x(), k.y(), null, null, null, k.position(), k.excerpt());
            } else {
                move(k.x(), k.y());
                addHit(k.position());
            }
        } else if (c instanceof ExcellonCommand.Motion m) {
            inHeader = false;
            route(m.code(), m.x(), m.y(), m.i(), m.j(), m.a(), m.position(), m.excerpt());
        } else if (c instanceof ExcellonCommand.G85Slot g) {
            inHeader = false;
            g85(g);
        } else if (c instanceof ExcellonCommand.Repeat r) {
            repeat(r);
        } else if (c instanceof ExcellonCommand.ToolDown) {
            routeMode = true;
            toolDown = true;
            currentPath = pathCount++;
        } else if (c instanceof ExcellonCommand.ToolUp) {
            toolDown = false;
            currentPath = -1;
        } else if (c instanceof ExcellonCommand.DrillMode) {
            inHeader = false;
            routeMode = false;
            toolDown = false;
            currentPath = -1;
        } else if (c instanceof ExcellonCommand.CoordinateMode m) {
            incremental = m.incremental();
        } else if (c instanceof ExcellonCommand.ZeroSet z) {
            zeroX = z.x() == null ? zeroX : CoordinateDecoder.toNm(z.x(), format);
            zeroY = z.y() == null ? zeroY : CoordinateDecoder.toNm(z.y(), format);
        } else if (c instanceof ExcellonCommand.End) {
            ended = true;
        } else if (c instanceof ExcellonCommand.AttributeComment a) {
            attribute(a);
        } else if (c instanceof ExcellonCommand.PlatingComment p) {
            pendingPlating = p.plating();
            if (!inHeader) { // older Altium: ;TYPE= before the tool selection in the body
                bodyPlating = p.plating();
            }
        } else if (c instanceof ExcellonCommand.ToolComment t) {
            tools.define(t.number(), t.diameterMm(), true);
            applyPlating(tools.getOrCreate(t.number()), t.plating());
        } else if (c instanceof ExcellonCommand.Unknown u) {
            sink.report(u.error() ? Severity.ERROR : Severity.WARNING, u.error() ? "DRL-E004" : "DRL-W007",
                    u.position(), u.reason() + (u.error() ? "; block ignored" : "; ignored"), u.text());
        }
        // FormatVersion, FormatComment, Comment, Ignored: no effect here
    }

    private void units(ExcellonCommand.Units u) {
        if (detection.forced() || u.inch() == format.inch()) {
            return;
        }
        format = format.withUnits(u.inch(), detection.digitsDefaulted() && u.integerDigits() < 0);
        if (u.integerDigits() >= 0) {
            format = format.withDigits(u.integerDigits(), u.decimalDigits());
        }
    }

    private void defineTool(ExcellonCommand.ToolDefinition t) {
        double mm = t.diameter() * format.mmPerUnit();
        double previous = tools.define(t.number(), mm, false);
        if (previous >= 0) {
            sink.report(Severity.WARNING, "DRL-W011", t.position(), "tool T" + t.number() + " redefined from "
                    + previous + " mm to " + mm + " mm; the new diameter applies to all its holes", t.excerpt());
        }
        ToolTable.Entry e = tools.getOrCreate(t.number());
        applyPlating(e, pendingPlating);
        if (!pendingToolAttributes.isEmpty()) {
            e.attributes = pendingToolAttributes;
            applyPlating(e, platingOf(pendingToolAttributes.first(".AperFunction")));
        }
        if (!inHeader) { // a definition in the body also selects the tool (OrCAD, PADS, Fritzing)
            currentTool = t.number();
            endPath();
        }
    }

    private static void applyPlating(ToolTable.Entry e, Plating p) {
        if (p != Plating.UNKNOWN) {
            e.plating = p;
        }
    }

    private void selectTool(int number, SourcePosition pos) {
        endPath();
        ToolTable.Entry e = tools.get(number);
        if (number == 0 && (e == null || !e.defined)) {
            currentTool = null; // T0: unload the tool
            return;
        }
        if (e == null || !e.defined) {
            if (tools.hasDefinitions()) {
                sink.error("DRL-E005", pos, "tool T" + number + " is not in the file's tool table; its holes are kept with an unknown diameter");
            } else {
                sink.warning("DRL-W004", pos, "tool T" + number + " selected but the file defines no tools; diameter unknown");
            }
            e = tools.getOrCreate(number);
        }
        applyPlating(e, bodyPlating);
        bodyPlating = Plating.UNKNOWN;
        currentTool = number;
    }

    private void endPath() {
        currentPath = -1;
        toolDown = false;
    }

    private void move(String rx, String ry) {
        if (rx != null) {
            long v = CoordinateDecoder.toNm(rx, format);
            x = incremental ? x + v : v + zeroX;
        }
        if (ry != null) {
            long v = CoordinateDecoder.toNm(ry, format);
            y = incremental ? y + v : v + zeroY;
        }
    }

    private int toolForObject(SourcePosition pos) {
        if (currentTool == null) {
            sink.warning("DRL-W009", pos, "hole before any tool was selected; kept with tool T0 of unknown diameter");
            tools.getOrCreate(0);
            currentTool = 0;
        }
        return currentTool;
    }

    private boolean roomFor(long more, SourcePosition pos) {
        if ((long) hits.size() + slots.size() + more > limits.maxObjectsPerLayer()) {
            sink.error("DRL-E006", pos, "the file holds more than " + limits.maxObjectsPerLayer()
                    + " holes and slots, the limit; reading stopped");
            stopped = true;
            return false;
        }
        return true;
    }

    private void addHit(SourcePosition pos) {
        int tool = toolForObject(pos);
        if (roomFor(1, pos)) {
            hits.add(tool, x, y);
        }
    }

    private void repeat(ExcellonCommand.Repeat r) {
        long dx = r.x() == null ? 0 : CoordinateDecoder.toNm(r.x(), format);
        long dy = r.y() == null ? 0 : CoordinateDecoder.toNm(r.y(), format);
        int tool = toolForObject(r.position());
        if (!roomFor(r.count(), r.position())) {
            return;
        }
        for (int k = 0; k < r.count(); k++) {
            x += dx;
            y += dy;
            hits.add(tool, x, y);
        }
    }

    private void g85(ExcellonCommand.G85Slot g) {
        move(g.x1(), g.y1());
        Point from = new Point(x, y);
        move(g.x2(), g.y2());
        int tool = toolForObject(g.position());
        if (roomFor(1, g.position())) {
            slots.add(new SlotRecord(tool, from, new Point(x, y), null, false, pathCount++));
        }
    }

    private void route(int code, String rx, String ry, String ri, String rj, String ra, SourcePosition pos, String excerpt) {
        routeMode = true;
        motion = code;
        Point from = new Point(x, y);
        move(rx, ry);
        Point to = new Point(x, y);
        if (code == 0) {
            if (!fileLowersTool) {
                currentPath = -1;
            }
            return;
        }
        boolean cutting = fileLowersTool ? toolDown : true;
        if (!cutting) {
            return;
        }
        Point center = null;
        if ((code == 2 || code == 3) && ri == null && rj == null && ra == null) {
            sink.report(Severity.WARNING, "DRL-W008", pos, "arc without radius (A) or centre (I/J); cut as a straight segment", excerpt);
        } else if (code == 2 || code == 3) {
            center = arcCenter(from, to, ri, rj, ra, code == 2, pos, excerpt);
            if (center == null) {
                return;
            }
        }
        int tool = toolForObject(pos);
        if (currentPath < 0) {
            currentPath = pathCount++;
        }
        if (roomFor(1, pos)) {
            slots.add(new SlotRecord(tool, from, to, center, center != null && code == 2, currentPath));
        }
    }

    private Point arcCenter(Point from, Point to, String ri, String rj, String ra, boolean clockwise,
                            SourcePosition pos, String excerpt) {
        if (ri != null || rj != null) {
            long i = ri == null ? 0 : CoordinateDecoder.toNm(ri, format);
            long j = rj == null ? 0 : CoordinateDecoder.toNm(rj, format);
            return new Point(from.x() + i, from.y() + j);
        }
        double r = ra.indexOf('.') >= 0 ? Double.parseDouble(ra) * format.nmPerUnit() : CoordinateDecoder.toNm(ra, format);
        boolean[] clamped = new boolean[1];
        Point c = ArcGeometry.centerFromRadius(from, to, r, clockwise, clamped);
        if (c == null) {
            sink.report(Severity.WARNING, "DRL-W008", pos, "full-circle arc given by a radius cannot be placed; ignored", excerpt);
        } else if (clamped[0]) {
            sink.report(Severity.WARNING, "DRL-W008", pos, "arc radius smaller than half the chord; a half circle on the chord is used", excerpt);
        }
        return c;
    }

    private void attribute(ExcellonCommand.AttributeComment a) {
        String name = a.name().startsWith(".") ? a.name() : "." + a.name();
        if (a.kind().equals("TF")) {
            fileAttributes.put(name, a.values());
            if (name.equals(".FileFunction") && !a.values().isEmpty()) {
                filePlating = platingOf(a.values().get(0));
                span = spanOf(a.values());
            }
        } else if (a.kind().equals("TA")) {
            pendingToolAttributes = Attributes.of(Map.of(name, a.values()));
        }
    }

    private static Plating platingOf(String v) {
        if (v == null) {
            return Plating.UNKNOWN;
        }
        return switch (v) {
            case "Plated" -> Plating.PLATED;
            case "NonPlated" -> Plating.NON_PLATED;
            case "MixedPlating" -> Plating.MIXED;
            default -> Plating.UNKNOWN;
        };
    }

    private static LayerSpan spanOf(List<String> values) {
        if (values.size() < 3) {
            return null;
        }
        try {
            return new LayerSpan(Integer.parseInt(values.get(1).trim()), Integer.parseInt(values.get(2).trim()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private DrillFile build(String name) {
        Map<Integer, DrillTool> built = tools.build(filePlating);
        List<DrillHit> hitList = new ArrayList<>(hits.size());
        Set<Integer> used = new LinkedHashSet<>();
        for (int k = 0; k < hits.size(); k++) {
            hitList.add(new DrillHit(built.get(hits.tool(k)), new Point(hits.x(k), hits.y(k))));
            used.add(hits.tool(k));
        }
        List<DrillSlot> slotList = new ArrayList<>(slots.size());
        for (SlotRecord s : slots) {
            slotList.add(new DrillSlot(built.get(s.tool), s.from, s.to, s.center, s.clockwise, s.path));
            used.add(s.tool);
        }
        Plating plating = filePlating != Plating.UNKNOWN ? filePlating
                : tools.combinedPlating(used.isEmpty() ? new ArrayList<>(built.keySet()) : new ArrayList<>(used));
        return new DrillFile(name, detection.format(), detection.origin(), new ArrayList<>(built.values()), hitList, slotList,
                plating, span, Attributes.of(fileAttributes), sink.diagnostics(), detection.evidence());
    }

    private static String excerpt(ExcellonCommand c) {
        if (c instanceof ExcellonCommand.Coordinate k) {
            return k.excerpt();
        }
        if (c instanceof ExcellonCommand.Motion m) {
            return m.excerpt();
        }
        if (c instanceof ExcellonCommand.G85Slot g) {
            return g.excerpt();
        }
        if (c instanceof ExcellonCommand.Repeat r) {
            return r.excerpt();
        }
        return "";
    }
}
