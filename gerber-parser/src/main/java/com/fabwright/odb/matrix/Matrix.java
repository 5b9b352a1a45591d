package com.fabwright.odb.matrix;

import com.fabwright.odb.text.StructuredText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The matrix of a product model: its steps in column order and its layers in row order (top of
 * the board first). Copper layers are numbered 1..n in row order, which is how the spec defines
 * the stack-up; drill spans name their start and end layers.
 *
 * @param steps  step names, in column order
 * @param layers layers, in row order
 */
public record Matrix(List<String> steps, List<MatrixLayer> layers) {
    public Matrix {
        steps = List.copyOf(steps);
        layers = List.copyOf(layers);
    }

    /** Reads {@code matrix/matrix}. */
    public static Matrix parse(String text) {
        StructuredText t = StructuredText.parse(text);
        List<StructuredText.Array> stepArrays = new ArrayList<>(t.arrays("STEP"));
        stepArrays.sort(Comparator.comparingDouble(a -> a.number("COL", 0)));
        List<String> steps = stepArrays.stream().map(a -> a.get("NAME")).filter(s -> !s.isEmpty()).toList();
        List<MatrixLayer> layers = new ArrayList<>();
        for (StructuredText.Array a : t.arrays("LAYER")) {
            if (a.get("NAME").isEmpty()) {
                continue;
            }
            layers.add(new MatrixLayer((int) a.number("ROW", 0), a.get("NAME"), a.get("CONTEXT"), a.get("TYPE"),
                    a.get("POLARITY").isEmpty() ? "POSITIVE" : a.get("POLARITY"), a.get("START_NAME"), a.get("END_NAME"),
                    a.line()));
        }
        layers.sort(Comparator.comparingInt(MatrixLayer::row));
        return new Matrix(steps, layers);
    }

    /** Copper layers of the board, top first. */
    public List<MatrixLayer> copper() {
        return layers.stream().filter(MatrixLayer::copper).toList();
    }

    /** 1-based copper number of a layer name, or 0 when it is not a copper layer. */
    public int copperIndex(String name) {
        List<MatrixLayer> c = copper();
        for (int i = 0; i < c.size(); i++) {
            if (c.get(i).name().equalsIgnoreCase(name)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** The layer of this name (case-insensitive). */
    public Optional<MatrixLayer> layer(String name) {
        return layers.stream().filter(l -> l.name().equalsIgnoreCase(name)).findFirst();
    }
}
