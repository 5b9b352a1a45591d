package com.fabwright.odb.features;

import com.fabwright.image.Contour;
import com.fabwright.image.Point;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins an ODB++ surface island and its holes into one region contour with cut-ins (Gerber spec
 * 4.10.3): from the island's start round the island, then along short cuts from hole to hole
 * (nearest first), round each hole in the opposite sense, and back along the same cuts. Regions are filled by the non-zero winding rule, so a hole must
 * wind against its island; holes written the same way round (the spec asks for clockwise islands
 * and counter-clockwise holes, not every writer obliges) are reversed first.
 */
final class Contours {
    private Contours() {
    }

    static Contour withHoles(Contour island, List<Contour> holes) {
        if (holes.isEmpty()) {
            return island;
        }
        double islandArea = signedArea(island);
        List<Contour.Segment> segs = new ArrayList<>(island.segments());
        Point start = island.start();
        Point last = island.segments().isEmpty() ? start : island.segments().get(island.segments().size() - 1).end();
        if (!last.equals(start)) {
            segs.add(new Contour.Line(start));
        }
        // visit the holes nearest first, so that the cuts are short and seldom cross: a contour's
        // crossings are what makes filling it slow
        List<Point> path = new ArrayList<>();
        Point at = start;
        for (Contour h : nearestFirst(start, holes)) {
            Contour hole = Math.signum(signedArea(h)) == Math.signum(islandArea) ? reversed(h) : h;
            segs.add(new Contour.Line(hole.start()));
            segs.addAll(hole.segments());
            Point hl = hole.segments().isEmpty() ? hole.start() : hole.segments().get(hole.segments().size() - 1).end();
            if (!hl.equals(hole.start())) {
                segs.add(new Contour.Line(hole.start()));
            }
            path.add(at);
            at = hole.start();
        }
        // back along the same cuts, which then cancel out
        for (int i = path.size() - 1; i >= 0; i--) {
            segs.add(new Contour.Line(path.get(i)));
        }
        return new Contour(start, segs);
    }

    /** The holes in greedy nearest-neighbour order of their start points, from {@code from}. */
    private static List<Contour> nearestFirst(Point from, List<Contour> holes) {
        List<Contour> left = new ArrayList<>(holes);
        List<Contour> out = new ArrayList<>(holes.size());
        Point at = from;
        while (!left.isEmpty()) {
            int best = 0;
            double bestD = Double.MAX_VALUE;
            for (int i = 0; i < left.size(); i++) {
                Point p = left.get(i).start();
                double dx = (double) p.x() - at.x();
                double dy = (double) p.y() - at.y();
                double d = dx * dx + dy * dy;
                if (d < bestD) {
                    bestD = d;
                    best = i;
                }
            }
            Contour next = left.get(best);
            left.set(best, left.get(left.size() - 1));
            left.remove(left.size() - 1);
            out.add(next);
            at = next.start();
        }
        return out;
    }

    /** Shoelace area over the vertices, arcs approximated by their midpoints (sign is what matters). */
    static double signedArea(Contour c) {
        List<double[]> pts = new ArrayList<>();
        Point prev = c.start();
        pts.add(new double[] {prev.x(), prev.y()});
        for (Contour.Segment s : c.segments()) {
            if (s instanceof Contour.Arc a) {
                pts.addAll(arcMid(prev, a));
            }
            pts.add(new double[] {s.end().x(), s.end().y()});
            prev = s.end();
        }
        double sum = 0;
        for (int i = 0; i < pts.size(); i++) {
            double[] p = pts.get(i);
            double[] q = pts.get((i + 1) % pts.size());
            sum += p[0] * q[1] - q[0] * p[1];
        }
        return sum / 2;
    }

    private static List<double[]> arcMid(Point from, Contour.Arc a) {
        double cx = a.center().x();
        double cy = a.center().y();
        double r = Math.hypot(from.x() - cx, from.y() - cy);
        double a0 = Math.atan2(from.y() - cy, from.x() - cx);
        double a1 = Math.atan2(a.end().y() - cy, a.end().x() - cx);
        double sweep = a1 - a0;
        if (a.clockwise()) {
            while (sweep >= 0) {
                sweep -= 2 * Math.PI;
            }
        } else {
            while (sweep <= 0) {
                sweep += 2 * Math.PI;
            }
        }
        List<double[]> out = new ArrayList<>(3);
        for (int i = 1; i <= 3; i++) {
            double t = a0 + sweep * i / 4;
            out.add(new double[] {cx + r * Math.cos(t), cy + r * Math.sin(t)});
        }
        return out;
    }

    static Contour reversed(Contour c) {
        List<Point> vertices = new ArrayList<>();
        vertices.add(c.start());
        for (Contour.Segment s : c.segments()) {
            vertices.add(s.end());
        }
        List<Contour.Segment> segs = new ArrayList<>();
        for (int i = c.segments().size() - 1; i >= 0; i--) {
            Contour.Segment s = c.segments().get(i);
            Point to = vertices.get(i);
            segs.add(s instanceof Contour.Arc a ? new Contour.Arc(to, a.center(), !a.clockwise()) : new Contour.Line(to));
        }
        return new Contour(vertices.get(vertices.size() - 1), segs);
    }
}
