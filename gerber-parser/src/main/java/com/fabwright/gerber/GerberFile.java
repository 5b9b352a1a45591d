package com.fabwright.gerber;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.image.Image;
import java.util.List;

/**
 * The result of reading one Gerber file: its image (possibly partial, possibly empty) and every
 * diagnostic found. Reading never throws for bad content; a file that could not be read at all has
 * an empty image and at least one error diagnostic naming the place.
 *
 * @param name        the file name as the user gave it
 * @param image       what could be read
 * @param diagnostics warnings and errors in file order
 */
public record GerberFile(String name, Image image, List<Diagnostic> diagnostics) {
    public GerberFile {
        diagnostics = List.copyOf(diagnostics);
    }

    /** Whether any error diagnostic was reported (the image may then be incomplete). */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
