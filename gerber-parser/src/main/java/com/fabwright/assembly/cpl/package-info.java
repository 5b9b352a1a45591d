/**
 * Placement (pick-and-place, centroid, CPL) readers: Altium / Protel Pick Place (CSV and aligned
 * text, Mid/Ref/Pad X/Y with {@code mm} or {@code mil} on every value), KiCad {@code .pos} CSV and
 * ASCII, JLCPCB-style CPL, Allegro placed-component / XY reports (mils, {@code SYM_MIRROR} = bottom),
 * gEDA {@code .xy}, generic CSV/XLSX with mapped columns, and Gerber X3 component layers. Every reader
 * yields {@link com.fabwright.assembly.Placement}s in millimetres in the job's Gerber coordinates,
 * rotation normalised with the per-package correction table ({@link RotationCorrections}).
 * Diagnostic codes {@code CPL-}: see {@code docs/diagnostics.md}.
 */
package com.fabwright.assembly.cpl;
