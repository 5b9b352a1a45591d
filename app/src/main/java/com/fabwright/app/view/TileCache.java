package com.fabwright.app.view;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The most recently used tiles, up to a count (a 256 x 256 tile is 256 KB): least recently used
 * first out. Thread-safe; {@code T} is the picture type of the one drawing (a JavaFX image in
 * the window, a {@code BufferedImage} in the benchmark).
 */
public final class TileCache<T> {
    private final Map<TileKey, T> tiles;

    public TileCache(int capacity) {
        this.tiles = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<TileKey, T> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized T get(TileKey key) {
        return tiles.get(key);
    }

    public synchronized void put(TileKey key, T tile) {
        tiles.put(key, tile);
    }

    public synchronized int size() {
        return tiles.size();
    }

    public synchronized void clear() {
        tiles.clear();
    }
}
