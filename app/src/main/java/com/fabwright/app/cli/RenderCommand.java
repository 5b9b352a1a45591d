package com.fabwright.app.cli;

import com.fabwright.app.engine.ColoredGeometry;
import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.engine.StackRasterizer;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.LoadedFile;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fabwright render JOB --layer LAYER --out FILE.png [--dpi N] [--window X0,Y0,X1,Y1]}. One
 * layer is drawn white on black (easy to compare with other tools' renders); {@code all} or
 * {@code stack} draws every layer in its standard colour on the board background.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render one layer (white on black) or the stacked board (in colours) to a PNG.")
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions job;

    @Option(names = "--layer", required = true, paramLabel = "LAYER",
            description = "A file name as given in the job, a layer id from info (top-copper, outline...), or all/stack.")
    String layer;

    @Option(names = "--out", required = true, paramLabel = "FILE.png", description = "PNG file to write.")
    Path out;

    @Option(names = "--dpi", paramLabel = "N", defaultValue = "600", description = "Resolution (default: ${DEFAULT-VALUE}).")
    double dpi;

    @Option(names = "--window", paramLabel = "X0,Y0,X1,Y1", converter = WindowConverter.class,
            description = "Area to draw, in the job's coordinates; lengths accept units (bare numbers are mm). "
                    + "Default: the drawn layers' bounds plus a 1 mm margin.")
    Envelope window;

    @Override
    public Integer call() throws Exception {
        if (!(dpi > 0 && dpi <= 25_400)) {
            throw new ParameterException(spec.commandLine(), "--dpi must be in (0, 25400], got " + dpi);
        }
        try (Job loaded = job.load(spec.commandLine().getErr())) {
            boolean stack = layer.equalsIgnoreCase("all") || layer.equalsIgnoreCase("stack");
            List<LoadedFile> chosen = stack ? stackLayers(loaded) : List.of(find(loaded, layer));
            List<ColoredGeometry> paint = new ArrayList<>();
            Envelope bounds = new Envelope();
            for (LoadedFile f : chosen) {
                if (f.shapes() == null) {
                    if (!stack) {
                        throw new JobInputException(f.file(),
                                "has no geometry to draw (not a Gerber or drill layer, or unreadable; see the diagnostics)");
                    }
                    continue;
                }
                paint.add(new ColoredGeometry(f.shapes().darkArea(), stack ? LayerColors.colorOf(f.layer()) : Color.WHITE));
                if (f.shapes().boundsMm() != null) {
                    bounds.expandToInclude(f.shapes().boundsMm());
                }
            }
            if (paint.isEmpty()) {
                throw new JobInputException(Path.of(loaded.name()), "no layer with geometry to draw");
            }
            Envelope area = window != null ? window : defaultWindow(stack ? loaded.extent() : bounds, bounds);
            long[] px = StackRasterizer.pixelSize(area, dpi);
            if (px[0] * px[1] > StackRasterizer.MAX_PIXELS) {
                throw new ParameterException(spec.commandLine(), String.format(Locale.ROOT,
                        "%d x %d pixels is too large; lower --dpi or narrow --window", px[0], px[1]));
            }
            BufferedImage image = StackRasterizer.render(paint, area, dpi,
                    stack ? LayerColors.BOARD_BACKGROUND : Color.BLACK);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try {
                ImageIO.write(image, "png", out.toFile());
            } catch (IOException e) {
                throw new JobInputException(out, "cannot write PNG: " + e.getMessage(), e);
            }
            spec.commandLine().getOut().printf(Locale.ROOT, "wrote %s (%d x %d px, %.0f dpi, window %.3f,%.3f %.3f,%.3f mm, %d layer(s))%n",
                    out, image.getWidth(), image.getHeight(), dpi, area.getMinX(), area.getMinY(),
                    area.getMaxX(), area.getMaxY(), paint.size());
        }
        return ExitCodes.OK;
    }

    private static Envelope defaultWindow(Envelope preferred, Envelope fallback) {
        Envelope e = new Envelope(preferred.isNull() ? fallback : preferred);
        e.expandBy(1.0);
        return e;
    }

    static List<LoadedFile> stackLayers(Job job) {
        return job.files().stream().filter(f -> f.image() != null)
                .sorted(Comparator.comparing(LoadedFile::layer, LayerColors.STACK_ORDER))
                .toList();
    }

    /** Finds a layer by path as given, by file name, or by layer id (case-insensitive). */
    static LoadedFile find(Job job, String name) {
        for (LoadedFile f : job.files()) {
            if (f.displayPath().equals(name)) {
                return f;
            }
        }
        for (LoadedFile f : job.files()) {
            if (f.fileName().equals(name) || f.fileName().equalsIgnoreCase(name)) {
                return f;
            }
        }
        for (LoadedFile f : job.files()) {
            if (f.layer().id().equalsIgnoreCase(name) && f.image() != null) {
                return f;
            }
        }
        StringBuilder known = new StringBuilder();
        for (LoadedFile f : job.files()) {
            known.append(known.length() == 0 ? "" : ", ").append(f.fileName())
                    .append(f.image() != null ? " (" + f.layer().id() + ")" : "");
        }
        throw new UsageException("no layer '" + name + "' in the job; it has: " + known + "; or use all/stack");
    }
}
