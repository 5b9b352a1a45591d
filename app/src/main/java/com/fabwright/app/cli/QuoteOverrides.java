package com.fabwright.app.cli;

import com.fabwright.input.Length;
import com.fabwright.quote.AssemblyFigures;
import com.fabwright.quote.BoardSpec;
import com.fabwright.quote.Delivery;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Option;

/** Entered values for {@code quote}: each replaces what was measured, and the quote marks it entered. */
final class QuoteOverrides {
    @Option(names = "--width", description = "Board width (units allowed: 100mm, 4in).", converter = LengthMm.class)
    Double width;
    @Option(names = "--height", description = "Board height.", converter = LengthMm.class)
    Double height;
    @Option(names = "--layers", description = "Copper layers.")
    Integer layers;
    @Option(names = "--thickness", description = "Board thickness.", converter = LengthMm.class)
    Double thickness;
    @Option(names = "--finish", description = "Surface finish: HASL, LF-HASL, ENIG, ENIG-2u, OSP, ImmAg, ImmSn.")
    String finish;
    @Option(names = "--copper-oz", description = "Outer copper weight in oz.")
    Double copperOz;
    @Option(names = "--material", description = "Base material: FR4, TG150, TG170.")
    String material;
    @Option(names = "--min-track", description = "Smallest track width (until the DFM metrics measure it).", converter = LengthMm.class)
    Double minTrack;
    @Option(names = "--min-gap", description = "Smallest copper gap.", converter = LengthMm.class)
    Double minGap;
    @Option(names = "--min-hole", description = "Smallest drilled hole.", converter = LengthMm.class)
    Double minHole;
    @Option(names = "--holes", description = "Drilled holes per board.")
    Integer holes;
    @Option(names = "--impedance", arity = "0..1", fallbackValue = "true", description = "Impedance control asked for (--impedance, --impedance=false).")
    Boolean impedance;
    @Option(names = "--special", description = "Special process (repeatable): castellated, edge-plating, gold-fingers, hdi-1n1, hdi-2n2, no-xout.")
    List<String> specials;

    @Option(names = "--array", description = "Delivery array NXxNY (e.g. 2x2).")
    String array;
    @Option(names = "--array-gap", description = "Gap between boards in the array.", converter = LengthMm.class)
    Double arrayGap;
    @Option(names = "--rails", description = "Array rails X,Y (e.g. 0,5mm).")
    String rails;

    @Option(names = "--placements", description = "SMT placements per board (replaces the count measured from the BOM/CPL).")
    Integer placements;
    @Option(names = "--smt-lines", description = "Distinct SMT lines (feeders).")
    Integer smtLines;
    @Option(names = "--tht", description = "THT parts per board.")
    Integer tht;
    @Option(names = "--tht-lines", description = "Distinct THT lines.")
    Integer thtLines;
    @Option(names = "--joints", description = "SMT joints per board (default: 2 per placement).")
    Integer joints;
    @Option(names = "--pins", description = "THT pins per board (default: 2 per THT part).")
    Integer pins;
    @Option(names = "--points", description = "CN solder points per board (default: joints / 2).")
    Double points;
    @Option(names = "--points-0402", description = "Of the points, those of ≤0402 chips (priced apart in CN-EMS).")
    Double points0402;
    @Option(names = "--bga", description = "BGA placements per board.")
    Integer bga;
    @Option(names = "--sides", description = "Sides with SMT parts (1 or 2).")
    Integer sides;

    BoardSpec apply(BoardSpec b) {
        Set<String> sp = new HashSet<>(b.specials());
        if (specials != null) {
            sp.addAll(specials);
        }
        return new BoardSpec(b.widthMm().override(width), b.heightMm().override(height), b.layers().override(layers),
                b.thicknessMm().override(thickness), b.finish().override(finish), b.copperOz().override(copperOz),
                b.material().override(material), b.minTrackMm().override(minTrack), b.minGapMm().override(minGap),
                b.minHoleMm().override(minHole), b.holes().override(holes), b.impedance().override(impedance), sp);
    }

    Delivery delivery() {
        if (array == null) {
            return Delivery.SINGLE;
        }
        String[] n = array.toLowerCase(java.util.Locale.ROOT).split("x");
        if (n.length != 2) {
            throw new UsageException("--array wants NXxNY, e.g. 2x2, not " + array);
        }
        double rx = 0;
        double ry = 0;
        if (rails != null) {
            String[] r = rails.split(",");
            rx = Length.parseMm(r[0]);
            ry = r.length > 1 ? Length.parseMm(r[1]) : rx;
        }
        return new Delivery(Integer.parseInt(n[0].trim()), Integer.parseInt(n[1].trim()), arrayGap == null ? 0 : arrayGap, rx, ry);
    }

    /** Whether any assembly figure was entered. */
    boolean assemblyEntered() {
        return placements != null || tht != null || smtLines != null || thtLines != null || joints != null || pins != null
                || points != null || points0402 != null || bga != null || sides != null;
    }

    /**
     * The assembly figures to quote: the measured ones ({@link AssemblyFigures#NONE} when the job has
     * no BOM/CPL) with every figure entered on the command line replacing its measured value; the
     * figures are then marked entered. Without measured placements, unentered figures get the defaults
     * of a hand-entered quote (2 joints per placement, 2 pins per THT part, points = joints / 2).
     */
    AssemblyFigures assembly(AssemblyFigures measured) {
        if (!assemblyEntered()) {
            return measured;
        }
        boolean m = measured.any();
        int smt = placements != null ? placements : m ? measured.smtPlacements() : 0;
        int th = tht != null ? tht : m ? measured.thtParts() : 0;
        int j = joints != null ? joints : m && placements == null ? measured.smtJoints() : 2 * smt;
        double pts = points != null ? points : m && placements == null && joints == null ? measured.points() : j / 2.0;
        double small = points0402 != null ? Math.min(points0402, pts)
                : m && points == null && placements == null && joints == null ? measured.points0402() : 0;
        int sl = smtLines != null ? smtLines : m ? measured.smtLines() : Math.max(smt > 0 ? 1 : 0, smt / 5);
        int tl = thtLines != null ? thtLines : m ? measured.thtLines() : Math.max(th > 0 ? 1 : 0, th / 2);
        int p = pins != null ? pins : m && tht == null ? measured.thtPins() : 2 * th;
        int b = bga != null ? bga : m ? measured.bga() : 0;
        int sd = sides != null ? sides : m ? measured.sides() : (smt > 0 ? 1 : 0);
        return new AssemblyFigures(smt, th, sl, tl, j, p, small, pts - small, b, sd,
                "entered on the command line" + (m ? " (over " + measured.source() + ")" : ""));
    }

    /** Picocli converter for lengths with units. */
    static final class LengthMm implements picocli.CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return Length.parseMm(value);
        }
    }
}
