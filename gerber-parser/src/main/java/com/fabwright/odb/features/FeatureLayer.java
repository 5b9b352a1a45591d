package com.fabwright.odb.features;

import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.image.Image;
import java.util.List;

/**
 * A features file as read: its image (objects in record order, user symbols expanded) and what
 * the reader saw.
 *
 * @param image       the layer's objects
 * @param features    feature records read (P, L, A, S, T, B), the numbering {@code eda/data} uses
 * @param texts       T records, reported but not drawn
 * @param barcodes    B records, reported but not drawn
 * @param inch        whether the file's coordinates were in inches
 * @param diagnostics findings, naming the file and line
 */
public record FeatureLayer(Image image, int features, int texts, int barcodes, boolean inch,
                           List<Diagnostic> diagnostics) {
    public FeatureLayer {
        diagnostics = List.copyOf(diagnostics);
    }
}
