package com.fabwright.gerber.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.gerber.macro.MacroTemplate;
import java.util.List;

/**
 * One Gerber command as the parser understood it, with the place it came from (Gerber spec
 * chapter 3 and 4; deprecated commands from chapter 8). Commands carry raw values; coordinates
 * stay strings because their meaning depends on the format ({@code FS}) that the interpreter holds.
 * {@link Unknown} keeps lenient reading going.
 */
public sealed interface GerberCommand {

    SourcePosition position();

    /** {@code %FS...*%}: coordinate format. */
    record FormatSpec(SourcePosition position, boolean trailingZerosOmitted, boolean incremental,
                      int xInteger, int xDecimal, int yInteger, int yDecimal) implements GerberCommand {
    }

    /** {@code %MOMM*%} / {@code %MOIN*%}, or deprecated {@code G70} (inch) / {@code G71} (mm). */
    record Units(SourcePosition position, boolean inch) implements GerberCommand {
    }

    /** {@code %ADDnn...*%}: an aperture definition, template name and its raw decimal parameters. */
    record ApertureDefinition(SourcePosition position, int dcode, String template, List<Double> parameters,
                              String excerpt) implements GerberCommand {
    }

    /** {@code %AM...*%}: an aperture macro template. */
    record MacroDefinition(SourcePosition position, MacroTemplate template) implements GerberCommand {
    }

    /** {@code %ABDnn*%} opens a block aperture; {@code %AB*%} (dcode -1) closes the innermost one. */
    record BlockAperture(SourcePosition position, int dcode) implements GerberCommand {
    }

    /** {@code Dnn} (nn &ge; 10), optionally with deprecated {@code G54}: select the current aperture. */
    record SelectAperture(SourcePosition position, int dcode) implements GerberCommand {
    }

    /** {@code G01}/{@code G02}/{@code G03}: interpolation mode (1 linear, 2 clockwise, 3 counter-clockwise). */
    record Interpolation(SourcePosition position, int mode) implements GerberCommand {
    }

    /** {@code G74} single-quadrant (false) / {@code G75} multi-quadrant (true). */
    record QuadrantMode(SourcePosition position, boolean multi) implements GerberCommand {
    }

    /** {@code G36} (start) / {@code G37} (end) of a region statement. */
    record RegionMode(SourcePosition position, boolean start) implements GerberCommand {
    }

    /**
     * A coordinate data word: {@code D01} interpolate, {@code D02} move, {@code D03} flash, or 0
     * when the word has no D code (deprecated modal operation). Coordinates are raw strings or null.
     */
    record Operation(SourcePosition position, String x, String y, String i, String j, int dcode, String excerpt)
            implements GerberCommand {
    }

    /** {@code %LPD*%} / {@code %LPC*%}. */
    record LoadPolarity(SourcePosition position, boolean clear) implements GerberCommand {
    }

    /** {@code %LM...*%}: mirroring of apertures (N, X, Y, XY). */
    record LoadMirroring(SourcePosition position, boolean mirrorX, boolean mirrorY) implements GerberCommand {
    }

    /** {@code %LR...*%}: rotation of apertures in degrees counter-clockwise. */
    record LoadRotation(SourcePosition position, double degrees) implements GerberCommand {
    }

    /** {@code %LS...*%}: scaling of apertures. */
    record LoadScaling(SourcePosition position, double factor) implements GerberCommand {
    }

    /** {@code %SRX..Y..I..J..*%} opens a step-and-repeat; {@code %SR*%} (or X1Y1) closes it. */
    record StepRepeat(SourcePosition position, int xRepeats, int yRepeats, double xStep, double yStep)
            implements GerberCommand {
    }

    /** {@code TF}/{@code TA}/{@code TO}: add or replace an attribute. */
    record Attribute(SourcePosition position, AttributeKind kind, String name, List<String> values)
            implements GerberCommand {
    }

    /** {@code %TD...*%}: delete an aperture/object attribute, or all when name is empty. */
    record DeleteAttribute(SourcePosition position, String name) implements GerberCommand {
    }

    /** {@code G04}: a comment (kept for tools that hide data in comments). */
    record Comment(SourcePosition position, String text) implements GerberCommand {
    }

    /** {@code M02} (end of file); deprecated {@code M00}/{@code M01} are reported and treated the same way. */
    record EndOfFile(SourcePosition position, int code) implements GerberCommand {
    }

    /** {@code %IF...*%}: deprecated include file. */
    record Include(SourcePosition position, String fileName) implements GerberCommand {
    }

    /** Deprecated image-level transforms: {@code IP}, {@code IR}, {@code AS}, {@code MI}, {@code OF}, {@code IO}, {@code SF}. */
    record ImageTransform(SourcePosition position, ImageTransformKind kind, double a, double b, String raw)
            implements GerberCommand {
    }

    /**
     * Deprecated {@code KO} knockout (RS-274X 2012): a rectangle of clear ({@code C}) or dark
     * ({@code D}) polarity, given by its lower left corner and size ({@code X Y I J}) or, with
     * {@code K}, as the extent of the objects that follow grown by a border of {@code border}
     * (file units; negative when absent).
     */
    record Knockout(SourcePosition position, boolean clear, double x, double y, double width, double height,
                    double border, boolean off) implements GerberCommand {
        /** Whether the rectangle is the following objects' extent plus the {@code K} border. */
        public boolean isBorder() {
            return border >= 0;
        }
    }

    /** Deprecated {@code G90} absolute / {@code G91} incremental coordinates. */
    record CoordinateNotation(SourcePosition position, boolean incremental) implements GerberCommand {
    }

    /** A command understood but with no effect on the image (IN, LN, IJ, G55...); reported as info. */
    record Ignored(SourcePosition position, String name, String text) implements GerberCommand {
    }

    /** A word that could not be parsed; reported as an error, reading continues. */
    record Unknown(SourcePosition position, String text, String reason) implements GerberCommand {
    }

    /** The attribute dictionaries of Gerber X2 (spec 5.1). */
    enum AttributeKind { FILE, APERTURE, OBJECT }

    /** Deprecated image commands (spec 8.1). */
    enum ImageTransformKind { IMAGE_POLARITY, IMAGE_ROTATION, AXIS_SELECT, MIRROR_IMAGE, OFFSET, SCALE_FACTOR, LAYER_ROTATION }
}
