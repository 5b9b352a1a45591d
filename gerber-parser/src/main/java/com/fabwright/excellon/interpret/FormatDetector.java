package com.fabwright.excellon.interpret;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.ExcellonFormat;
import com.fabwright.excellon.FormatEvidence;
import com.fabwright.excellon.FormatOrigin;
import com.fabwright.excellon.NcParameters;
import com.fabwright.excellon.ZeroSuppression;
import com.fabwright.excellon.command.ExcellonCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides the coordinate format before interpretation, from every statement in the file, strongest
 * first: header ({@code INCH}/{@code METRIC} with {@code LZ}/{@code TZ} and digits, {@code M71}/{@code M72}),
 * then format comments ({@code ;FILE_FORMAT=}, {@code ;FORMAT={...}}), then Allegro's
 * {@code nc_param.txt}. What none of them says is assumed and reported: units from the tool sizes
 * ({@code DRL-W001}), zero suppression from the digits ({@code DRL-W002}: a suppressed-trailing
 * number never ends in 0, a suppressed-leading one never starts with 0), digits from the Excellon
 * defaults {@code 2:4} inch / {@code 3:3} metric ({@code DRL-W003}).
 */
public final class FormatDetector {
    private FormatDetector() {
    }

    /** Detects the format; {@code forced} (may be null) wins over everything, {@code nc} may be null. */
    public static FormatDetection detect(List<ExcellonCommand> commands, NcParameters nc, ExcellonFormat forced,
                                         DiagnosticSink sink) {
        Statements s = collect(commands);
        CoordinateStats stats = CoordinateStats.of(commands);
        Boolean inch = s.headerInch;
        boolean fromComment = false;
        boolean fromNc = false;
        if (inch == null && s.commentInch != null) {
            inch = s.commentInch;
            fromComment = true;
        }
        if (inch == null && nc != null && nc.inch() != null) {
            inch = nc.inch();
            fromNc = true;
        }
        ZeroSuppression zeros = s.headerZeros;
        if (zeros == null && s.commentZeros != null) {
            zeros = s.commentZeros;
            fromComment = true;
        }
        if (zeros == null && nc != null && nc.zeros() != null) {
            zeros = nc.zeros();
            fromNc = true;
        }
        int integer = s.headerInteger;
        int decimal = s.headerDecimal;
        if (integer < 0 && s.commentInteger >= 0) {
            integer = s.commentInteger;
            decimal = s.commentDecimal;
            fromComment = true;
        }
        if (integer < 0 && nc != null && nc.integerDigits() >= 0 && nc.decimalDigits() >= 0) {
            integer = nc.integerDigits();
            decimal = nc.decimalDigits();
            fromNc = true;
        }
        // Writers of decimal coordinates (KiCad, Upverter) drop ".0" from whole numbers: when most
        // coordinates carry a point, the plain ones are whole units and no digits matter.
        if (zeros == null && stats.decimal > 0 && stats.decimal >= stats.integer) {
            zeros = ZeroSuppression.NONE_DECIMAL;
        }
        boolean formatDependent = stats.integer > 0 && zeros != ZeroSuppression.NONE_DECIMAL;
        FormatEvidence evidence = new FormatEvidence(inch != null, zeros != null, integer >= 0,
                stats.decimal > 0, formatDependent, stats.maxDigits, stats.fixedWidth());
        checkDisagreements(s, stats, sink);
        if (forced != null) {
            sink.info("DRL-I002", SourcePosition.UNKNOWN, "read with the format " + forced.describe() + " imposed by the caller");
            return new FormatDetection(forced, FormatOrigin.FORCED, evidence, false, true);
        }
        boolean assumed = false;
        if (inch == null) {
            inch = s.guessInchFromTools();
            assumed = true;
            sink.warning("DRL-W001", SourcePosition.UNKNOWN, "units not stated (no INCH/METRIC/M71/M72): "
                    + (inch ? "inch" : "millimetres") + " assumed from the tool sizes");
        }
        if (zeros == null) {
            if (!formatDependent) {
                zeros = ZeroSuppression.NONE_DECIMAL;
            } else {
                zeros = stats.guessZeros();
                if (!stats.fixedWidth()) {
                    assumed = true;
                    sink.warning("DRL-W002", SourcePosition.UNKNOWN, "zero suppression not stated (no LZ/TZ): "
                            + (zeros == ZeroSuppression.LEADING_SUPPRESSED ? "leading zeros suppressed (TZ)"
                            : "trailing zeros suppressed (LZ)") + " assumed from the digits (" + stats.leadingZeroStarts
                            + " numbers start with 0, " + stats.trailingZeroEnds + " end with 0)");
                }
            }
        }
        boolean digitsDefaulted = false;
        if (integer < 0) {
            ExcellonFormat d = inch ? ExcellonFormat.INCH_DEFAULT : ExcellonFormat.METRIC_DEFAULT;
            integer = d.integerDigits();
            decimal = d.decimalDigits();
            digitsDefaulted = true;
            if (formatDependent) {
                assumed = true;
                sink.warning("DRL-W003", SourcePosition.UNKNOWN, "number of digits not stated: " + integer + ":" + decimal
                        + " assumed, the Excellon default for " + (inch ? "inch" : "metric"));
            }
        }
        ExcellonFormat format = new ExcellonFormat(inch, zeros, integer, decimal);
        FormatOrigin origin = assumed ? FormatOrigin.DEFAULT_ASSUMED
                : fromNc ? FormatOrigin.NC_PARAM : fromComment ? FormatOrigin.COMMENT : FormatOrigin.HEADER;
        if (fromNc) {
            sink.info("DRL-I001", SourcePosition.UNKNOWN, "format taken from " + NcParameters.FILE_NAME + ": " + format.describe());
        }
        return new FormatDetection(format, origin, evidence, digitsDefaulted, false);
    }

    private static void checkDisagreements(Statements s, CoordinateStats stats, DiagnosticSink sink) {
        if (s.headerInch != null && s.commentInch != null && !s.headerInch.equals(s.commentInch)) {
            sink.warning("DRL-W010", s.commentPosition, "the format comment says " + (s.commentInch ? "inch" : "metric")
                    + " but the header says " + (s.headerInch ? "inch" : "metric") + "; the header is used");
        }
        // Full-width numbers ("keep zeros") read the same either way: no disagreement worth a warning.
        if (s.headerZeros != null && s.commentZeros != null && s.headerZeros != s.commentZeros
                && s.commentZeros != ZeroSuppression.NONE_DECIMAL && !stats.fixedWidth()) {
            sink.warning("DRL-W010", s.commentPosition, "the format comment says " + s.commentZeros
                    + " but the header says " + s.headerZeros + "; the header is used");
        }
    }

    /** Format statements found in the file. */
    private static final class Statements {
        Boolean headerInch;
        ZeroSuppression headerZeros;
        int headerInteger = -1;
        int headerDecimal = -1;
        Boolean commentInch;
        ZeroSuppression commentZeros;
        int commentInteger = -1;
        int commentDecimal = -1;
        SourcePosition commentPosition = SourcePosition.UNKNOWN;
        final List<Double> toolSizes = new ArrayList<>();

        boolean guessInchFromTools() {
            if (toolSizes.isEmpty()) {
                return true;
            }
            List<Double> sorted = new ArrayList<>(toolSizes);
            sorted.sort(null);
            // Real drills run 0.1..6.5 mm, i.e. 0.004..0.25 in: a median over 0.25 can only be millimetres.
            return sorted.get(sorted.size() / 2) <= 0.25;
        }
    }

    private static Statements collect(List<ExcellonCommand> commands) {
        Statements s = new Statements();
        for (ExcellonCommand c : commands) {
            if (c instanceof ExcellonCommand.Units u) {
                if (s.headerInch == null) {
                    s.headerInch = u.inch();
                }
                if (s.headerZeros == null && u.zeros() != null) {
                    s.headerZeros = u.zeros();
                }
                if (s.headerInteger < 0 && u.integerDigits() >= 0) {
                    s.headerInteger = u.integerDigits();
                    s.headerDecimal = u.decimalDigits();
                }
            } else if (c instanceof ExcellonCommand.FormatComment f) {
                if (s.commentInch == null && f.inch() != null) {
                    s.commentInch = f.inch();
                }
                if (s.commentZeros == null && f.zeros() != null) {
                    s.commentZeros = f.zeros();
                }
                if (f.integerDigits() >= 0) { // the last FILE_FORMAT wins, as in Altium's own re-reads
                    s.commentInteger = f.integerDigits();
                    s.commentDecimal = f.decimalDigits();
                }
                s.commentPosition = f.position();
            } else if (c instanceof ExcellonCommand.ToolDefinition t && t.diameter() > 0) {
                s.toolSizes.add(t.diameter());
            }
        }
        return s;
    }
}
