package com.fabwright.excellon;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.excellon.command.CommandParser;
import com.fabwright.excellon.command.ExcellonCommand;
import com.fabwright.excellon.command.ExcellonLexer;
import com.fabwright.excellon.command.ExcellonLine;
import com.fabwright.excellon.interpret.ExcellonInterpreter;
import com.fabwright.excellon.interpret.FormatDetection;
import com.fabwright.excellon.interpret.FormatDetector;
import com.fabwright.image.Attributes;
import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads Excellon drill and route files into a {@link DrillFile}: lexer (lines), command parser,
 * format detection, interpreter, like the Gerber reader. Never throws for bad content: problems are
 * diagnostics with codes {@code DRL-Ennn} (part of the file not read) and {@code DRL-Wnnn}
 * (something assumed), listed in {@code package-info} of {@code com.fabwright.excellon} and in the
 * project's diagnostic catalogue.
 *
 * <p>{@link #read(Path)} also looks for Allegro's {@code nc_param.txt} in the file's folder.
 */
public final class ExcellonReader {
    private final InputLimits limits;

    public ExcellonReader() {
        this(InputLimits.DEFAULTS);
    }

    public ExcellonReader(InputLimits limits) {
        this.limits = limits;
    }

    /** Reads a file, with the {@code nc_param.txt} beside it when there is one. */
    public DrillFile read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        DiagnosticSink sink = new DiagnosticSink(name);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                sink.error("DRL-E001", SourcePosition.UNKNOWN, "file is " + size + " bytes, over the limit of "
                        + limits.maxFileBytes() + " bytes; not read");
                return empty(name, sink);
            }
            byte[] bytes = Files.readAllBytes(path);
            return read(name, bytes, null, ncParametersBeside(path));
        } catch (IOException e) {
            sink.error("DRL-E002", SourcePosition.UNKNOWN, "cannot read file: " + e.getMessage());
            return empty(name, sink);
        }
    }

    /** Reads Excellon content held in memory. */
    public DrillFile read(String name, byte[] content) {
        return read(name, content, null, null);
    }

    /** Re-reads content with a chosen format (units, zeros, digits), overriding what the file says. */
    public DrillFile read(String name, byte[] content, ExcellonFormat forced) {
        return read(name, content, forced, null);
    }

    /** Reads content with Allegro parameters found by the caller (in an archive, say). */
    public DrillFile readWithNcParameters(String name, byte[] content, NcParameters ncParameters) {
        return read(name, content, null, ncParameters);
    }

    private DrillFile read(String name, byte[] content, ExcellonFormat forced, NcParameters nc) {
        DiagnosticSink sink = new DiagnosticSink(name);
        if (content.length > limits.maxFileBytes()) {
            sink.error("DRL-E001", SourcePosition.UNKNOWN, "content is " + content.length
                    + " bytes, over the limit of " + limits.maxFileBytes() + " bytes; not read");
            return empty(name, sink);
        }
        List<ExcellonLine> lines = ExcellonLexer.lines(content, sink);
        if (sink.hasErrors()) {
            return empty(name, sink);
        }
        List<ExcellonCommand> commands = new ArrayList<>(lines.size());
        new CommandParser().parse(lines, commands::add);
        if (!looksLikeExcellon(commands)) {
            sink.error("DRL-E003", new SourcePosition(1, 1), "not an Excellon file: no M48 header, tool or coordinate found");
            return empty(name, sink);
        }
        FormatDetection detection = FormatDetector.detect(commands, nc, forced, sink);
        return new ExcellonInterpreter(sink, limits, detection).run(name, commands);
    }

    private static boolean looksLikeExcellon(List<ExcellonCommand> commands) {
        for (ExcellonCommand c : commands) {
            if (c instanceof ExcellonCommand.HeaderStart || c instanceof ExcellonCommand.ToolDefinition
                    || c instanceof ExcellonCommand.ToolSelect || c instanceof ExcellonCommand.Coordinate
                    || c instanceof ExcellonCommand.Motion || c instanceof ExcellonCommand.G85Slot) {
                return true;
            }
        }
        return false;
    }

    private static NcParameters ncParametersBeside(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir == null) {
            return null;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (p.getFileName().toString().toLowerCase(Locale.ROOT).equals(NcParameters.FILE_NAME)
                        && Files.isRegularFile(p) && Files.size(p) < 1_000_000) {
                    return NcParameters.parse(new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            return null; // parameters are optional: the file is read without them
        }
        return null;
    }

    private static DrillFile empty(String name, DiagnosticSink sink) {
        return new DrillFile(name, ExcellonFormat.INCH_DEFAULT, FormatOrigin.DEFAULT_ASSUMED, List.of(), List.of(),
                List.of(), Plating.UNKNOWN, null, Attributes.EMPTY, sink.diagnostics(),
                new FormatEvidence(false, false, false, false, false, 0, false));
    }
}
