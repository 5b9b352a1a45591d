package com.fabwright.odb;

import com.fabwright.image.Image;
import com.fabwright.job.identify.LayerIdentity;
import com.fabwright.odb.matrix.MatrixLayer;
import java.nio.file.Path;

/**
 * One matrix layer of the chosen step as read.
 *
 * @param matrix   the matrix row
 * @param identity the canonical layer it is, from the matrix (confidence 1.0)
 * @param image    its features (step-and-repeat expanded; negative layers already inverted inside
 *                 the profile), empty when the layer has no features file
 * @param file     the features file on disk, or the layer folder when there is none
 * @param path     the layer's job path ({@code <product>/steps/<step>/layers/<layer>})
 * @param features feature records read
 * @param texts    text and barcode records, reported but not drawn
 */
public record OdbLayer(MatrixLayer matrix, LayerIdentity identity, Image image, Path file, String path, int features,
                       int texts) {
}
