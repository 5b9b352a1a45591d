package com.fabwright.gerber.interpret;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.Severity;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.gerber.macro.MacroTemplate;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import com.fabwright.input.InputLimits;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * Executes Gerber commands against the graphics state (Gerber spec 2.3 and chapter 4) and builds
 * the {@link Image}. Holds the modal state (format, units, current point, aperture, interpolation,
 * quadrant mode, polarity and aperture transforms, attribute dictionaries, open blocks and
 * step-and-repeat) and reports every assumption it makes to the {@link DiagnosticSink}. Region
 * contours are assembled by {@link RegionBuilder}; deprecated image transforms by
 * {@link ImageTransforms}.
 */
public final class GerberInterpreter {
    private final DiagnosticSink sink;
    private final InputLimits limits;
    private final Map<String, MacroTemplate> macros = new HashMap<>();
    private final Map<Integer, ApertureEntry> apertures = new HashMap<>();
    private final AttributeState attributes = new AttributeState();
    private final Deque<ObjectSink> sinks = new ArrayDeque<>();
    private final ObjectSink image = ObjectSink.image();
    private final ImageTransforms imageTransforms = new ImageTransforms();
    private final ScaleFactorApertures scaleFactorApertures = new ScaleFactorApertures();
    private PendingKnockout pendingKnockout;
    private final RegionBuilder region;

    private CoordinateFormat format;
    private Boolean inchUnits;
    private boolean incremental;
    private boolean formatWarned;
    private long x;
    private long y;
    private ApertureEntry current;
    private int currentDcode = -1;
    private int interpolation; // 0 = not set, 1 linear, 2 cw, 3 ccw
    private Boolean multiQuadrant;
    private int lastOperation;
    private Polarity polarity = Polarity.DARK;
    private boolean mirrorX;
    private boolean mirrorY;
    private double rotation;
    private double scale = 1;
    private ApertureTransform apertureTransform = ApertureTransform.IDENTITY;
    private boolean ended;
    private boolean aperturesDefined;
    private long objectCount;
    private long stepRepeatFactor = 1;

    private java.util.function.Consumer<GerberCommand.Include> includeHandler;

    public GerberInterpreter(DiagnosticSink sink, InputLimits limits) {
        this.sink = sink;
        this.limits = limits;
        this.region = new RegionBuilder(sink);
        sinks.push(image);
    }

    /** Sets who resolves {@code %IF%} includes; without one they are refused with an error. */
    public void setIncludeHandler(java.util.function.Consumer<GerberCommand.Include> handler) {
        this.includeHandler = handler;
    }

    /** Whether {@code M02} was seen; later commands are ignored. */
    public boolean ended() {
        return ended;
    }

    /** Executes one command. Never throws for bad content; a limit breach stops reading with an error. */
    public void execute(GerberCommand command) {
        if (ended) {
            if (!(command instanceof GerberCommand.Comment)) {
                sink.warning("GBR-W011", command.position(), "content after M02 ignored");
                ended = true;
            }
            return;
        }
        try {
            dispatch(command);
        } catch (NumberFormatException e) {
            sink.error("GBR-E009", command.position(), "invalid number: " + e.getMessage());
        }
    }

    private void dispatch(GerberCommand command) {
        if (command instanceof GerberCommand.Operation op) {
            operation(op);
        } else if (command instanceof GerberCommand.SelectAperture s) {
            select(s);
        } else if (command instanceof GerberCommand.Interpolation g) {
            interpolation = g.mode();
        } else if (command instanceof GerberCommand.QuadrantMode q) {
            multiQuadrant = q.multi();
        } else if (command instanceof GerberCommand.RegionMode r) {
            regionMode(r);
        } else if (command instanceof GerberCommand.Comment) {
            return;
        } else if (command instanceof GerberCommand.Attribute a) {
            attribute(a);
        } else {
            dispatchSetup(command);
        }
    }

    /** The commands that occur rarely: definitions, modes, deprecated commands. */
    private void dispatchSetup(GerberCommand command) {
        if (command instanceof GerberCommand.FormatSpec fs) {
            formatSpec(fs);
        } else if (command instanceof GerberCommand.Units u) {
            units(u);
        } else if (command instanceof GerberCommand.ApertureDefinition ad) {
            defineAperture(ad);
        } else if (command instanceof GerberCommand.MacroDefinition m) {
            macros.put(m.template().name(), m.template());
        } else if (command instanceof GerberCommand.BlockAperture ab) {
            blockAperture(ab);
        } else if (command instanceof GerberCommand.StepRepeat sr) {
            stepRepeat(sr);
        } else if (command instanceof GerberCommand.LoadPolarity lp) {
            polarity = lp.clear() ? Polarity.CLEAR : Polarity.DARK;
        } else if (command instanceof GerberCommand.LoadMirroring lm) {
            mirrorX = lm.mirrorX();
            mirrorY = lm.mirrorY();
            updateApertureTransform();
        } else if (command instanceof GerberCommand.LoadRotation lr) {
            rotation = lr.degrees();
            updateApertureTransform();
        } else if (command instanceof GerberCommand.LoadScaling ls) {
            scale = ls.factor();
            updateApertureTransform();
        } else if (command instanceof GerberCommand.DeleteAttribute td) {
            attributes.delete(td.name());
        } else if (command instanceof GerberCommand.EndOfFile eof) {
            endOfFile(eof);
        } else if (command instanceof GerberCommand.ImageTransform it) {
            imageTransforms.apply(it, sink, mmPerUnit(it.position()));
        } else if (command instanceof GerberCommand.Knockout ko) {
            knockout(ko);
        } else if (command instanceof GerberCommand.CoordinateNotation cn) {
            incremental = cn.incremental();
            if (incremental) {
                sink.warning("GBR-W031", cn.position(), "deprecated G91 incremental coordinates in use");
            }
        } else if (command instanceof GerberCommand.Ignored ig) {
            if (!ig.name().isEmpty()) {
                sink.info("GBR-I030", ig.position(),
                        "deprecated command " + ig.name() + " has no effect on the image and is ignored");
            }
        } else if (command instanceof GerberCommand.Include inc) {
            if (includeHandler == null) {
                sink.error("GBR-E011", inc.position(), "include file " + inc.fileName() + " refused: includes are not allowed here");
            } else {
                includeHandler.accept(inc);
            }
        } else if (command instanceof GerberCommand.Unknown u) {
            sink.report(Severity.ERROR, "GBR-E004", u.position(), u.reason(), u.text());
        }
    }

    // ---- operations -------------------------------------------------------------------------

    private void operation(GerberCommand.Operation op) {
        CoordinateFormat f = format(op.position());
        int d = op.dcode();
        if (d == 0) {
            d = lastOperation == 0 ? 1 : lastOperation;
            sink.warning("GBR-W009", op.position(), "coordinates without D code (deprecated modal operation); D0" + d
                    + " assumed");
        }
        lastOperation = d;
        String rawX = op.x();
        String rawY = op.y();
        String rawI = op.i();
        String rawJ = op.j();
        if (imageTransforms.swapAxes()) {
            rawX = op.y();
            rawY = op.x();
            rawI = op.j();
            rawJ = op.i();
        }
        long nx = coordinate(rawX, true, x, f);
        long ny = coordinate(rawY, false, y, f);
        long i = rawI == null ? 0 : imageTransforms.scale(f.toNm(rawI, true), true);
        long j = rawJ == null ? 0 : imageTransforms.scale(f.toNm(rawJ, false), false);
        Point from = new Point(x, y);
        Point to = new Point(nx, ny);
        switch (d) {
            case 1 -> interpolate(op, from, to, i, j);
            case 2 -> {
                if (region.active()) {
                    region.moveTo(to, op.position());
                }
            }
            case 3 -> flash(op, to);
            default -> { }
        }
        x = nx;
        y = ny;
    }

    private long coordinate(String raw, boolean xAxis, long previous, CoordinateFormat f) {
        if (raw == null) {
            return previous;
        }
        long v = imageTransforms.scale(f.toNm(raw, xAxis), xAxis);
        return incremental ? previous + v : v;
    }

    private void interpolate(GerberCommand.Operation op, Point from, Point to, long i, long j) {
        int mode = interpolation;
        if (mode == 0) {
            mode = 1;
            interpolation = 1;
            sink.warning("GBR-W007", op.position(), "D01 before any G01/G02/G03; linear interpolation (G01) assumed");
        }
        if (region.active()) {
            if (mode == 1 || (!from.equals(to) && degenerateArc(op, from, to, i, j))) {
                region.lineTo(to, op.position());
            } else {
                ArcResolver.Resolution r = resolveArc(op, from, to, i, j, mode == 2);
                region.arcTo(to, r.center(), mode == 2, from.equals(to) && !isMultiQuadrant(), op.position());
            }
            return;
        }
        ApertureEntry ap = apertureFor(op);
        if (ap == null) {
            return;
        }
        if (ap.isBlock()) {
            sink.error("GBR-E012", op.position(), "D" + currentDcode + " is a block aperture; it can only be flashed");
            return;
        }
        Attributes attrs = attributes.forObject(ap.attributes());
        if (mode != 1 && !from.equals(to) && degenerateArc(op, from, to, i, j)) {
            mode = 1;
        }
        if (mode == 1 || (from.equals(to) && !isMultiQuadrant())) {
            if (from.equals(to)) {
                sink.warning("GBR-W005", op.position(), "zero-length draw; drawn as the aperture at one point");
            }
            emit(new GraphicObject.Draw(from, to, ap.aperture(), apertureTransform, polarity, attrs), op.position());
        } else {
            ArcResolver.Resolution r = resolveArc(op, from, to, i, j, mode == 2);
            emit(new GraphicObject.ArcDraw(from, to, r.center(), mode == 2, ap.aperture(), apertureTransform, polarity,
                    attrs), op.position());
        }
    }

    /**
     * An arc whose centre coincides with its start or end point (I and J both zero, as a file
     * that forgets to switch back to G01 writes) has no circle; it is drawn as a straight
     * segment, which is also what gerbv shows.
     */
    private boolean degenerateArc(GerberCommand.Operation op, Point from, Point to, long i, long j) {
        if (i != 0 || j != 0) {
            return false;
        }
        sink.warning("GBR-W006", op.position(), "circular segment with I=J=0 has no centre; drawn as a straight segment");
        return true;
    }

    private boolean isMultiQuadrant() {
        return multiQuadrant != null && multiQuadrant;
    }

    private ArcResolver.Resolution resolveArc(GerberCommand.Operation op, Point from, Point to, long i, long j,
                                              boolean clockwise) {
        if (multiQuadrant == null) {
            multiQuadrant = false;
            sink.warning("GBR-W008", op.position(), "arc before any G74/G75; single-quadrant mode (G74) assumed");
        }
        ArcResolver.Resolution r = ArcResolver.resolve(from, to, i, j, clockwise, multiQuadrant);
        double tolerance = Math.max(2.0 * format.resolutionNm(), 1000.0);
        if (r.radiusMismatchNm() > tolerance) {
            sink.warning("GBR-W003", op.position(), String.format(java.util.Locale.ROOT,
                    "arc start and end radii differ by %.4f mm; drawn with the radius changing evenly from start to end",
                    r.radiusMismatchNm() / 1e6));
        }
        if (r.quadrantViolation()) {
            sink.warning("GBR-W012", op.position(), "single-quadrant arc sweeps more than 90 degrees; closest centre used");
        }
        return r;
    }

    private void flash(GerberCommand.Operation op, Point at) {
        if (region.active()) {
            sink.error("GBR-E010", op.position(), "D03 flash inside a region statement (G36/G37) is not allowed; ignored");
            return;
        }
        ApertureEntry ap = apertureFor(op);
        if (ap == null) {
            return;
        }
        if (ap.isBlock()) {
            ObjectTransformer t = new ObjectTransformer(apertureTransform, at.x(), at.y(), polarity == Polarity.CLEAR);
            for (GraphicObject o : ap.block()) {
                emit(t.apply(o), op.position());
            }
            return;
        }
        emit(new GraphicObject.Flash(at, ap.aperture(), apertureTransform, polarity,
                attributes.forObject(ap.attributes())), op.position());
    }

    private ApertureEntry apertureFor(GerberCommand.Operation op) {
        if (current == null) {
            if (currentDcode < 0) {
                sink.error("GBR-E005", op.position(), "draw or flash before any aperture is selected; ignored");
            }
            return null;
        }
        return current;
    }

    private void select(GerberCommand.SelectAperture s) {
        currentDcode = s.dcode();
        current = apertures.get(s.dcode());
        if (current == null) {
            if (!aperturesDefined) {
                throw new RejectedFileException(s.position(), "RS-274D file without an aperture table: D" + s.dcode()
                        + " is selected but the file defines no apertures (%AD); the aperture list that came with it"
                        + " is needed, or an RS-274X export");
            }
            sink.error("GBR-E005", s.position(), "aperture D" + s.dcode()
                    + " is not defined; objects drawn with it are ignored");
        }
    }

    // ---- definitions ------------------------------------------------------------------------

    private void defineAperture(GerberCommand.ApertureDefinition ad) {
        aperturesDefined = true;
        Aperture a = ApertureFactory.create(ad, macros, mmPerUnit(ad.position()),
                msg -> sink.report(Severity.WARNING, "GBR-W013", ad.position(), msg, ad.excerpt()),
                msg -> sink.report(Severity.ERROR, "GBR-E013", ad.position(), msg, ad.excerpt()));
        if (a != null) {
            apertures.put(ad.dcode(), new ApertureEntry(a, null, attributes.apertureAttributes()));
            if (ad.dcode() == currentDcode) {
                current = apertures.get(ad.dcode());
            }
        }
    }

    private void blockAperture(GerberCommand.BlockAperture ab) {
        aperturesDefined = true;
        if (ab.dcode() >= 0) {
            if (sinks.size() > limits.maxBlockNesting()) {
                throw new LimitExceededException("block apertures nest deeper than the limit of " + limits.maxBlockNesting());
            }
            sinks.push(ObjectSink.block(ab.dcode()));
            return;
        }
        ObjectSink top = sinks.peek();
        if (top.kind != ObjectSink.Kind.BLOCK) {
            sink.error("GBR-E014", ab.position(), "%AB*% closes a block that was not opened; ignored");
            return;
        }
        sinks.pop();
        apertures.put(top.dcode, new ApertureEntry(null, java.util.List.copyOf(top.objects), attributes.apertureAttributes()));
    }

    private void stepRepeat(GerberCommand.StepRepeat sr) {
        ObjectSink top = sinks.peek();
        if (top.kind == ObjectSink.Kind.STEP_REPEAT) {
            closeStepRepeat(sr.position());
        }
        if (sr.xRepeats() <= 1 && sr.yRepeats() <= 1) {
            return;
        }
        if (sr.xRepeats() < 1 || sr.yRepeats() < 1) {
            sink.error("GBR-E015", sr.position(), "step-and-repeat with " + sr.xRepeats() + "x" + sr.yRepeats()
                    + " copies is invalid; ignored");
            return;
        }
        long copies = (long) sr.xRepeats() * sr.yRepeats();
        if (copies * stepRepeatFactor > limits.maxStepRepeatInstances()) {
            throw new LimitExceededException("step-and-repeat makes " + copies * stepRepeatFactor
                    + " copies, over the limit of " + limits.maxStepRepeatInstances());
        }
        stepRepeatFactor *= copies;
        sinks.push(ObjectSink.stepRepeat(sr));
    }

    private void closeStepRepeat(SourcePosition pos) {
        ObjectSink sr = sinks.pop();
        GerberCommand.StepRepeat s = sr.stepRepeat;
        stepRepeatFactor /= (long) s.xRepeats() * s.yRepeats();
        long stepX = Math.round(s.xStep() * format(pos).nmPerUnit());
        long stepY = Math.round(s.yStep() * format(pos).nmPerUnit());
        for (int iy = 0; iy < s.yRepeats(); iy++) {
            for (int ix = 0; ix < s.xRepeats(); ix++) {
                ObjectTransformer t = new ObjectTransformer(ApertureTransform.IDENTITY, ix * stepX, iy * stepY, false);
                for (GraphicObject o : sr.objects) {
                    emit(ix == 0 && iy == 0 ? o : t.apply(o), pos);
                }
            }
        }
    }

    private void regionMode(GerberCommand.RegionMode r) {
        if (r.start()) {
            if (region.active()) {
                sink.warning("GBR-W016", r.position(), "G36 inside a region statement; the region so far is closed first");
                finishRegion(r.position());
            }
            region.start(new Point(x, y));
        } else if (region.active()) {
            finishRegion(r.position());
        } else {
            sink.warning("GBR-W017", r.position(), "G37 without G36; ignored");
        }
    }

    private void finishRegion(SourcePosition pos) {
        Attributes attrs = attributes.forObject(attributes.apertureAttributes());
        for (GraphicObject.Region reg : region.finish(polarity, attrs, pos)) {
            emit(reg, pos);
        }
    }

    /**
     * Deprecated {@code KO} (RS-274X 2012, gerbv's test-layer-knockout inputs): at the command, a
     * rectangle of the knockout's polarity is laid over what the layer drew so far. With
     * {@code X Y I J} the rectangle is given; with {@code K} it is the extent of the objects that
     * follow, up to the next {@code KO} or the end of the file, grown by the border, so the
     * rectangle goes into the image before them once their extent is known.
     */
    private void knockout(GerberCommand.Knockout ko) {
        closeBorderKnockout();
        sink.warning("GBR-W032", ko.position(), "deprecated KO knockout: drawn as a " + (ko.clear() ? "clear" : "dark")
                + " rectangle" + (ko.isBorder() ? " around the following objects" : ""));
        if (ko.off()) {
            return;
        }
        long u = format(ko.position()).nmPerUnit();
        if (ko.isBorder()) {
            if (sinks.peek() == image) {
                pendingKnockout = new PendingKnockout(ko, image.objects.size(), Math.round(ko.border() * u));
            } else {
                sink.warning("GBR-W034", ko.position(), "KO with a K border inside a block or step-and-repeat; ignored");
            }
            return;
        }
        if (ko.width() <= 0 || ko.height() <= 0) {
            return;
        }
        long x0 = Math.round(ko.x() * u);
        long y0 = Math.round(ko.y() * u);
        emit(knockoutRegion(ko, x0, y0, x0 + Math.round(ko.width() * u), y0 + Math.round(ko.height() * u)),
                ko.position());
    }

    private record PendingKnockout(GerberCommand.Knockout ko, int firstObject, long borderNm) {
    }

    /** Inserts the pending {@code K} knockout before the objects it surrounds. */
    private void closeBorderKnockout() {
        PendingKnockout p = pendingKnockout;
        pendingKnockout = null;
        if (p == null || image.objects.size() == p.firstObject()) {
            return;
        }
        java.util.List<GraphicObject> after = image.objects.subList(p.firstObject(), image.objects.size());
        org.locationtech.jts.geom.Envelope box = new com.fabwright.geometry.ImageGeometry()
                .toGeometry(new Image(java.util.List.copyOf(after), attributes.fileAttributes(), false, false))
                .boundsMm();
        if (box.isNull()) {
            return;
        }
        long b = p.borderNm();
        image.objects.add(p.firstObject(), knockoutRegion(p.ko(), com.fabwright.geometry.Units.nm(box.getMinX()) - b,
                com.fabwright.geometry.Units.nm(box.getMinY()) - b, com.fabwright.geometry.Units.nm(box.getMaxX()) + b,
                com.fabwright.geometry.Units.nm(box.getMaxY()) + b));
    }

    private static GraphicObject.Region knockoutRegion(GerberCommand.Knockout ko, long x0, long y0, long x1, long y1) {
        var contour = new com.fabwright.image.Contour(new Point(x0, y0), java.util.List.of(
                new com.fabwright.image.Contour.Line(new Point(x1, y0)), new com.fabwright.image.Contour.Line(new Point(x1, y1)),
                new com.fabwright.image.Contour.Line(new Point(x0, y1)), new com.fabwright.image.Contour.Line(new Point(x0, y0))));
        return new GraphicObject.Region(java.util.List.of(contour), ko.clear() ? Polarity.CLEAR : Polarity.DARK,
                Attributes.EMPTY);
    }

    private void attribute(GerberCommand.Attribute a) {
        switch (a.kind()) {
            case FILE -> attributes.setFile(a.name(), a.values());
            case APERTURE -> attributes.setAperture(a.name(), a.values());
            case OBJECT -> attributes.setObject(a.name(), a.values());
        }
    }

    private void endOfFile(GerberCommand.EndOfFile eof) {
        if (eof.code() != 2) {
            sink.info("GBR-I033", eof.position(), "deprecated M0" + eof.code() + " treated as end of file (M02)");
        }
        ended = true;
    }

    // ---- state helpers ----------------------------------------------------------------------

    private void formatSpec(GerberCommand.FormatSpec fs) {
        boolean inch = inchUnits != null && inchUnits;
        format = new CoordinateFormat(fs.trailingZerosOmitted(), fs.xInteger(), fs.xDecimal(), fs.yInteger(),
                fs.yDecimal(), inch);
        if (fs.incremental()) {
            incremental = true;
            sink.warning("GBR-W031", fs.position(), "deprecated incremental notation (FS...I) in use");
        }
        if (fs.trailingZerosOmitted()) {
            sink.info("GBR-I034", fs.position(), "deprecated trailing-zero omission (FST) in use");
        }
    }

    private void units(GerberCommand.Units u) {
        inchUnits = u.inch();
        if (format != null) {
            format = format.withUnits(u.inch());
        }
    }

    private CoordinateFormat format(SourcePosition pos) {
        if (inchUnits == null) {
            mmPerUnit(pos);
            if (format != null) {
                format = format.withUnits(true);
            }
        }
        if (format == null) {
            format = new CoordinateFormat(false, 2, 4, 2, 4, inchUnits);
            if (!formatWarned) {
                formatWarned = true;
                sink.warning("GBR-W001", pos, "no format specification (%FS*%); leading-zero omission, absolute, 2.4 digits assumed");
            }
        }
        return format;
    }

    /** Millimetres per file unit for aperture sizes and deprecated offsets; warns once when MO is missing. */
    private double mmPerUnit(SourcePosition pos) {
        if (inchUnits == null) {
            inchUnits = true;
            sink.warning("GBR-W002", pos, "no unit command (%MO*%) before the first aperture or coordinate; inches assumed");
            if (format != null) {
                format = format.withUnits(true);
            }
        }
        return inchUnits ? 25.4 : 1.0;
    }

    private void updateApertureTransform() {
        apertureTransform = new ApertureTransform(mirrorX, mirrorY, rotation, scale);
    }

    private void emit(GraphicObject o, SourcePosition pos) {
        ObjectSink top = sinks.peek();
        if (top == image) {
            if (++objectCount > limits.maxObjectsPerLayer()) {
                throw new LimitExceededException("the layer expands to more than " + limits.maxObjectsPerLayer()
                        + " objects, the limit");
            }
            if (imageTransforms.scales()) {
                o = scaleFactorApertures.apply(o, imageTransforms.scaleA(), imageTransforms.scaleB(), sink, pos);
            }
            image.objects.add(imageTransforms.isIdentity() ? o : imageTransforms.transformer().apply(o));
        } else {
            if (top.objects.size() >= limits.maxObjectsPerLayer()) {
                throw new LimitExceededException("a block or step-and-repeat holds more than "
                        + limits.maxObjectsPerLayer() + " objects, the limit");
            }
            top.objects.add(o);
        }
    }

    /**
     * Closes what is still open (region, step-and-repeat, blocks) with warnings, and returns the image.
     */
    public Image finish(SourcePosition endPosition) {
        if (region.active()) {
            sink.warning("GBR-W018", endPosition, "file ends inside a region statement (G36 without G37); region closed");
            finishRegion(endPosition);
        }
        while (sinks.peek() != image) {
            ObjectSink top = sinks.peek();
            if (top.kind == ObjectSink.Kind.STEP_REPEAT) {
                closeStepRepeat(endPosition);
            } else {
                sink.warning("GBR-W019", endPosition, "block aperture D" + top.dcode + " not closed at end of file; dropped");
                sinks.pop();
            }
        }
        closeBorderKnockout();
        if (!ended) {
            sink.warning("GBR-W010", endPosition, "no M02 end-of-file command; the file may be truncated");
        }
        return new Image(image.objects, attributes.fileAttributes(), imageTransforms.negative(),
                inchUnits != null && inchUnits);
    }

    /** Executes a whole command stream; limit breaches and rejections become errors. */
    public Image run(Iterable<GerberCommand> commands, SourcePosition endPosition) {
        try {
            for (GerberCommand c : commands) {
                execute(c);
            }
            return finish(endPosition);
        } catch (LimitExceededException e) {
            sink.error("GBR-E008", endPosition, "limit exceeded: " + e.getMessage() + "; the file is not read further");
            return new Image(image.objects, attributes.fileAttributes(), false, inchUnits != null && inchUnits);
        } catch (RejectedFileException e) {
            sink.error("GBR-E007", e.position(), e.getMessage());
            return Image.empty();
        }
    }
}
