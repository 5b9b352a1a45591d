package com.fabwright.odb.step;

import com.fabwright.odb.text.StructuredText;
import java.util.List;
import java.util.Locale;

/**
 * A step's {@code stephdr}: its datum and the other steps it repeats. A panel or array step is a
 * step with {@code STEP-REPEAT} arrays; the board itself is a step without them.
 *
 * @param xDatumMm datum x (the point a parent step places), mm
 * @param yDatumMm datum y, mm
 * @param repeats  the step-and-repeat tables
 */
public record StepHeader(double xDatumMm, double yDatumMm, List<Repeat> repeats) {
    public static final StepHeader NONE = new StepHeader(0, 0, List.of());

    public StepHeader {
        repeats = List.copyOf(repeats);
    }

    /**
     * One {@code STEP-REPEAT}: {@code nx} x {@code ny} copies of step {@code name}, the first with
     * its datum at (x, y), the others {@code dx}/{@code dy} apart, each turned {@code angleDeg}
     * (clockwise, as ODB++ turns) and mirrored when {@code mirror}.
     */
    public record Repeat(String name, double xMm, double yMm, double dxMm, double dyMm, int nx, int ny,
                         double angleDeg, boolean mirror) {
        public long instances() {
            return (long) Math.max(nx, 0) * Math.max(ny, 0);
        }
    }

    /** Whether this step repeats other steps (a panel or array). */
    public boolean isPanel() {
        return !repeats.isEmpty();
    }

    public static StepHeader parse(String text) {
        StructuredText t = StructuredText.parse(text);
        double f = t.get("UNITS").toUpperCase(Locale.ROOT).startsWith("MM") ? 1 : 25.4;
        List<Repeat> repeats = t.arrays("STEP-REPEAT").stream().map(a -> new Repeat(a.get("NAME"),
                a.number("X", 0) * f, a.number("Y", 0) * f, a.number("DX", 0) * f, a.number("DY", 0) * f,
                (int) a.number("NX", 1), (int) a.number("NY", 1), a.number("ANGLE", 0),
                a.get("MIRROR").equalsIgnoreCase("YES"))).toList();
        return new StepHeader(number(t.get("X_DATUM")) * f, number(t.get("Y_DATUM")) * f, repeats);
    }

    private static double number(String s) {
        try {
            return s.isBlank() ? 0 : Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
