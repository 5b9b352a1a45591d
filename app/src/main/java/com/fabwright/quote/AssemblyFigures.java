package com.fabwright.quote;

import com.fabwright.assembly.AssemblyStatistics;
import java.util.List;

/**
 * The per-board assembly counts the assembly block prices (quote-model.md §6.4), from BOM lines,
 * from {@link AssemblyStatistics} (the BOM/CPL readers), or entered on the command line.
 *
 * @param smtPlacements SMT parts placed per board
 * @param thtParts      through-hole parts per board
 * @param smtLines      distinct SMT lines (feeders)
 * @param thtLines      distinct THT lines
 * @param smtJoints     SMT solder joints (pads) per board
 * @param thtPins       THT pins per board
 * @param points0402    CN solder points of ≤0402 chips per board
 * @param pointsOther   CN solder points of every other SMT part per board
 * @param bga           BGA placements per board (X-ray)
 * @param sides         sides carrying SMT parts (1 or 2)
 * @param source        where the figures come from
 */
public record AssemblyFigures(int smtPlacements, int thtParts, int smtLines, int thtLines, int smtJoints, int thtPins,
                              double points0402, double pointsOther, int bga, int sides, String source) {

    /** No assembly (bare boards only). */
    public static final AssemblyFigures NONE = new AssemblyFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, "none");

    /** Whether anything is assembled. */
    public boolean any() {
        return smtPlacements + thtParts > 0;
    }

    public double points() {
        return points0402 + pointsOther;
    }

    public int uniqueLines() {
        return smtLines + thtLines;
    }

    /** Counts from BOM lines (DNP lines are not in the list). */
    public static AssemblyFigures of(List<BomLine> lines, int sides, String source) {
        int smt = 0, tht = 0, smtLines = 0, thtLines = 0, joints = 0, pins = 0, bga = 0;
        double p0402 = 0, pOther = 0;
        for (BomLine l : lines) {
            PackageClass c = l.pkg() == null ? PackageClass.CHIP_0603 : l.pkg();
            if (c.tht()) {
                tht += l.qtyPerBoard();
                thtLines++;
                pins += l.qtyPerBoard() * l.pads();
            } else {
                smt += l.qtyPerBoard();
                smtLines++;
                joints += l.qtyPerBoard() * l.pads();
                double pts = l.qtyPerBoard() * c.points(l.pads());
                if (c == PackageClass.CHIP_0402) {
                    p0402 += pts;
                } else {
                    pOther += pts;
                }
                if (c == PackageClass.BGA) {
                    bga += l.qtyPerBoard();
                }
            }
        }
        return new AssemblyFigures(smt, tht, smtLines, thtLines, joints, pins, p0402, pOther, bga, sides, source);
    }

    /**
     * Counts from the BOM/CPL readers' statistics. Solder points are estimated from the joints
     * (2 pads per point, the chip rule) with the ≤0402 share taken from the package classes, since the
     * statistics carry no per-part pad counts.
     */
    public static AssemblyFigures of(AssemblyStatistics s) {
        int small = 0;
        for (var e : s.packageClasses().entrySet()) {
            if (PackageClass.of(e.getKey()) == PackageClass.CHIP_0402) {
                small += e.getValue();
            }
        }
        double p0402 = small;
        double pOther = Math.max(0, s.smtJoints() / 2.0 - p0402);
        int lines = s.uniqueLines();
        int thtLines = s.tht() == 0 ? 0 : Math.max(1, Math.round((float) lines * s.tht() / Math.max(1, s.smt() + s.tht())));
        return new AssemblyFigures(s.smt(), s.tht(), lines - thtLines, thtLines, s.smtJoints(), s.thtPins(), p0402,
                pOther, s.bga(), s.doubleSided() ? 2 : (s.smt() > 0 ? 1 : 0), s.source());
    }
}
