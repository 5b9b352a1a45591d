package com.fabwright.gerber.macro;

import com.fabwright.image.MacroPrimitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Instantiates a {@link MacroTemplate} with the parameters of an {@code AD} (Gerber spec 4.5.1 and
 * 4.5.4): assigns {@code $1..$n}, runs the statements in order, and turns each primitive into an
 * evaluated {@link MacroPrimitive} in millimetres. Deprecated code 2 becomes a vector line and
 * code 22 a centre line; parameters a primitive lacks are taken as 0 with a warning.
 */
public final class MacroEvaluator {
    private MacroEvaluator() {
    }

    /**
     * @param template   the macro
     * @param parameters the AD parameters, in file units
     * @param mmPerUnit  millimetres per file unit (1 or 25.4)
     * @param warnings   receives one message per assumption made
     */
    public static List<MacroPrimitive> evaluate(MacroTemplate template, List<Double> parameters, double mmPerUnit,
                                                Consumer<String> warnings) {
        Map<Integer, Double> vars = new HashMap<>();
        for (int k = 0; k < parameters.size(); k++) {
            vars.put(k + 1, parameters.get(k));
        }
        List<MacroPrimitive> out = new ArrayList<>();
        for (MacroTemplate.Statement s : template.statements()) {
            if (s instanceof MacroTemplate.Assignment a) {
                vars.put(a.variable(), a.value().evaluate(vars));
            } else if (s instanceof MacroTemplate.Primitive p) {
                double[] v = new double[p.parameters().size()];
                for (int k = 0; k < v.length; k++) {
                    v[k] = p.parameters().get(k).evaluate(vars);
                }
                MacroPrimitive prim = toPrimitive(template.name(), p.code(), v, mmPerUnit, warnings);
                if (prim != null) {
                    out.add(prim);
                }
            }
        }
        return out;
    }

    private static MacroPrimitive toPrimitive(String macro, int code, double[] v, double u, Consumer<String> warnings) {
        Args a = new Args(macro, code, v, warnings);
        return switch (code) {
            case 1 -> new MacroPrimitive.Circle(a.exposure(0), a.get(1) * u, a.get(2) * u, a.get(3) * u,
                    a.optional(4));
            case 2, 20 -> new MacroPrimitive.VectorLine(a.exposure(0), a.get(1) * u, a.get(2) * u, a.get(3) * u,
                    a.get(4) * u, a.get(5) * u, a.optional(6));
            case 21 -> new MacroPrimitive.CenterLine(a.exposure(0), a.get(1) * u, a.get(2) * u, a.get(3) * u,
                    a.get(4) * u, a.optional(5));
            case 22 -> new MacroPrimitive.CenterLine(a.exposure(0), a.get(1) * u, a.get(2) * u,
                    (a.get(3) + a.get(1) / 2) * u, (a.get(4) + a.get(2) / 2) * u, a.optional(5));
            case 4 -> outline(a, u);
            case 5 -> new MacroPrimitive.Polygon(a.exposure(0), (int) Math.round(a.get(1)), a.get(2) * u,
                    a.get(3) * u, a.get(4) * u, a.optional(5));
            case 6 -> new MacroPrimitive.Moire(a.get(0) * u, a.get(1) * u, a.get(2) * u, a.get(3) * u,
                    a.get(4) * u, (int) Math.round(a.get(5)), a.get(6) * u, a.get(7) * u, a.optional(8));
            case 7 -> new MacroPrimitive.Thermal(a.get(0) * u, a.get(1) * u, a.get(2) * u, a.get(3) * u,
                    a.get(4) * u, a.optional(5));
            default -> {
                warnings.accept("macro " + macro + ": unknown primitive code " + code + " ignored");
                yield null;
            }
        };
    }

    private static MacroPrimitive outline(Args a, double u) {
        int n = (int) Math.round(a.get(1));
        if (n < 1 || n > 100_000) {
            a.warnings.accept("macro " + a.macro + ": outline with " + n + " vertices ignored");
            return null;
        }
        List<double[]> points = new ArrayList<>(n + 1);
        for (int k = 0; k <= n; k++) {
            points.add(new double[] {a.get(2 + 2 * k) * u, a.get(3 + 2 * k) * u});
        }
        double rotation = a.optional(2 + 2 * (n + 1));
        return new MacroPrimitive.Outline(a.exposure(0), points, rotation);
    }

    /** Positional access with the spec's defaults and warnings for missing values. */
    private record Args(String macro, int code, double[] v, Consumer<String> warnings) {
        double get(int k) {
            if (k < v.length) {
                return v[k];
            }
            warnings.accept("macro " + macro + ": primitive " + code + " lacks parameter " + (k + 1) + "; 0 assumed");
            return 0;
        }

        double optional(int k) {
            return k < v.length ? v[k] : 0;
        }

        boolean exposure(int k) {
            return get(k) != 0;
        }
    }
}
