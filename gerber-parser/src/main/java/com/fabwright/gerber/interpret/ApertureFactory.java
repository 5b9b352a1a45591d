package com.fabwright.gerber.interpret;

import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.gerber.macro.MacroEvaluator;
import com.fabwright.gerber.macro.MacroSyntaxException;
import com.fabwright.gerber.macro.MacroTemplate;
import com.fabwright.image.Aperture;
import com.fabwright.image.Hole;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Builds an {@link Aperture} from an {@code AD} (Gerber spec 4.3-4.4): the standard templates
 * {@code C}, {@code R}, {@code O}, {@code P} with optional hole, or a macro instantiated with the
 * AD's parameters. Sizes are converted from file units to millimetres.
 */
final class ApertureFactory {
    private ApertureFactory() {
    }

    /**
     * @return the aperture, or {@code null} with a message to {@code errors} when the template is
     *         unknown or the parameters do not fit it
     */
    static Aperture create(GerberCommand.ApertureDefinition ad, Map<String, MacroTemplate> macros, double mmPerUnit,
                           Consumer<String> warnings, Consumer<String> errors) {
        List<Double> p = ad.parameters();
        String t = ad.template();
        double u = mmPerUnit;
        switch (t) {
            case "C" -> {
                if (p.isEmpty()) {
                    errors.accept("circle aperture D" + ad.dcode() + " has no diameter");
                    return null;
                }
                return new Aperture.Circle(abs(p.get(0)) * u, hole(p, 1, u));
            }
            case "R", "O" -> {
                if (p.isEmpty()) {
                    errors.accept((t.equals("R") ? "rectangle" : "obround") + " aperture D" + ad.dcode()
                            + " needs width and height");
                    return null;
                }
                if (p.size() == 1) {
                    warnings.accept((t.equals("R") ? "rectangle" : "obround") + " aperture D" + ad.dcode()
                            + " has only a width; a square (height = width) assumed");
                    p = List.of(p.get(0), p.get(0));
                }
                double w = abs(p.get(0)) * u;
                double h = abs(p.get(1)) * u;
                return t.equals("R") ? new Aperture.Rectangle(w, h, hole(p, 2, u)) : new Aperture.Obround(w, h, hole(p, 2, u));
            }
            case "P" -> {
                if (p.size() < 2) {
                    errors.accept("polygon aperture D" + ad.dcode() + " needs diameter and vertex count");
                    return null;
                }
                int vertices = (int) Math.round(p.get(1));
                if (vertices < 3 || vertices > 12) {
                    warnings.accept("polygon aperture D" + ad.dcode() + " has " + vertices
                            + " vertices; the spec allows 3 to 12, used as written");
                    vertices = Math.max(3, Math.min(vertices, 1000));
                }
                double rot = p.size() > 2 ? p.get(2) : 0;
                return new Aperture.Polygon(abs(p.get(0)) * u, vertices, rot, hole(p, 3, u));
            }
            default -> {
                MacroTemplate macro = macros.get(t);
                if (macro == null) {
                    errors.accept("aperture D" + ad.dcode() + " uses template '" + t + "', which is neither standard nor a macro defined before it");
                    return null;
                }
                try {
                    return new Aperture.Macro(t, MacroEvaluator.evaluate(macro, p, u, warnings));
                } catch (MacroSyntaxException e) {
                    errors.accept("aperture D" + ad.dcode() + ": " + e.getMessage());
                    return null;
                }
            }
        }
    }

    private static Hole hole(List<Double> p, int index, double u) {
        if (p.size() <= index) {
            return Hole.NONE;
        }
        double w = abs(p.get(index)) * u;
        double h = p.size() > index + 1 ? abs(p.get(index + 1)) * u : 0;
        return w > 0 ? new Hole(w, h) : Hole.NONE;
    }

    private static double abs(double v) {
        return Math.abs(v);
    }
}
