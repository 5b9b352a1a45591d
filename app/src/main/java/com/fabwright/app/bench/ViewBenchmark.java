package com.fabwright.app.bench;

import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.job.Job;
import com.fabwright.app.job.JobInputException;
import com.fabwright.app.job.JobLoader;
import com.fabwright.app.job.LoadedFile;
import com.fabwright.app.view.FrameComposer;
import com.fabwright.app.view.LayerIndexes;
import com.fabwright.app.view.PaintLayer;
import com.fabwright.app.view.TileService;
import com.fabwright.app.view.TileStyle;
import com.fabwright.app.view.Viewport;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The {@code fabwright bench-view} figures (issue 7, Acceptance): the board view's engine driven
 * offscreen exactly as the window drives it (the same {@link TileService} workers, the same
 * {@link FrameComposer}), with Java2D software drawing into a canvas-sized picture instead of a
 * JavaFX canvas. It prints the time to the first picture after loading (indexes built and every
 * visible tile sharp at "fit"), then paces scripted pans and zooms at 60 frames/s and prints, per
 * phase, the UI-thread time per frame (composition from cached tiles and stand-ins; the target is
 * under 16.7 ms) and how much of each frame was sharp, a stand-in or still blank.
 */
public final class ViewBenchmark {
    private static final double FRAME_MS = 1000.0 / 60;

    private ViewBenchmark() {
    }

    /** One scripted motion: frames of a step applied to the viewport. */
    private record Phase(String name, int frames, UnaryOperator<Viewport> step) {
    }

    public static void run(List<Path> job, int width, int height, int threads, PrintStream out)
            throws JobInputException, InterruptedException {
        long t0 = System.nanoTime();
        try (Job loaded = new JobLoader().load(job, (d, t, f) -> { })) {
            double loadS = (System.nanoTime() - t0) / 1e9;
            long objects = loaded.files().stream().filter(f -> f.objects() != null).mapToLong(LoadedFile::objects).sum();
            out.printf(Locale.ROOT, "bench-view: %s, %d file(s), %d object(s), loaded in %.2f s; canvas %d x %d, %d tile thread(s)%n",
                    loaded.name(), loaded.files().size(), objects, loadS, width, height, threads);
            measure(loaded, width, height, threads, out);
        }
    }

    private static void measure(Job job, int width, int height, int threads, PrintStream out) throws InterruptedException {
        long t0 = System.nanoTime();
        LayerIndexes indexes = new LayerIndexes();
        List<PaintLayer> paint = new ArrayList<>();
        job.files().stream().filter(f -> f.shapes() != null)
                .sorted(Comparator.comparing(LoadedFile::layer, LayerColors.STACK_ORDER))
                .forEach(f -> paint.add(new PaintLayer(indexes.of(f.shapes()), LayerColors.colorOf(f.layer()))));
        double indexS = (System.nanoTime() - t0) / 1e9;
        BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = canvas.createGraphics();
        FrameComposer.Drawer<BufferedImage> drawer = (tile, sx, sy, sw, sh, dx, dy, dw, dh) -> g.drawImage(tile,
                (int) Math.round(dx), (int) Math.round(dy), (int) Math.round(dx + dw), (int) Math.round(dy + dh),
                (int) sx, (int) sy, (int) Math.round(sx + sw), (int) Math.round(sy + sh), null);
        try (TileService<BufferedImage> tiles = new TileService<>(threads, 1024, img -> img, () -> { })) {
            tiles.setStyle(new TileStyle(1, paint, LayerColors.BOARD_BACKGROUND));
            Viewport fit = Viewport.fit(job.extent(), width, height, 16);
            FrameComposer.Coverage c;
            double firstAny = -1;
            do {
                g.setColor(LayerColors.BOARD_BACKGROUND);
                g.fillRect(0, 0, width, height);
                c = FrameComposer.compose(fit, width, height, tiles, drawer);
                if (firstAny < 0 && c.blank() < c.total()) {
                    firstAny = (System.nanoTime() - t0) / 1e9;
                }
                Thread.sleep(2);
            } while (c.sharp() < c.total());
            double first = (System.nanoTime() - t0) / 1e9;
            out.printf(Locale.ROOT, "first picture after loading: %.2f s (layer indexes %.2f s, %d tiles at fit; first tile after %.2f s)%n",
                    first, indexS, c.total(), firstAny);
            out.printf(Locale.ROOT, "%-22s %6s %8s %8s %8s %9s %8s %8s %8s%n",
                    "PHASE", "FRAMES", "P50 ms", "P95 ms", "MAX ms", "<16.7ms", "SHARP", "STAND-IN", "BLANK");
            double cx = width / 2.0;
            double cy = height / 2.0;
            List<Phase> phases = List.of(
                    new Phase("pan right 6 px/frame", 180, v -> v.panBy(-6, 0)),
                    new Phase("pan diagonal 20 px", 90, v -> v.panBy(20, 14)),
                    new Phase("zoom in x1.03/frame", 150, v -> v.zoomAbout(cx, cy, 1.03)),
                    new Phase("pan zoomed 10 px", 120, v -> v.panBy(10, 0)),
                    new Phase("zoom out /1.03", 150, v -> v.zoomAbout(cx, cy, 1 / 1.03)),
                    new Phase("bottom view, pan", 120, v -> v.panBy(-6, 4)));
            Viewport view = fit;
            for (Phase phase : phases) {
                if (phase.name().startsWith("bottom")) {
                    view = view.flipped(cx, cy);
                }
                view = runPhase(phase, view, width, height, tiles, drawer, g, out);
            }
        } finally {
            g.dispose();
        }
    }

    private static Viewport runPhase(Phase phase, Viewport start, int width, int height, TileService<BufferedImage> tiles,
                                     FrameComposer.Drawer<BufferedImage> drawer, Graphics2D g, PrintStream out)
            throws InterruptedException {
        double[] ms = new double[phase.frames()];
        long sharp = 0;
        long standIn = 0;
        long blank = 0;
        Viewport view = start;
        long next = System.nanoTime();
        for (int i = 0; i < phase.frames(); i++) {
            view = phase.step().apply(view);
            long f0 = System.nanoTime();
            g.setColor(LayerColors.BOARD_BACKGROUND);
            g.fillRect(0, 0, width, height);
            java.awt.geom.AffineTransform saved = g.getTransform();
            if (view.mirrored()) {
                g.translate(width, 0);
                g.scale(-1, 1);
            }
            FrameComposer.Coverage c = FrameComposer.compose(view, width, height, tiles, drawer);
            g.setTransform(saved);
            ms[i] = (System.nanoTime() - f0) / 1e6;
            sharp += c.sharp();
            standIn += c.standIn();
            blank += c.blank();
            next += (long) (FRAME_MS * 1e6);
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
            }
        }
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        long under = Arrays.stream(ms).filter(m -> m < FRAME_MS).count();
        double all = Math.max(1, sharp + standIn + blank);
        out.printf(Locale.ROOT, "%-22s %6d %8.2f %8.2f %8.2f %8.1f%% %7.1f%% %7.1f%% %7.1f%%%n", phase.name(), phase.frames(),
                pct(sorted, 0.5), pct(sorted, 0.95), sorted[sorted.length - 1], 100.0 * under / ms.length,
                100 * sharp / all, 100 * standIn / all, 100 * blank / all);
        return view;
    }

    private static double pct(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
    }
}
