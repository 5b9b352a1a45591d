package com.fabwright.excellon.interpret;

import java.util.Arrays;

/** Hits as parallel primitive arrays while a file is read: millions of holes without an object each. */
final class HitBuffer {
    private int[] tools = new int[256];
    private long[] xs = new long[256];
    private long[] ys = new long[256];
    private int size;

    void add(int tool, long x, long y) {
        if (size == tools.length) {
            int n = size * 2;
            tools = Arrays.copyOf(tools, n);
            xs = Arrays.copyOf(xs, n);
            ys = Arrays.copyOf(ys, n);
        }
        tools[size] = tool;
        xs[size] = x;
        ys[size] = y;
        size++;
    }

    int size() {
        return size;
    }

    int tool(int i) {
        return tools[i];
    }

    long x(int i) {
        return xs[i];
    }

    long y(int i) {
        return ys[i];
    }
}
