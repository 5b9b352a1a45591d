package com.fabwright.excellon.command;

import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.Plating;
import com.fabwright.excellon.ZeroSuppression;
import java.util.List;

/**
 * One Excellon command as the parser understood it, with its place. Coordinates stay raw strings
 * ({@code null} when absent). {@link Unknown} keeps lenient reading going.
 */
public sealed interface ExcellonCommand {

    SourcePosition position();

    /** {@code M48}: start of the header. */
    record HeaderStart(SourcePosition position) implements ExcellonCommand {
    }

    /** {@code %} or {@code M95}: end of the header (a {@code %} outside a header has no effect). */
    record HeaderEnd(SourcePosition position) implements ExcellonCommand {
    }

    /**
     * Units: {@code INCH}/{@code METRIC} with optional {@code ,LZ}/{@code ,TZ} and digits
     * ({@code ,000.000}), or {@code M71} (metric) / {@code M72} (inch), also with {@code ,LZ}/{@code ,TZ}.
     *
     * @param zeros          suppression the line states, or {@code null}
     * @param integerDigits  integer digits the line states, or -1
     * @param decimalDigits  decimal digits the line states, or -1
     */
    record Units(SourcePosition position, boolean inch, ZeroSuppression zeros, int integerDigits, int decimalDigits)
            implements ExcellonCommand {
    }

    /** {@code FMAT,1} / {@code FMAT,2}: the Excellon command set version. */
    record FormatVersion(SourcePosition position, int version) implements ExcellonCommand {
    }

    /** {@code Tn C d ...}: a tool definition, diameter in file units; other parameters dropped. */
    record ToolDefinition(SourcePosition position, int number, double diameter, String excerpt) implements ExcellonCommand {
    }

    /** {@code Tn}: select a tool ({@code T0} unloads unless tool 0 is defined). */
    record ToolSelect(SourcePosition position, int number) implements ExcellonCommand {
    }

    /** A bare coordinate block: a hit in drill mode, a move or cut in route mode. */
    record Coordinate(SourcePosition position, String x, String y, String excerpt) implements ExcellonCommand {
    }

    /** {@code G00}..{@code G03} with optional coordinates, centre offsets {@code I}/{@code J} and radius {@code A}. */
    record Motion(SourcePosition position, int code, String x, String y, String i, String j, String a, String excerpt)
            implements ExcellonCommand {
    }

    /** {@code X..Y..G85X..Y..}: a drilled slot from the first point to the second. */
    record G85Slot(SourcePosition position, String x1, String y1, String x2, String y2, String excerpt)
            implements ExcellonCommand {
    }

    /** {@code Rn X.. Y..}: repeat the last hit n times, each step offset by X/Y. */
    record Repeat(SourcePosition position, int count, String x, String y, String excerpt) implements ExcellonCommand {
    }

    /** {@code M15}: router tool down (start of a routed path). */
    record ToolDown(SourcePosition position) implements ExcellonCommand {
    }

    /** {@code M16} (retract with clamping) / {@code M17} (without): router tool up. */
    record ToolUp(SourcePosition position, int code) implements ExcellonCommand {
    }

    /** {@code G05} (or {@code G81}): back to drill mode. */
    record DrillMode(SourcePosition position) implements ExcellonCommand {
    }

    /** {@code G90}/{@code G91} or {@code ICI,OFF}/{@code ICI,ON}: absolute or incremental coordinates. */
    record CoordinateMode(SourcePosition position, boolean incremental) implements ExcellonCommand {
    }

    /** {@code G93X..Y..}: zero set, an offset added to later absolute coordinates. */
    record ZeroSet(SourcePosition position, String x, String y) implements ExcellonCommand {
    }

    /** {@code M30} (end of program), {@code M00} (end) or {@code M02}. */
    record End(SourcePosition position, int code) implements ExcellonCommand {
    }

    /**
     * A comment stating the format: {@code ;FILE_FORMAT=2:5} (Altium, EasyEDA), KiCad's
     * {@code ;FORMAT={2:4/ absolute / inch / suppress leading zeros}}, Mentor's
     * {@code ; Format : 3.3 / Absolute / MM / Leading}. Absent parts are {@code null} or -1.
     */
    record FormatComment(SourcePosition position, Boolean inch, ZeroSuppression zeros, int integerDigits,
                         int decimalDigits, String text) implements ExcellonCommand {
    }

    /** KiCad's X2-style attribute comment {@code ; #@! TF.FileFunction,Plated,1,2,PTH}: kind TF/TA/TO, name with its dot. */
    record AttributeComment(SourcePosition position, String kind, String name, List<String> values)
            implements ExcellonCommand {
        public AttributeComment {
            values = List.copyOf(values);
        }
    }

    /** Altium's and EasyEDA's {@code ;TYPE=PLATED} / {@code ;TYPE=NON_PLATED}, for the tools that follow. */
    record PlatingComment(SourcePosition position, Plating plating) implements ExcellonCommand {
    }

    /** Allegro's/OrCAD's tool line {@code ;T01 Holesize 1. = 12.000000 Tolerance = ... PLATED MILS Quantity = 241}. */
    record ToolComment(SourcePosition position, int number, double diameterMm, Plating plating) implements ExcellonCommand {
    }

    /** Any other comment. */
    record Comment(SourcePosition position, String text) implements ExcellonCommand {
    }

    /** A known command without effect on the board ({@code VER}, {@code DETECT}, {@code ATC}, {@code G40}, feeds...). */
    record Ignored(SourcePosition position, String text) implements ExcellonCommand {
    }

    /** Text that could not be understood, or a command that is not supported; {@code error} for malformed known commands. */
    record Unknown(SourcePosition position, String text, String reason, boolean error) implements ExcellonCommand {
    }
}
