package com.fabwright.app.ui;

import com.fabwright.app.engine.LayerColors;
import com.fabwright.app.view.FrameComposer;
import com.fabwright.app.view.TileGrid;
import com.fabwright.app.view.TileService;
import com.fabwright.app.view.Viewport;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.animation.AnimationTimer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws the board on a JavaFX canvas from tiles: workers render 256-pixel tiles (copied into
 * JavaFX images on the FX thread when first drawn), and on each animation pulse where something changed (the
 * viewport, the style, a tile landed, the measurement) the frame is composed from cached tiles
 * and stand-ins ({@link FrameComposer}), then the overlays: the highlighted window and the
 * measuring line. The bottom view is the same tiles drawn under a horizontal flip.
 */
public final class TileCanvas {
    private static final int TILE_THREADS = Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors()));
    private static final int CACHE_TILES = 768;
    private static final Color BACKGROUND = Color.rgb(LayerColors.BOARD_BACKGROUND.getRed(),
            LayerColors.BOARD_BACKGROUND.getGreen(), LayerColors.BOARD_BACKGROUND.getBlue());

    private final Canvas canvas;
    private final BoardViewModel model;
    private final TileService<BufferedImage> tiles;
    /** JavaFX copies of the tiles, made on the FX thread so that no JavaFX object is touched by the workers. */
    private final java.util.Map<BufferedImage, Image> fxTiles = new java.util.LinkedHashMap<>(CACHE_TILES * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<BufferedImage, Image> eldest) {
            return size() > CACHE_TILES;
        }
    };
    private final AtomicBoolean dirty = new AtomicBoolean(true);
    private final AnimationTimer timer;
    private volatile FrameComposer.Coverage lastCoverage = new FrameComposer.Coverage(0, 0, 0);
    private volatile double lastFrameMs;
    private long frames;

    TileCanvas(Canvas canvas, BoardViewModel model) {
        this.canvas = canvas;
        this.model = model;
        this.tiles = new TileService<>(TILE_THREADS, CACHE_TILES, tile -> tile, () -> dirty.set(true));
        tiles.setStyle(model.styleProperty().get());
        model.styleProperty().addListener((o, a, s) -> {
            tiles.setStyle(s);
            invalidate();
        });
        model.viewportProperty().addListener((o, a, b) -> invalidate());
        model.highlightProperty().addListener((o, a, b) -> invalidate());
        model.markersProperty().addListener((o, a, b) -> invalidate());
        model.measurement().aProperty().addListener((o, a, b) -> invalidate());
        model.measurement().bProperty().addListener((o, a, b) -> invalidate());
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (dirty.getAndSet(false)) {
                    draw();
                }
            }
        };
        timer.start();
    }

    /** Asks for a redraw on the next pulse. */
    public void invalidate() {
        dirty.set(true);
    }

    /** How the last frame was covered (tests wait for a sharp frame). */
    public FrameComposer.Coverage lastCoverage() {
        return lastCoverage;
    }

    /** Whether the last frame was complete: every tile sharp, none waiting. */
    public boolean isSharp() {
        FrameComposer.Coverage c = lastCoverage;
        return c.total() > 0 && c.sharp() == c.total() && !dirty.get();
    }

    /** UI-thread time of the last frame in milliseconds. */
    public double lastFrameMs() {
        return lastFrameMs;
    }

    /** Frames drawn so far. */
    public long frames() {
        return frames;
    }

    /** Stops the workers and the pulse. */
    public void dispose() {
        timer.stop();
        tiles.close();
        fxTiles.clear();
    }

    private void draw() {
        long t0 = System.nanoTime();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(BACKGROUND);
        g.fillRect(0, 0, w, h);
        if (w < 1 || h < 1) {
            return;
        }
        Viewport view = model.viewportProperty().get();
        g.setImageSmoothing(true);
        if (view.mirrored()) {
            g.setTransform(-1, 0, 0, 1, w, 0);
        }
        if (!model.styleProperty().get().layers().isEmpty()) {
            lastCoverage = FrameComposer.compose(view, w, h, tiles,
                    (tile, sx, sy, sw, sh, dx, dy, dw, dh) -> g.drawImage(fxTiles.computeIfAbsent(tile, TileCanvas::toFx), sx, sy, sw, sh,
                            Math.floor(dx), Math.floor(dy), Math.ceil(dw + dx - Math.floor(dx)), Math.ceil(dh + dy - Math.floor(dy))));
        } else {
            lastCoverage = new FrameComposer.Coverage(0, 0, 0);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        Markers.draw(g, view, model.markersProperty().get());
        drawHighlight(g, view);
        drawMeasurement(g, view);
        lastFrameMs = (System.nanoTime() - t0) / 1e6;
        frames++;
    }

    private void drawHighlight(GraphicsContext g, Viewport view) {
        Envelope e = model.highlightProperty().get();
        if (e == null || e.isNull()) {
            return;
        }
        double[] a = view.toPx(e.getMinX(), e.getMaxY());
        double[] b = view.toPx(e.getMaxX(), e.getMinY());
        double x = Math.min(a[0], b[0]) - 3;
        double y = Math.min(a[1], b[1]) - 3;
        g.setStroke(Color.rgb(255, 64, 200));
        g.setLineWidth(2);
        g.strokeRect(x, y, Math.abs(b[0] - a[0]) + 6, Math.abs(b[1] - a[1]) + 6);
    }

    private void drawMeasurement(GraphicsContext g, Viewport view) {
        Measurement.Point a = model.measurement().aProperty().get();
        if (a == null) {
            return;
        }
        double[] pa = view.toPx(a.x(), a.y());
        g.setStroke(Color.rgb(0, 230, 255));
        g.setFill(Color.rgb(0, 230, 255));
        g.setLineWidth(1.5);
        g.fillOval(pa[0] - 3, pa[1] - 3, 6, 6);
        Measurement.Point b = model.measurement().bProperty().get();
        if (b != null) {
            double[] pb = view.toPx(b.x(), b.y());
            g.strokeLine(pa[0], pa[1], pb[0], pb[1]);
            g.setLineDashes(4, 4);
            g.strokeLine(pa[0], pa[1], pb[0], pa[1]);
            g.strokeLine(pb[0], pa[1], pb[0], pb[1]);
            g.setLineDashes(null);
            g.fillOval(pb[0] - 3, pb[1] - 3, 6, 6);
        }
    }

    /** A rendered tile as a JavaFX image (premultiplied ARGB, copied as is). */
    static Image toFx(BufferedImage tile) {
        int n = TileGrid.SIZE;
        int[] data = ((DataBufferInt) tile.getRaster().getDataBuffer()).getData();
        WritableImage img = new WritableImage(n, n);
        img.getPixelWriter().setPixels(0, 0, n, n, PixelFormat.getIntArgbPreInstance(), data, 0, n);
        return img;
    }
}
