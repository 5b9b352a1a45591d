package com.fabwright.assembly;

/**
 * One placed part, as a pick-and-place (CPL) file, Gerber X3 component layer or ODB++ component
 * file gives it, normalised: centroid in the job's Gerber coordinates (mm, seen from the top),
 * rotation in degrees counter-clockwise seen from the top in the IPC-7351 zero-orientation
 * convention, side, and what the source says of the part.
 *
 * @param refdes      reference designator as written ({@code R12})
 * @param xMm         centroid x (mm)
 * @param yMm         centroid y (mm)
 * @param rotationDeg rotation, degrees counter-clockwise, normalised to [0, 360)
 * @param side        the side it is mounted on
 * @param footprint   package / footprint name, or {@code null}
 * @param value       value or part number as the source gives it, or {@code null}
 * @param mount       SMT or THT when known
 * @param source      the file it comes from (job path)
 * @param line        1-based line (or row) in that file, 0 when not from a text file
 */
public record Placement(String refdes, double xMm, double yMm, double rotationDeg, Side side,
                        String footprint, String value, MountType mount, String source, int line) {
}
