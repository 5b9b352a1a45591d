package com.fabwright.quote;

import com.fabwright.assembly.AssemblyStatistics;
import com.fabwright.assembly.MountType;
import com.fabwright.assembly.PlacedPart;
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
    public static AssemblyFigures of(List<ComponentLine> lines, int sides, String source) {
        int smt = 0, tht = 0, smtLines = 0, thtLines = 0, joints = 0, pins = 0, bga = 0;
        double p0402 = 0, pOther = 0;
        for (ComponentLine l : lines) {
            PricingClass c = l.pkg() == null ? PricingClass.CHIP_0603 : l.pkg();
            if (c.tht()) {
                tht += l.qtyPerBoard();
                thtLines++;
                pins += l.qtyPerBoard() * l.pads();
            } else {
                smt += l.qtyPerBoard();
                smtLines++;
                joints += l.qtyPerBoard() * l.pads();
                double pts = l.qtyPerBoard() * c.points(l.pads());
                if (c == PricingClass.CHIP_0402) {
                    p0402 += pts;
                } else {
                    pOther += pts;
                }
                if (c == PricingClass.BGA) {
                    bga += l.qtyPerBoard();
                }
            }
        }
        return new AssemblyFigures(smt, tht, smtLines, thtLines, joints, pins, p0402, pOther, bga, sides, source);
    }

    /**
     * Figures measured by the BOM/CPL readers: placements, SMT/THT, lines, joints, pins, BGA and sides
     * as the statistics count them; CN solder points (quote-model.md §6.7 "smt.points rules": chip 1,
     * SOT 1.5, IC pins/4, fine-pitch pins/2, BGA balls/3) summed part by part over the SMT parts the
     * statistics were computed from, with their real joints and their {@link PricingClass}.
     *
     * @param s        the statistics
     * @param parts    the fitted parts behind them ({@code AssemblyData.parts()})
     * @param thtLines of {@code s.uniqueLines()}, the lines placed through-hole
     */
    public static AssemblyFigures of(AssemblyStatistics s, List<PlacedPart> parts, int thtLines) {
        double p0402 = 0;
        double pOther = 0;
        for (PlacedPart p : parts) {
            if (p.mount() == MountType.THT) {
                continue;
            }
            PricingClass c = PricingClass.of(p);
            if (c == PricingClass.CHIP_0402) {
                p0402 += c.points(p.joints());
            } else {
                pOther += c.points(p.joints());
            }
        }
        int tl = s.tht() == 0 ? 0 : Math.min(Math.max(1, thtLines), s.uniqueLines());
        return new AssemblyFigures(s.smt(), s.tht(), s.uniqueLines() - tl, tl, s.smtJoints(), s.thtPins(), p0402,
                pOther, s.bga(), s.doubleSided() ? 2 : (s.smt() > 0 ? 1 : 0), s.source());
    }
}
