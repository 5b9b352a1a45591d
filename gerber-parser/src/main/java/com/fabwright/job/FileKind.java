package com.fabwright.job;

import java.util.Locale;

/**
 * What a file in a customer package is, decided from its content first and its name second
 * ({@link FileSniffer}). The lower-case {@link #label()} is the {@code kind} field of
 * {@code fabwright info --json} (CLI.md) and is part of that contract.
 */
public enum FileKind {
    /** Gerber RS-274X / X2 / X3 (also Gerber drill files and X3 component layers). */
    GERBER,
    /** Excellon NC drill / rout file. */
    EXCELLON,
    /** ODB++ product model: a folder or archive holding {@code matrix/matrix} and {@code steps/}. */
    ODB,
    /** IPC-2581 XML. */
    IPC2581,
    /** Bill of materials (CSV, XLSX, TXT). */
    BOM,
    /** Component placement / pick-and-place / centroid file. */
    CPL,
    /** Gerber job file ({@code .gbrjob}, JSON). */
    GBRJOB,
    /** IPC-D-356 netlist. */
    IPC356,
    /** Drawing: PDF, DXF, SVG, PostScript. */
    DRAWING,
    /** Anything else (reports, READMEs, images, CAD sources). */
    OTHER;

    /** The value written in {@code info --json}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether files of this kind are layers that {@link com.fabwright.job.identify.LayerIdentifier} names. */
    public boolean isLayerData() {
        return this == GERBER || this == EXCELLON;
    }
}
