package com.fabwright.excellon;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The plausible coordinate formats of a file whose header does not settle them: every combination
 * of what it did not state, units (inch, mm) x zero suppression (leading, trailing) x digits. Only
 * the digits that change the reading vary: the integer digits (1..4) when trailing zeros are
 * suppressed, the decimal digits (2..6) when leading ones are. A file of full-width numbers reads
 * the same under both suppressions, so only trailing-suppressed candidates are listed for it.
 */
public final class FormatCandidates {
    private static final int[] TRAILING_INTEGER_DIGITS = {1, 2, 3, 4};
    private static final int[] LEADING_DECIMAL_DIGITS = {2, 3, 4, 5, 6};

    private FormatCandidates() {
    }

    /** Candidates varying only what {@code file} did not state; its own format comes first. */
    public static List<ExcellonFormat> enumerate(DrillFile file) {
        return enumerate(file, false);
    }

    /** Candidates varying every aspect, stated or not (to test a header against the copper). */
    public static List<ExcellonFormat> enumerateAll(DrillFile file) {
        return enumerate(file, true);
    }

    private static List<ExcellonFormat> enumerate(DrillFile file, boolean all) {
        FormatEvidence ev = file.evidence();
        ExcellonFormat own = file.format();
        Set<ExcellonFormat> out = new LinkedHashSet<>();
        out.add(own);
        List<Boolean> units = ev.unitsStated() && !all ? List.of(own.inch()) : List.of(own.inch(), !own.inch());
        for (boolean inch : units) {
            if (!ev.integerCoordinates()) {
                out.add(new ExcellonFormat(inch, own.zeros(), own.integerDigits(), own.decimalDigits()));
                continue;
            }
            for (ZeroSuppression z : zeros(ev, own, all)) {
                if (ev.digitsStated() && !all) {
                    out.add(new ExcellonFormat(inch, z, own.integerDigits(), own.decimalDigits()));
                } else if (z == ZeroSuppression.TRAILING_SUPPRESSED) {
                    for (int i : TRAILING_INTEGER_DIGITS) {
                        out.add(new ExcellonFormat(inch, z, i, clamp(Math.max(ev.maxDigits() - i, 1))));
                    }
                } else {
                    for (int d : LEADING_DECIMAL_DIGITS) {
                        out.add(new ExcellonFormat(inch, z, clamp(Math.max(ev.maxDigits() - d, 1)), d));
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }

    private static List<ZeroSuppression> zeros(FormatEvidence ev, ExcellonFormat own, boolean all) {
        if (ev.zerosStated() && !all && own.zeros() != ZeroSuppression.NONE_DECIMAL) {
            return List.of(own.zeros());
        }
        if (ev.fixedWidth()) {
            return List.of(ZeroSuppression.TRAILING_SUPPRESSED);
        }
        return List.of(ZeroSuppression.LEADING_SUPPRESSED, ZeroSuppression.TRAILING_SUPPRESSED);
    }

    private static int clamp(int digits) {
        return Math.min(digits, 9);
    }
}
