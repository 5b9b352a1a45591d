package com.fabwright.image;

import java.util.List;

/**
 * A closed contour of a region (Gerber spec 4.10.3): a start point and the segments that follow it,
 * each ending where the next begins; the last ends at the start (readers close open contours and
 * warn). Cut-ins (a contour touching itself to join an outer boundary and a hole) are valid.
 */
public record Contour(Point start, List<Segment> segments) {
    public Contour {
        segments = List.copyOf(segments);
    }

    /** One piece of a contour, from the previous point to {@code end()}. */
    public sealed interface Segment permits Line, Arc {
        Point end();
    }

    /** A straight segment. */
    public record Line(Point end) implements Segment {
    }

    /**
     * A circular segment about {@code center}. When its start equals {@code end} it is a full
     * circle.
     */
    public record Arc(Point end, Point center, boolean clockwise) implements Segment {
    }
}
