package com.fabwright.corpus;

import com.fabwright.image.Aperture;
import com.fabwright.image.GraphicObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;

/**
 * The comparison of one file with gerbv, shared by the differential and spec-example tests:
 *
 * <ol>
 *   <li>gerbv's autoscaled render ({@link Gerbv#measure}) is compared with our area;</li>
 *   <li>if that is outside the tolerance, and our bounding box reaches beyond gerbv's autoscale window
 *       (gerbv sizes it from its own bounding box, which misses arc bulges and similar), gerbv renders
 *       again over a window that holds both boxes: an image cut off by gerbv's window is not a difference
 *       in the image. Our box only widens the window; gerbv still draws every pixel;</li>
 *   <li>if still outside and gerbv's pixel snapping could explain the difference
 *       ({@link AreaComparison#explainableByPixels}), gerbv renders again finer ({@link Gerbv#refine})
 *       and the finer figure decides.</li>
 * </ol>
 *
 * @param comparison the final comparison
 * @param used       the gerbv measurement it is based on
 * @param notes      what was done beyond the first render
 */
public record GerbvCheck(AreaComparison comparison, GerbvMeasurement used, String notes) {
    private static final double MARGIN_IN = 0.05;

    /** Runs the comparison for {@code file}, starting from gerbv's autoscaled render {@code main}. */
    public static GerbvCheck run(Gerbv gerbv, Path file, OurMeasurement ours, GerbvMeasurement main, boolean refine) {
        boolean negative = GerberSniffer.isNegativeImage(file);
        AreaComparison c = AreaComparison.of(ours, main, negative);
        if (c.within()) {
            return new GerbvCheck(c, main, "");
        }
        List<String> notes = new ArrayList<>();
        GerbvMeasurement used = main;
        Envelope box = gerbv.boxInches(file, main);
        Envelope win = new Envelope(box);
        Envelope oursMm = ours.geometry().boundsMm();
        if (!oursMm.isNull()) {
            Envelope oursIn = new Envelope(oursMm.getMinX() / 25.4, oursMm.getMaxX() / 25.4,
                    oursMm.getMinY() / 25.4, oursMm.getMaxY() / 25.4);
            Envelope slack = new Envelope(box);
            slack.expandBy(2.0 / main.dpi());
            if (!slack.contains(oursIn) && !negative) {
                win.expandToInclude(oursIn);
                win.expandBy(MARGIN_IN);
                used = gerbv.windowed(file, main.dpi(), win);
                c = AreaComparison.of(ours, used, negative);
                notes.add("gerbv's autoscale window misses part of our image; re-rendered over both boxes");
            }
        }
        if (!c.within() && refine && c.explainableByPixels(ours, used)) {
            Envelope w = new Envelope(win);
            w.expandBy(MARGIN_IN);
            Optional<GerbvMeasurement> finer = gerbv.refine(file, used, w);
            if (finer.isPresent()) {
                used = finer.get();
                c = AreaComparison.of(ours, used, negative);
                notes.add("refined at " + used.dpi() + " dpi in " + used.tiles() + " tiles");
            }
        }
        if (!c.within()) {
            long thin = thinStrokes(ours, used.pixelMm());
            if (thin > 0) {
                notes.add(thin + " strokes thinner than gerbv's pixel (" + String.format(java.util.Locale.ROOT,
                        "%.4f", used.pixelMm()) + " mm), which gerbv draws 1 px wide");
            }
        }
        return new GerbvCheck(c, used, String.join("; ", notes));
    }

    /**
     * Draws and arcs whose circular aperture is thinner than one pixel, zero included: gerbv's PNG export
     * draws every such stroke one pixel wide (gerbv {@code draw.c}: "if the aperture width is truly 0,
     * then render as a 1 pixel width line ... make sure all lines are at least 1 pixel wide"), which adds
     * area that is not in the image.
     */
    static long thinStrokes(OurMeasurement ours, double pixelMm) {
        long n = 0;
        for (GraphicObject o : ours.file().image().objects()) {
            Aperture a = o instanceof GraphicObject.Draw d ? d.aperture()
                    : o instanceof GraphicObject.ArcDraw ad ? ad.aperture() : null;
            if (a instanceof Aperture.Circle circle && circle.diameter() < pixelMm) {
                n++;
            }
        }
        return n;
    }

    /**
     * gerbv's messages without the noise of X2 attributes it does not know ("Unknown RS-274X extension
     * found %TF%" for every attribute line).
     */
    public static String significantMessages(String messages) {
        return Arrays.stream(messages.split(" \\| "))
                .filter(m -> !m.matches(".*Unknown RS-274X extension found %T[FAOD]%.*"))
                .map(m -> m.replaceAll("^\\*\\* \\(process:\\d+\\): ", "").replaceAll("\\d\\d:\\d\\d:\\d\\d\\.\\d+: ", ""))
                .filter(m -> !m.isBlank())
                .collect(Collectors.joining(" | "));
    }
}
