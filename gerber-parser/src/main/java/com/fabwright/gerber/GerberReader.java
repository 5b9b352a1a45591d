package com.fabwright.gerber;

import com.fabwright.diagnostics.DiagnosticSink;
import com.fabwright.diagnostics.SourcePosition;
import com.fabwright.image.Image;
import com.fabwright.input.InputLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import com.fabwright.gerber.command.CommandParser;
import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.gerber.interpret.GerberInterpreter;
import com.fabwright.gerber.lex.GerberLexer;
import com.fabwright.gerber.lex.Word;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Gerber RS-274X / X2 / X3 files (Ucamco Gerber Layer Format Specification 2024.05) into an
 * {@link Image}. Entry point of the Gerber pipeline: lexer, then command parser, then interpreter.
 */
public final class GerberReader {
    private final InputLimits limits;

    public GerberReader() {
        this(InputLimits.DEFAULTS);
    }

    public GerberReader(InputLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a file; {@code %IF%} includes are resolved in the file's own folder only.
     */
    public GerberFile read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        DiagnosticSink sink = new DiagnosticSink(name);
        try {
            long size = Files.size(path);
            if (size > limits.maxFileBytes()) {
                sink.error("GBR-E001", SourcePosition.UNKNOWN, "file is " + size + " bytes, over the limit of "
                        + limits.maxFileBytes() + " bytes; not read");
                return new GerberFile(name, Image.empty(), sink.diagnostics());
            }
            byte[] bytes = Files.readAllBytes(path);
            return read(name, bytes, path.toAbsolutePath().getParent());
        } catch (IOException e) {
            sink.error("GBR-E002", SourcePosition.UNKNOWN, "cannot read file: " + e.getMessage());
            return new GerberFile(name, Image.empty(), sink.diagnostics());
        }
    }

    /**
     * Reads Gerber content held in memory.
     *
     * @param name       the file name used in diagnostics
     * @param content    the file's bytes (ASCII; other bytes are reported)
     * @param includeDir folder where {@code %IF%} may find include files, or {@code null} to refuse includes
     */
    public GerberFile read(String name, byte[] content, Path includeDir) {
        DiagnosticSink sink = new DiagnosticSink(name);
        if (content.length > limits.maxFileBytes()) {
            sink.error("GBR-E001", SourcePosition.UNKNOWN, "content is " + content.length
                    + " bytes, over the limit of " + limits.maxFileBytes() + " bytes; not read");
            return new GerberFile(name, Image.empty(), sink.diagnostics());
        }
        List<Word> words = GerberLexer.tokenize(content, sink);
        if (words.isEmpty()) {
            if (!sink.hasErrors()) {
                sink.error("GBR-E003", new SourcePosition(1, 1), "not a Gerber file: no Gerber commands found");
            }
            return new GerberFile(name, Image.empty(), sink.diagnostics());
        }
        GerberInterpreter interpreter = new GerberInterpreter(sink, limits);
        CommandParser parser = new CommandParser(limits.maxExpressionDepth());
        if (includeDir != null) {
            interpreter.setIncludeHandler(new IncludeResolver(includeDir, limits, sink, parser, interpreter));
        }
        List<GerberCommand> commands = new ArrayList<>(words.size() + 16);
        parser.parse(words, commands::add);
        Word last = words.get(words.size() - 1);
        Image image = interpreter.run(commands, new SourcePosition(last.line(), last.column()));
        return new GerberFile(name, image, sink.diagnostics());
    }
}
