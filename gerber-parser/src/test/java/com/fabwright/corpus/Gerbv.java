package com.fabwright.corpus;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;
import org.junit.jupiter.api.Assumptions;

/**
 * gerbv (2.9, the Debian package) as an oracle for the dark area of a Gerber layer, with the method of
 * {@code ../shared/corpus/MANIFEST.md} made exact. Measured facts this class relies on (see the
 * {@code GerbvOracleTest} checks and {@code docs/benchmarks.md}):
 *
 * <ul>
 *   <li><b>Colour.</b> {@code -f '#ffffff'} gives the layer gerbv's default alpha (a full-dark pixel is grey
 *       177, not 255), so the mean grey of such a render is 0.69 of the dark fraction. This class passes
 *       {@code -f '#ffffffff'} (opaque white) on {@code -b '#000000'}: dark area = sum over pixels of
 *       grey/255 times the pixel area.</li>
 *   <li><b>Autoscale window.</b> With {@code -B 0} and no {@code -O/-W}, gerbv's window is its bounding
 *       box plus 0.001 inch in x and y (gerbv {@code main.c}: "plus a little extra to prevent from missing
 *       items due to round-off errors"), the pixel count truncated: a 10 x 5 mm rectangle at 1000 dpi gives a
 *       394 x 197 image (393.7 x 196.85 exact). So the image's pixel size / dpi is the bounding box to within
 *       0.001 in + 1 px, never cropped inside it, and the dark area does not depend on the window.</li>
 *   <li><b>Pixel snapping.</b> The PNG exporter draws with {@code pixelOutput} on (gerbv {@code draw.c}):
 *       stroke widths are rounded to whole pixels, rectangle flashes to an <em>even</em> number of pixels
 *       ({@code width -= (int)width % 2}), track ends and region vertices to pixel centres. At 1000 dpi the
 *       10 x 5 mm rectangle is drawn 196 px high instead of 196.85 (-0.5 % area); a 0.15 mm track is 6 px
 *       instead of 5.91 (+1.6 %). These errors are systematic per aperture size, not noise, so they do not
 *       average out over a board. Two counter-measures: the dpi is taken from a ladder aligned with the file's
 *       units (1270/2540/5080/10160 dpi = 50/100/200/400 px per mm for metric files, 1000/2000/4000/8000 for
 *       inch files) so that round dimensions are whole pixels; and {@link #refine} re-renders at 200 px/mm
 *       (metric) or 4 px/mil (inch), where every 0.01 mm or 0.5 mil dimension is an even pixel count, in
 *       tiles of at most {@link #maxPixels} each.</li>
 *   <li><b>Anti-aliasing.</b> {@code -a} anti-aliases strokes and flashes; regions are always drawn without
 *       anti-aliasing (gerbv turns it off to hide seams), i.e. by pixel centres. Both are unbiased.</li>
 *   <li><b>Negative images</b> ({@code %IPNEG*%}): gerbv paints the whole canvas dark first, so the dark
 *       area depends on the window. Callers compare the clear area (window area minus dark area) instead.</li>
 *   <li>gerbv exits with status 1 after every export; success is judged by the PNG being written.</li>
 * </ul>
 *
 * <p>Results are cached in {@code target/gerbv-cache/<sha1 of file>-<dpi>.txt} (tiled renders:
 * {@code -<dpi>-tiled.txt}) so that re-runs are fast. Instances are thread-safe.
 */
public final class Gerbv {
    /** System property overriding the gerbv executable. */
    public static final String PROPERTY = "fabwright.gerbv";
    /** Ladder of resolutions for metric files: 50, 100, 200, 400 pixels per mm. */
    static final int[] METRIC_DPI = {1270, 2540, 5080, 10160};
    /** Ladder of resolutions for inch files: 1, 2, 4, 8 pixels per mil. */
    static final int[] INCH_DPI = {1000, 2000, 4000, 8000};
    /** Resolution of the size probe. */
    static final int PROBE_DPI = 100;
    private static final long TIMEOUT_SECONDS = 600;

    private static volatile Optional<Path> exe;

    private final Path cacheDir;
    private final long maxPixels;
    private final long maxRefinePixels;

    /**
     * @param cacheDir        where measurements are cached
     * @param maxPixels       largest single image rendered (the main render and each refinement tile)
     * @param maxRefinePixels largest total of pixels a refinement may render over all its tiles
     */
    public Gerbv(Path cacheDir, long maxPixels, long maxRefinePixels) {
        this.cacheDir = cacheDir;
        this.maxPixels = maxPixels;
        this.maxRefinePixels = maxRefinePixels;
    }

    /** The default oracle: cache in {@code target/gerbv-cache}, 40 Mpx images, 400 Mpx per refinement. */
    public static Gerbv standard() {
        return new Gerbv(Path.of("target", "gerbv-cache").toAbsolutePath(), 40_000_000L, 400_000_000L);
    }

    /** The gerbv executable: the {@code fabwright.gerbv} property, else {@code gerbv} on the PATH. */
    public static Optional<Path> executable() {
        Optional<Path> e = exe;
        if (e == null) {
            e = findExecutable();
            exe = e;
        }
        return e;
    }

    private static Optional<Path> findExecutable() {
        String prop = System.getProperty(PROPERTY);
        if (prop != null && !prop.isBlank() && Files.isExecutable(Path.of(prop))) {
            return Optional.of(Path.of(prop));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (dir.isEmpty()) {
                continue;
            }
            Path p = Path.of(dir, "gerbv");
            if (Files.isRegularFile(p) && Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** Skips the calling test with a message when gerbv is not installed. */
    public static Path require() {
        Optional<Path> e = executable();
        Assumptions.assumeTrue(e.isPresent(), "gerbv not found on PATH (apt-get install gerbv; CI installs it): "
                + "the differential tests against gerbv are skipped");
        return e.get();
    }

    /**
     * The measurement used for comparisons: a probe at {@value #PROBE_DPI} dpi gives the extent, then one
     * autoscaled render at the highest dpi of the file's ladder that keeps the image within
     * {@link #maxPixels} (at least the ladder's first rung; below it only when even that would exceed the
     * limit, for very large images).
     */
    public GerbvMeasurement measure(Path file) {
        GerbvMeasurement probe = autoscaled(file, PROBE_DPI);
        return autoscaled(file, chooseDpi(file, probe));
    }

    /** The dpi {@link #measure} renders {@code file} at, given its probe. */
    int chooseDpi(Path file, GerbvMeasurement probe) {
        int[] ladder = GerberSniffer.isMetric(file) ? METRIC_DPI : INCH_DPI;
        double wIn = Math.max(probe.widthPx(), 1) / (double) probe.dpi();
        double hIn = Math.max(probe.heightPx(), 1) / (double) probe.dpi();
        int best = -1;
        for (int d : ladder) {
            if (wIn * d * hIn * d <= maxPixels) {
                best = d;
            }
        }
        if (best < 0) {
            best = (int) Math.floor(Math.sqrt(maxPixels / (wIn * hIn)));
        }
        return best;
    }

    /** An autoscaled render ({@code -a -B 0}, gerbv's own window) at {@code dpi}, cached. */
    public GerbvMeasurement autoscaled(Path file, int dpi) {
        Path cache = cacheFile(file, dpi + "");
        GerbvMeasurement cached = readCache(cache);
        if (cached != null) {
            return cached;
        }
        List<String> args = List.of("-D", Integer.toString(dpi), "-B", "0");
        Render r = render(file, args);
        GerbvMeasurement m = new GerbvMeasurement(r.sum * sq(25.4 / dpi), dpi, r.width, r.height, 1, r.seconds,
                r.messages);
        writeCache(cache, m);
        return m;
    }

    /**
     * gerbv's own bounding box of {@code file} in inches (x right, y up), found without knowing where the
     * image lies: the right and top edges from a probe at 10 dpi whose window starts at (-200, -200)
     * inches (gerbv sizes such a window from the origin to its box's right/top edge, to 0.1 in), the
     * width and height from the autoscaled render {@code main} (to one pixel).
     */
    public Envelope boxInches(Path file, GerbvMeasurement main) {
        GerbvMeasurement far = farProbe(file);
        double right = far.widthPx() / (double) far.dpi() - 200.0 - 0.001;
        double top = far.heightPx() / (double) far.dpi() - 200.0 - 0.001;
        double w = main.widthPx() / (double) main.dpi();
        double h = main.heightPx() / (double) main.dpi();
        // the probe truncates to whole pixels (0.1 in): the true edge lies in [right, right + 0.1]
        return new Envelope(right - w, right + 0.1, top - h, top + 0.1);
    }

    /**
     * A more exact measurement than {@code main} over the window {@code win} (inches): rendered in tiles at
     * 200 px/mm (metric) or 4 px/mil (inch) -- where gerbv's pixel snapping of round dimensions vanishes --
     * or at the next finer rung of the file's ladder (at most twice {@code main}'s dpi) when {@code main} is
     * already that fine. Empty when even the next rung would exceed {@code maxRefinePixels}.
     */
    public Optional<GerbvMeasurement> refine(Path file, GerbvMeasurement main, Envelope win) {
        int[] ladder = GerberSniffer.isMetric(file) ? METRIC_DPI : INCH_DPI;
        int preferred = ladder[2];
        int dpi = -1;
        for (int d : ladder) {
            if (d > main.dpi() && d <= Math.max(preferred, main.dpi() * 2) && tiledPixels(d, win) <= maxRefinePixels) {
                dpi = d;
            }
        }
        return dpi < 0 ? Optional.empty() : Optional.of(windowed(file, dpi, win));
    }

    private GerbvMeasurement farProbe(Path file) {
        Path cache = cacheFile(file, "far");
        GerbvMeasurement cached = readCache(cache);
        if (cached != null) {
            return cached;
        }
        Render r = render(file, List.of("-D", "10", "-B", "0", "-O", "-200x-200"));
        GerbvMeasurement m = new GerbvMeasurement(r.sum * sq(2.54), 10, r.width, r.height, 1, r.seconds, r.messages);
        writeCache(cache, m);
        return m;
    }

    /**
     * Renders the window {@code win} (inches, y up) in square tiles at {@code dpi}, cached. Tiles are
     * placed with {@code -O} (origin, inches) and {@code -W} (size, inches): gerbv refuses pixel windows
     * ({@code -w}) of 2048 pixels or more ("Specified window size is out of bounds") and origins with more
     * than 6 decimals. So a tile is a binary fraction of an inch (2, 1, 1/2, ... in) whose pixel count
     * {@code side * dpi} is whole, the window is widened to whole tiles, and every tile shares one pixel
     * grid, which matters because gerbv snaps to device pixels.
     */
    public GerbvMeasurement windowed(Path file, int dpi, Envelope win) {
        double x0In = win.getMinX();
        double y0In = win.getMinY();
        double wIn = win.getWidth();
        double hIn = win.getHeight();
        String key = String.format(Locale.ROOT, "%.4f,%.4f,%.4f,%.4f", x0In, y0In, wIn, hIn);
        Path cache = cacheFile(file, dpi + "-tiled-" + Integer.toHexString(key.hashCode()));
        GerbvMeasurement cached = readCache(cache);
        if (cached != null) {
            return cached;
        }
        double side = tileSide(dpi);
        int sidePx = (int) Math.rint(side * dpi);
        long tx0 = (long) Math.floor(x0In / side);
        long ty0 = (long) Math.floor(y0In / side);
        int nx = (int) Math.ceil((x0In + wIn) / side) - (int) tx0;
        int ny = (int) Math.ceil((y0In + hIn) / side) - (int) ty0;
        double sum = 0;
        double seconds = 0;
        String messages = "";
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                String origin = String.format(Locale.ROOT, "%.6fx%.6f", (tx0 + i) * side, (ty0 + j) * side);
                String size = String.format(Locale.ROOT, "%.6fx%.6f", side, side);
                Render r = render(file, List.of("-D", Integer.toString(dpi), "-B", "0", "-O", origin, "-W", size));
                if (r.width != sidePx || r.height != sidePx) {
                    throw new IllegalStateException("gerbv wrote a " + r.width + "x" + r.height + " tile, expected "
                            + sidePx + "x" + sidePx + " for " + file);
                }
                sum += r.sum;
                seconds += r.seconds;
                if (messages.isEmpty()) {
                    messages = r.messages;
                }
            }
        }
        GerbvMeasurement m = new GerbvMeasurement(sum * sq(25.4 / dpi), dpi, nx * sidePx, ny * sidePx, nx * ny,
                seconds, messages);
        writeCache(cache, m);
        return m;
    }

    /** Side of a tile in inches: the largest binary fraction of 4 in within maxPixels with a whole pixel count. */
    private double tileSide(int dpi) {
        double side = 4;
        while (side > 1.0 / 64 && (side * dpi * side * dpi > maxPixels || side * dpi != Math.rint(side * dpi))) {
            side /= 2;
        }
        return side;
    }

    long tiledPixels(int dpi, Envelope win) {
        double x0In = win.getMinX();
        double y0In = win.getMinY();
        double wIn = win.getWidth();
        double hIn = win.getHeight();
        double side = tileSide(dpi);
        long nx = (long) Math.ceil((x0In + wIn) / side) - (long) Math.floor(x0In / side);
        long ny = (long) Math.ceil((y0In + hIn) / side) - (long) Math.floor(y0In / side);
        long px = (long) Math.rint(side * dpi);
        return nx * ny * px * px;
    }

    private record Render(double sum, int width, int height, double seconds, String messages) {
    }

    private Render render(Path file, List<String> placement) {
        Path gerbv = executable().orElseThrow(() -> new IllegalStateException("gerbv not installed"));
        try {
            Files.createDirectories(cacheDir);
            Path png = Files.createTempFile(cacheDir, "render-", ".png");
            Path err = Files.createTempFile(cacheDir, "render-", ".err");
            try {
                List<String> cmd = new ArrayList<>();
                cmd.add(gerbv.toString());
                cmd.addAll(List.of("-x", "png"));
                cmd.addAll(placement);
                cmd.addAll(List.of("-a", "-b", "#000000", "-f", "#ffffffff", "-o", png.toString(),
                        file.toAbsolutePath().toString()));
                ProcessBuilder pb = new ProcessBuilder(cmd)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(err.toFile());
                Files.delete(png);
                long t0 = System.nanoTime();
                Process p = pb.start();
                if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException("gerbv timed out after " + TIMEOUT_SECONDS + " s on " + file);
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                String messages = firstLines(err, 5);
                if (!Files.isRegularFile(png) || Files.size(png) == 0) {
                    throw new IllegalStateException("gerbv wrote no image for " + file + " (exit " + p.exitValue()
                            + "): " + messages);
                }
                BufferedImage img = ImageIO.read(png.toFile());
                if (img == null) {
                    throw new IllegalStateException("unreadable gerbv PNG for " + file);
                }
                return new Render(greySum(img), img.getWidth(), img.getHeight(), seconds, messages);
            } finally {
                Files.deleteIfExists(png);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sum over pixels of the first (red) band / 255: the dark pixel count of a white-on-black render. */
    static double greySum(BufferedImage img) {
        Raster r = img.getRaster();
        int w = img.getWidth();
        int[] row = new int[w];
        long total = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int v : row) {
                total += v;
            }
        }
        return total / 255.0;
    }

    private static String firstLines(Path file, int n) throws IOException {
        List<String> lines = new ArrayList<>();
        try (var s = Files.lines(file, StandardCharsets.ISO_8859_1)) {
            s.filter(l -> !l.isBlank()).limit(n).forEach(lines::add);
        }
        return String.join(" | ", lines);
    }

    private Path cacheFile(Path file, String suffix) {
        return cacheDir.resolve(sha1(file) + "-" + suffix + ".txt");
    }

    private static GerbvMeasurement readCache(Path cache) {
        if (!Files.isRegularFile(cache)) {
            return null;
        }
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(cache, StandardCharsets.UTF_8)) {
            p.load(in);
            return new GerbvMeasurement(Double.parseDouble(p.getProperty("darkAreaMm2")),
                    Integer.parseInt(p.getProperty("dpi")), Integer.parseInt(p.getProperty("widthPx")),
                    Integer.parseInt(p.getProperty("heightPx")), Integer.parseInt(p.getProperty("tiles")),
                    Double.parseDouble(p.getProperty("seconds")), p.getProperty("gerbvMessages", ""));
        } catch (IOException | RuntimeException e) {
            return null; // a damaged cache entry is measured again
        }
    }

    private static void writeCache(Path cache, GerbvMeasurement m) {
        Properties p = new Properties();
        p.setProperty("darkAreaMm2", Double.toString(m.darkAreaMm2()));
        p.setProperty("dpi", Integer.toString(m.dpi()));
        p.setProperty("widthPx", Integer.toString(m.widthPx()));
        p.setProperty("heightPx", Integer.toString(m.heightPx()));
        p.setProperty("tiles", Integer.toString(m.tiles()));
        p.setProperty("seconds", Double.toString(m.seconds()));
        p.setProperty("gerbvMessages", m.gerbvMessages());
        try {
            Path tmp = Files.createTempFile(cache.getParent(), "cache-", ".tmp");
            try (var out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "gerbv measurement (Fabwright corpus harness)");
            }
            Files.move(tmp, cache, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-1 of the file's content, hex. */
    static String sha1(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double sq(double v) {
        return v * v;
    }
}
