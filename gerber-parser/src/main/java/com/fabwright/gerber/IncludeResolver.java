package com.fabwright.gerber;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.gerber.command.CommandParser;
import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.gerber.interpret.GerberInterpreter;
import com.fabwright.gerber.lex.GerberLexer;
import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Resolves deprecated {@code %IF%} include files (Gerber spec 8.1.x): only files inside the job's
 * own folder are read (no absolute paths, no {@code ..} escapes, no symbolic links leaving it),
 * includes nest at most {@link InputLimits#maxIncludeDepth()} deep, and the included commands run
 * in the including file's graphics state.
 */
final class IncludeResolver implements Consumer<GerberCommand.Include> {
    private final Path folder;
    private final InputLimits limits;
    private final DiagnosticSink sink;
    private final CommandParser parser;
    private final GerberInterpreter interpreter;
    private int depth;

    IncludeResolver(Path folder, InputLimits limits, DiagnosticSink sink, CommandParser parser,
                    GerberInterpreter interpreter) {
        this.folder = folder.toAbsolutePath().normalize();
        this.limits = limits;
        this.sink = sink;
        this.parser = parser;
        this.interpreter = interpreter;
    }

    @Override
    public void accept(GerberCommand.Include inc) {
        String name = inc.fileName().strip();
        Path target;
        try {
            target = folder.resolve(name).normalize();
        } catch (RuntimeException e) {
            sink.error("GBR-E011", inc.position(), "include file name '" + name + "' is not a valid path");
            return;
        }
        if (!target.startsWith(folder)) {
            sink.error("GBR-E011", inc.position(), "include file '" + name + "' lies outside the job folder; refused");
            return;
        }
        if (depth >= limits.maxIncludeDepth()) {
            sink.error("GBR-E011", inc.position(), "includes nest deeper than the limit of " + limits.maxIncludeDepth());
            return;
        }
        try {
            Path real = target.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                sink.error("GBR-E011", inc.position(), "include file '" + name + "' links outside the job folder; refused");
                return;
            }
            if (Files.size(real) > limits.maxFileBytes()) {
                sink.error("GBR-E001", inc.position(), "include file '" + name + "' is over the size limit");
                return;
            }
            byte[] bytes = Files.readAllBytes(real);
            DiagnosticSink includeSink = new DiagnosticSink(name);
            var words = GerberLexer.tokenize(bytes, includeSink);
            includeSink.diagnostics().forEach(d -> sink.report(d.severity(), d.code(), inc.position(),
                    "in include file " + name + " line " + d.position().line() + ": " + d.message(), d.excerpt()));
            depth++;
            try {
                parser.parse(words, interpreter::execute);
            } finally {
                depth--;
            }
        } catch (IOException e) {
            sink.error("GBR-E011", inc.position(), "include file '" + name + "' cannot be read: " + e.getMessage());
        }
    }
}
