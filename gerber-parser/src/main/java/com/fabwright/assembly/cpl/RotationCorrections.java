package com.fabwright.assembly.cpl;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The per-package rotation correction table: placement files give rotations in the convention of
 * the CAD library a footprint came from; the assembly line wants IPC-7351 zero orientation. Each row
 * names a source dialect ({@code kicad}, {@code altium}... or {@code *}), a regular expression on the
 * footprint name (case-insensitive, whole name) and the degrees to add (counter-clockwise). The first
 * matching row wins. The table is data (JSON, DESIGN.md "Profiles"): the shipped one is a resource,
 * users edit a copy.
 *
 * @param name        table name
 * @param version     table version
 * @param source      where the numbers come from
 * @param corrections the rows, in priority order
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RotationCorrections(String name, String version, String source, List<Correction> corrections) {
    private static final String RESOURCE = "rotation-corrections.json";

    public RotationCorrections {
        corrections = corrections == null ? List.of() : List.copyOf(corrections);
    }

    /**
     * One row of the table.
     *
     * @param format    the dialect it applies to, or {@code *}
     * @param footprint regular expression on the footprint name
     * @param offsetDeg degrees added, counter-clockwise
     * @param note      why
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Correction(String format, String footprint, double offsetDeg, String note) {
        boolean matches(String dialect, String fp) {
            return fp != null && ("*".equals(format) || format == null || format.equalsIgnoreCase(dialect))
                    && Pattern.compile(footprint, Pattern.CASE_INSENSITIVE).matcher(fp).matches();
        }
    }

    /** The shipped table. */
    public static RotationCorrections defaults() {
        try (InputStream in = RotationCorrections.class.getResourceAsStream(RESOURCE)) {
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shipped " + RESOURCE, e);
        }
    }

    /** A table from JSON. */
    public static RotationCorrections load(InputStream json) throws IOException {
        return new ObjectMapper().readValue(json, RotationCorrections.class);
    }

    /** The rotation corrected for the footprint, normalised to [0, 360). */
    public double correct(String dialect, String footprint, double rotationDeg) {
        double r = rotationDeg;
        for (Correction c : corrections) {
            if (c.matches(dialect == null ? "" : dialect.toLowerCase(Locale.ROOT), footprint)) {
                r += c.offsetDeg();
                break;
            }
        }
        return normalise(r);
    }

    /** An angle in [0, 360). */
    public static double normalise(double deg) {
        double r = deg % 360.0;
        if (r < 0) {
            r += 360.0;
        }
        return Math.abs(r - 360.0) < 1e-9 || Math.abs(r) < 1e-9 ? 0.0 : r;
    }
}
