package com.fabwright.corpus;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.diagnostics.Severity;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.geometry.LayerGeometry;
import com.fabwright.gerber.GerberFile;
import com.fabwright.gerber.GerberReader;
import java.nio.file.Path;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * Fabwright's own figures for one Gerber file, as the differential tests compare them: the reader's
 * result, the adapter's geometry, and the time each took.
 *
 * @param file          what was read
 * @param geometry      the final image as polygons
 * @param negative      whether the image is negative ({@code %IPNEG*%})
 * @param perimeterMm   total boundary length of the dark polygons (for pixel quantisation tolerances)
 * @param readSeconds   wall time of {@link GerberReader#read(Path)}
 * @param geomSeconds   wall time of {@link ImageGeometry#toGeometry}
 */
public record OurMeasurement(GerberFile file, LayerGeometry geometry, boolean negative, double perimeterMm,
                             double readSeconds, double geomSeconds) {

    /** Reads and converts {@code path} with the default reader and adapter. */
    public static OurMeasurement of(Path path) {
        long t0 = System.nanoTime();
        GerberFile f = new GerberReader().read(path);
        long t1 = System.nanoTime();
        LayerGeometry g = new ImageGeometry().toGeometry(f.image());
        long t2 = System.nanoTime();
        return new OurMeasurement(f, g, f.image().negative(), g.darkArea().getBoundary().getLength(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    /** The dark area in mm². */
    public double areaMm2() {
        return geometry.areaMm2();
    }

    /**
     * For a negative image, the clear area inside the adapter's canvas (the bounding box of all objects):
     * box area minus dark area. Zero for a positive image.
     */
    public double clearAreaMm2() {
        Envelope b = geometry.boundsMm();
        return b.isNull() ? 0 : b.getArea() - geometry.areaMm2();
    }

    public List<Diagnostic> errors() {
        return file.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).toList();
    }
}
