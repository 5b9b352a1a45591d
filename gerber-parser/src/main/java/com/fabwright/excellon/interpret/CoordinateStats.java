package com.fabwright.excellon.interpret;

import com.fabwright.excellon.ZeroSuppression;
import com.fabwright.excellon.command.ExcellonCommand;
import java.util.List;

/** What the coordinates of a file look like: how many are decimal or integer, their widths, their zeros. */
final class CoordinateStats {
    int decimal;
    int integer;
    int maxDigits;
    int minDigits = Integer.MAX_VALUE;
    int leadingZeroStarts;
    int trailingZeroEnds;

    static CoordinateStats of(List<ExcellonCommand> commands) {
        CoordinateStats s = new CoordinateStats();
        for (ExcellonCommand c : commands) {
            if (c instanceof ExcellonCommand.Coordinate k) {
                s.add(k.x(), k.y());
            } else if (c instanceof ExcellonCommand.Motion m) {
                s.add(m.x(), m.y());
            } else if (c instanceof ExcellonCommand.G85Slot g) {
                s.add(g.x1(), g.y1());
                s.add(g.x2(), g.y2());
            }
        }
        return s;
    }

    private void add(String x, String y) {
        add(x);
        add(y);
    }

    private void add(String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        if (raw.indexOf('.') >= 0) {
            decimal++;
            return;
        }
        int start = raw.charAt(0) == '-' || raw.charAt(0) == '+' ? 1 : 0;
        int digits = raw.length() - start;
        if (digits == 0) {
            return;
        }
        integer++;
        maxDigits = Math.max(maxDigits, digits);
        minDigits = Math.min(minDigits, digits);
        if (digits > 1) {
            if (raw.charAt(start) == '0') {
                leadingZeroStarts++;
            }
            if (raw.charAt(raw.length() - 1) == '0') {
                trailingZeroEnds++;
            }
        }
    }

    /** Every integer coordinate has the same width: the zero suppression does not change their values. */
    boolean fixedWidth() {
        return integer > 0 && minDigits == maxDigits;
    }

    /**
     * A number whose trailing zeros are suppressed never ends in 0, one whose leading zeros are
     * suppressed never starts with 0: the more frequent kind of zero is the kept one.
     */
    ZeroSuppression guessZeros() {
        return leadingZeroStarts > trailingZeroEnds ? ZeroSuppression.TRAILING_SUPPRESSED : ZeroSuppression.LEADING_SUPPRESSED;
    }
}
