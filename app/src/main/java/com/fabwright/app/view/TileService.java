package com.fabwright.app.view;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders tiles on worker threads and keeps them in a {@link TileCache}. Requests are served
 * newest first, and a request whose tile has left the view (the user panned or zoomed on) or
 * whose style is no longer current is dropped unrendered, so the workers always work on what is
 * on screen now. {@code onReady} is called on a worker thread after each tile lands in the cache.
 *
 * @param <T> the picture type the drawing side wants (converted on the worker, off the UI thread)
 */
public final class TileService<T> implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TileService.class);

    private final TileCache<T> cache;
    private final Function<BufferedImage, T> convert;
    private final Runnable onReady;
    private final LinkedBlockingDeque<TileKey> queue = new LinkedBlockingDeque<>();
    private final Set<TileKey> pending = ConcurrentHashMap.newKeySet();
    private final List<Thread> workers = new ArrayList<>();
    private final AtomicLong rendered = new AtomicLong();
    private volatile Set<TileKey> wanted = Set.of();
    private volatile TileStyle style = TileStyle.EMPTY;

    public TileService(int threads, int capacity, Function<BufferedImage, T> convert, Runnable onReady) {
        this.cache = new TileCache<>(capacity);
        this.convert = convert;
        this.onReady = onReady;
        for (int i = 0; i < Math.max(1, threads); i++) {
            Thread t = new Thread(this::work, "fabwright-tiles-" + i);
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            workers.add(t);
            t.start();
        }
    }

    /** Makes {@code next} the style tiles are drawn in; pending tiles of older styles are dropped. */
    public void setStyle(TileStyle next) {
        style = next;
    }

    public TileStyle style() {
        return style;
    }

    /** The tiles of the frame now on screen: requests for others are dropped. */
    public void setWanted(Set<TileKey> keys) {
        wanted = keys;
    }

    /** The cached tile, or null. */
    public T cached(TileKey key) {
        return cache.get(key);
    }

    /** Asks for a tile unless it is cached or already asked for. */
    public void request(TileKey key) {
        if (cache.get(key) == null && pending.add(key)) {
            queue.offerFirst(key);
        }
    }

    /** Whether no tile is waiting or being rendered. */
    public boolean idle() {
        return pending.isEmpty();
    }

    /** Tiles rendered since start. */
    public long renderedCount() {
        return rendered.get();
    }

    private void work() {
        while (!Thread.currentThread().isInterrupted()) {
            TileKey key;
            try {
                key = queue.takeFirst();
            } catch (InterruptedException e) {
                return;
            }
            try {
                TileStyle s = style;
                if (key.style() == s.version() && wanted.contains(key)) {
                    T tile = convert.apply(TileRenderer.render(key, s));
                    cache.put(key, tile);
                    rendered.incrementAndGet();
                    onReady.run();
                }
            } catch (RuntimeException e) {
                LOG.warn("tile {} failed", key, e);
            } finally {
                pending.remove(key);
            }
        }
    }

    @Override
    public void close() {
        workers.forEach(Thread::interrupt);
        queue.clear();
        pending.clear();
    }
}
