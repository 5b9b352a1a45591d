package com.fabwright.corpus;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.locationtech.jts.geom.Envelope;

/**
 * Pixel comparison of our rendering with a reference PNG whose scale and window are not stored with it.
 *
 * <p>A reference pixel is "drawn" when it is mostly opaque and brighter than a dark-grey threshold (the
 * references draw coloured or grey shapes on black, near-black or transparent backgrounds).
 *
 * <p>Window recovery: the bounding box of the reference's drawn pixels is matched with the bounding box of
 * our final image. If the two scales (pixels per mm in x and in y) agree within {@value #SCALE_AGREEMENT}
 * the window is recovered: that scale, and the offset of the drawn box inside the image. Otherwise the
 * reference contains something else (rulers, captions, several examples in one picture, a different crop)
 * and no pixel comparison is made.
 *
 * <p>Mismatch: a pixel counts as a mismatch when ours and the reference differ there and no pixel of the
 * reference's 3 x 3 neighbourhood agrees with ours: edges may move by one pixel (anti-aliasing, rounding of
 * the recovered window), shapes may not. The mismatch fraction is the count divided by the number of drawn
 * reference pixels.
 */
final class ReferenceImages {
    /** Largest relative difference between the x and y scales for the window to count as recovered. */
    static final double SCALE_AGREEMENT = 0.02;
    private static final int MIN_CONTENT_PX = 12;

    private ReferenceImages() {
    }

    /** A boolean raster: {@code drawn[y][x]}, row 0 at the top. */
    record Mask(boolean[][] drawn, int width, int height) {
        long count() {
            long n = 0;
            for (boolean[] row : drawn) {
                for (boolean b : row) {
                    if (b) {
                        n++;
                    }
                }
            }
            return n;
        }

        /** Pixel bounds of drawn pixels as {minX, minY, maxX, maxY} (inclusive), or null when none. */
        int[] contentBounds() {
            int x0 = Integer.MAX_VALUE;
            int y0 = Integer.MAX_VALUE;
            int x1 = -1;
            int y1 = -1;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    if (drawn[y][x]) {
                        x0 = Math.min(x0, x);
                        y0 = Math.min(y0, y);
                        x1 = Math.max(x1, x);
                        y1 = Math.max(y1, y);
                    }
                }
            }
            return x1 < 0 ? null : new int[] {x0, y0, x1, y1};
        }
    }

    /** The window (mm, y up) and resolution recovered for a reference image. */
    record Window(Envelope mm, double pxPerMm) {
        double dpi() {
            return pxPerMm * 25.4;
        }
    }

    static Mask readPng(Path png) {
        try {
            BufferedImage img = ImageIO.read(png.toFile());
            if (img == null) {
                throw new IllegalStateException("not a readable image: " + png);
            }
            return mask(img);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drawn = alpha above half and luminance above 40/255. */
    static Mask mask(BufferedImage img) {
        int w = img.getWidth();
        int h = img.getHeight();
        boolean[][] d = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int argb = img.getRGB(x, y);
                int a = argb >>> 24;
                int r = (argb >> 16) & 0xff;
                int g = (argb >> 8) & 0xff;
                int b = argb & 0xff;
                double lum = 0.299 * r + 0.587 * g + 0.114 * b;
                d[y][x] = a > 128 && lum > 40;
            }
        }
        return new Mask(d, w, h);
    }

    /** Recovers the window from the reference's drawn-pixel box and our bounding box, or null. */
    static Window recover(Mask ref, Envelope ours) {
        int[] cb = ref.contentBounds();
        if (cb == null || ours.isNull() || ours.getWidth() <= 0 || ours.getHeight() <= 0) {
            return null;
        }
        double cw = cb[2] - cb[0] + 1;
        double ch = cb[3] - cb[1] + 1;
        if (cw < MIN_CONTENT_PX || ch < MIN_CONTENT_PX) {
            return null;
        }
        double sx = cw / ours.getWidth();
        double sy = ch / ours.getHeight();
        if (Math.abs(sx / sy - 1) > SCALE_AGREEMENT) {
            return null;
        }
        double s = (sx + sy) / 2;
        double left = ours.getMinX() - cb[0] / s;
        double top = ours.getMaxY() + cb[1] / s;
        Envelope win = new Envelope(left, left + ref.width() / s, top - ref.height() / s, top);
        return new Window(win, s);
    }

    /** Mismatch fraction (see class comment) over the overlapping part of the two masks. */
    static double mismatch(Mask ours, Mask ref) {
        int w = Math.min(ours.width(), ref.width());
        int h = Math.min(ours.height(), ref.height());
        long bad = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                boolean o = ours.drawn()[y][x];
                if (o == ref.drawn()[y][x]) {
                    continue;
                }
                boolean explained = false;
                for (int dy = -1; dy <= 1 && !explained; dy++) {
                    for (int dx = -1; dx <= 1 && !explained; dx++) {
                        int yy = y + dy;
                        int xx = x + dx;
                        if (yy >= 0 && yy < ref.height() && xx >= 0 && xx < ref.width() && ref.drawn()[yy][xx] == o) {
                            explained = true;
                        }
                    }
                }
                if (!explained) {
                    bad++;
                }
            }
        }
        return bad / (double) Math.max(1, ref.count());
    }
}
