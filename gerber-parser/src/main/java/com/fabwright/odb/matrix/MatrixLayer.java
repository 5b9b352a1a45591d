package com.fabwright.odb.matrix;

import java.util.Locale;

/**
 * One row of the matrix: a layer of every step.
 *
 * @param row       1-based row; rows run from the top of the board to the bottom
 * @param name      layer name as the matrix writes it (the folder under {@code layers/} is the
 *                  same name in lower case)
 * @param context   {@code BOARD} (part of the physical board) or {@code MISC} (documentation)
 * @param type      {@code SIGNAL}, {@code POWER_GROUND}, {@code MIXED}, {@code SOLDER_MASK},
 *                  {@code SILK_SCREEN}, {@code SOLDER_PASTE}, {@code DRILL}, {@code ROUT},
 *                  {@code DOCUMENT}, {@code COMPONENT}, {@code DIELECTRIC}, {@code MASK},
 *                  {@code CONDUCTIVE_PASTE}...
 * @param polarity  {@code POSITIVE} or {@code NEGATIVE} (a negative layer's features mark where
 *                  the material is removed: planes written as clearances)
 * @param startName for drill and rout layers, the first layer of the span (empty when not given)
 * @param endName   ... and the last
 * @param line      line of the {@code LAYER} array in the matrix file
 */
public record MatrixLayer(int row, String name, String context, String type, String polarity, String startName,
                          String endName, int line) {

    public boolean board() {
        return context.equalsIgnoreCase("BOARD");
    }

    public boolean negative() {
        return polarity.equalsIgnoreCase("NEGATIVE");
    }

    /** Copper: signal, power/ground or mixed in the board context. */
    public boolean copper() {
        return board() && (is("SIGNAL") || is("POWER_GROUND") || is("MIXED"));
    }

    public boolean drill() {
        return is("DRILL");
    }

    public boolean rout() {
        return is("ROUT");
    }

    public boolean component() {
        return is("COMPONENT");
    }

    public boolean is(String t) {
        return type.equalsIgnoreCase(t);
    }

    /** The layer's folder name (lower case, as the spec stores entity names). */
    public String folder() {
        return name.toLowerCase(Locale.ROOT);
    }
}
