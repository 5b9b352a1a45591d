package com.fabwright.assembly;

import java.util.ArrayList;
import java.util.List;

/**
 * The pin pitch of a part from its pad centres: the most common nearest-neighbour distance (rounded
 * to 0.01 mm), which is the ball pitch of a BGA and the lead pitch of a QFP/SOIC; the smallest one
 * would pick up a thermal pad's paste windows or a shield's tabs. Pads of the same pin on the
 * other side (through-hole) are counted once.
 */
final class PadPitch {
    private PadPitch() {
    }

    static Double of(List<Pad> pads) {
        List<Pad> one = new ArrayList<>();
        Side side = pads.get(0).side();
        pads.stream().filter(p -> p.side() == side).forEach(one::add);
        if (one.size() < 2 || one.size() > 5000) {
            return null;
        }
        java.util.Map<Long, Integer> counts = new java.util.HashMap<>();
        for (Pad a : one) {
            double best = Double.MAX_VALUE;
            for (Pad b : one) {
                if (a != b) {
                    double d = Math.hypot(a.xMm() - b.xMm(), a.yMm() - b.yMm());
                    if (d > 1e-3) {
                        best = Math.min(best, d);
                    }
                }
            }
            if (best < Double.MAX_VALUE) {
                counts.merge(Math.round(best * 100), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(java.util.Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(java.util.Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(e -> e.getKey() / 100.0).orElse(null);
    }
}
