package com.fabwright.odb;

import com.fabwright.image.GraphicObject;
import com.fabwright.image.Image;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.job.identify.Side;
import com.fabwright.odb.matrix.Matrix;
import com.fabwright.odb.matrix.MatrixLayer;
import java.util.List;
import java.util.Locale;

/**
 * Maps matrix layers onto Fabwright's canonical layer ids (see {@link LayerIdentity}) with full
 * confidence: the matrix says what each layer is. Copper is numbered in row order; mask, silk,
 * paste and component layers above the first copper row are top, below the last one bottom.
 * Drill spans from the first to the last copper layer are through holes ({@code drill-pth},
 * {@code drill-npth}, or {@code drill} when the layer mixes plated and non-plated holes); other
 * spans are {@code drill-blind-A-B} (one end on an outer layer) or {@code drill-buried-A-B}.
 * Documents are {@code drawing}, rout layers {@code rout}.
 */
public final class OdbLayerIdentities {
    private OdbLayerIdentities() {
    }

    /** The identity of a layer; {@code image} (may be null) settles a drill layer's plating. */
    public static LayerIdentity of(Matrix matrix, MatrixLayer layer, Image image) {
        List<MatrixLayer> copper = matrix.copper();
        int n = copper.size();
        String evidence = "ODB++ matrix row " + layer.row() + ": " + layer.name() + " TYPE=" + layer.type()
                + " CONTEXT=" + layer.context() + (layer.negative() ? " POLARITY=NEGATIVE" : "");
        if (layer.copper()) {
            int index = matrix.copperIndex(layer.name());
            Side side = index == 1 ? Side.TOP : index == n ? Side.BOTTOM : Side.INNER;
            return LayerIdentity.of(LayerIdentity.copperId(index, n), LayerFunction.COPPER, side, index, 1.0,
                    evidence + " (copper " + index + " of " + n + ")");
        }
        Side side = side(layer, copper);
        String top = side == Side.BOTTOM ? "bottom" : "top";
        if (layer.is("SOLDER_MASK")) {
            return LayerIdentity.of(top + "-mask", LayerFunction.SOLDERMASK, sided(side), null, 1.0, evidence);
        }
        if (layer.is("SILK_SCREEN")) {
            return LayerIdentity.of(top + "-silk", LayerFunction.SILKSCREEN, sided(side), null, 1.0, evidence);
        }
        if (layer.is("SOLDER_PASTE")) {
            return LayerIdentity.of(top + "-paste", LayerFunction.PASTE, sided(side), null, 1.0, evidence);
        }
        if (layer.component()) {
            Side s = layer.name().toLowerCase(Locale.ROOT).contains("bot") ? Side.BOTTOM : sided(side);
            return LayerIdentity.of((s == Side.BOTTOM ? "bottom" : "top") + "-component", LayerFunction.COMPONENT, s, null,
                    1.0, evidence);
        }
        if (layer.drill()) {
            return drill(matrix, layer, image, evidence);
        }
        if (layer.rout()) {
            return LayerIdentity.of("rout", LayerFunction.ROUT, Side.NONE, null, 1.0, evidence);
        }
        return LayerIdentity.of("drawing", LayerFunction.DRAWING, Side.NONE, null, 1.0, evidence);
    }

    private static Side sided(Side s) {
        return s == Side.BOTTOM ? Side.BOTTOM : Side.TOP;
    }

    private static Side side(MatrixLayer layer, List<MatrixLayer> copper) {
        if (!copper.isEmpty()) {
            if (layer.row() < copper.get(0).row()) {
                return Side.TOP;
            }
            if (layer.row() > copper.get(copper.size() - 1).row()) {
                return Side.BOTTOM;
            }
        }
        String n = layer.name().toLowerCase(Locale.ROOT);
        return n.contains("bot") || n.startsWith("b.") || n.startsWith("b_") ? Side.BOTTOM : Side.TOP;
    }

    private static LayerIdentity drill(Matrix matrix, MatrixLayer layer, Image image, String evidence) {
        int n = matrix.copper().size();
        int a = layer.startName().isBlank() ? 1 : matrix.copperIndex(layer.startName());
        int b = layer.endName().isBlank() ? n : matrix.copperIndex(layer.endName());
        if (a > b) {
            int t = a;
            a = b;
            b = t;
        }
        String span = " span " + (layer.startName().isBlank() ? "(none given: through)" : layer.startName() + "-" + layer.endName());
        if (a > 0 && b > 0 && n > 0 && !(a == 1 && b == n)) {
            String kind = a == 1 || b == n ? "blind" : "buried";
            return LayerIdentity.of("drill-" + kind + "-" + a + "-" + b, LayerFunction.DRILL, Side.NONE, null, 1.0,
                    evidence + span);
        }
        int plated = 0;
        int nonPlated = 0;
        if (image != null) {
            for (GraphicObject o : image.objects()) {
                List<String> f = o.attributes().get(".AperFunction");
                if (f.contains("NPTH")) {
                    nonPlated++;
                } else if (!f.isEmpty()) {
                    plated++;
                }
            }
        }
        String id = nonPlated > 0 && plated == 0 ? "drill-npth" : plated > 0 && nonPlated == 0 ? "drill-pth" : "drill";
        return LayerIdentity.of(id, LayerFunction.DRILL, Side.NONE, null, 1.0, evidence + span + "; .drill attributes: "
                + plated + " plated/via, " + nonPlated + " non-plated");
    }
}
