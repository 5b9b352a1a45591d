package com.fabwright.odb;

import com.fabwright.assembly.Placement;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.gerber.GerberFile;
import com.fabwright.image.Aperture;
import com.fabwright.image.ApertureTransform;
import com.fabwright.image.Contour;
import com.fabwright.image.GraphicObject;
import com.fabwright.image.Hole;
import com.fabwright.image.Image;
import com.fabwright.image.Point;
import com.fabwright.image.Polarity;
import com.fabwright.input.InputLimits;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An ODB++ product as job files, so that everything built on {@link JobFile} (the board builder,
 * geometry, renderer, DFM, {@code info}) works on it unchanged: one file for the product itself
 * (kind {@code odb}, no layer, carrying the product's diagnostics), one per matrix layer with its
 * image and its identity from the matrix (confidence 1.0), and one {@code outline} file for the
 * step profile. Drill layers are images of flashes whose {@code .AperFunction} says plated,
 * non-plated or via, which is how the board builder reads Gerber drill files.
 */
public final class OdbJobFiles {
    private OdbJobFiles() {
    }

    /** Reads the product at {@code root} (job path {@code path}) into job files. */
    public static List<JobFile> read(Path root, String path, String source, InputLimits limits) {
        long t0 = System.nanoTime();
        OdbProduct product = new OdbReader(limits).read(root, path);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return of(product, root, source, seconds);
    }

    /** The job files of a product read already. */
    public static List<JobFile> of(OdbProduct product, Path root, String source, double seconds) {
        List<JobFile> out = new ArrayList<>();
        out.add(new JobFile(product.path(), root, source, FileKind.ODB, null, null, null, product.diagnostics(), 0, seconds));
        if (product.step() == null) {
            return out;
        }
        if (!product.profile().objects().isEmpty()) {
            LayerIdentity outline = LayerIdentity.of("outline", LayerFunction.OUTLINE, Side.NONE, null, 1.0,
                    "ODB++ profile of step " + product.step() + " (" + product.stepReason() + ")");
            Path file = root.resolve("steps").resolve(product.step()).resolve("profile");
            out.add(file(product.profilePath(), file, source, outline, edges(product.profile())));
        }
        for (OdbLayer l : product.layers()) {
            out.add(file(l.path(), l.file(), source, l.identity(), l.image()));
        }
        return out;
    }

    /**
     * The profile's contours as zero-width lines: the board edge is the profile itself (ODB++ gives
     * it no line width), and a filled surface painted as the outline layer would hide the board.
     */
    static Image edges(Image profile) {
        Aperture hairline = new Aperture.Circle(0, Hole.NONE);
        List<GraphicObject> out = new ArrayList<>();
        for (GraphicObject o : profile.objects()) {
            if (!(o instanceof GraphicObject.Region r) || r.polarity() != Polarity.DARK) {
                continue;
            }
            for (Contour c : r.contours()) {
                Point from = c.start();
                for (Contour.Segment s : c.segments()) {
                    out.add(s instanceof Contour.Arc a
                            ? new GraphicObject.ArcDraw(from, a.end(), a.center(), a.clockwise(), hairline,
                                    ApertureTransform.IDENTITY, Polarity.DARK, r.attributes())
                            : new GraphicObject.Draw(from, s.end(), hairline, ApertureTransform.IDENTITY, Polarity.DARK,
                                    r.attributes()));
                    from = s.end();
                }
                if (!from.equals(c.start())) {
                    out.add(new GraphicObject.Draw(from, c.start(), hairline, ApertureTransform.IDENTITY, Polarity.DARK,
                            r.attributes()));
                }
            }
        }
        return new Image(out, profile.fileAttributes(), false, false);
    }

    private static JobFile file(String path, Path file, String source, LayerIdentity id, Image image) {
        List<Diagnostic> none = List.of();
        return new JobFile(path, file, source, FileKind.ODB, id, new GerberFile(path, image, none), null, none,
                size(file), 0);
    }

    /**
     * The placements of every ODB++ product in a job ({@code comp_+_top}, {@code comp_+_bot} of
     * the board step), read again from the product folders (only components and {@code eda/data}).
     */
    public static List<Placement> placements(Job job) {
        List<Placement> out = new ArrayList<>();
        for (JobFile f : job.files()) {
            if (f.kind() == FileKind.ODB && f.layer() == null && Files.isDirectory(f.file())) {
                out.addAll(new OdbReader().readAssembly(f.file(), f.path()).placements());
            }
        }
        return out;
    }

    private static long size(Path p) {
        try {
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
