package com.fabwright.odb;

import com.fabwright.assembly.Placement;
import com.fabwright.diagnostics.Diagnostic;
import com.fabwright.image.Image;
import com.fabwright.odb.assembly.EdaData;
import com.fabwright.odb.matrix.Matrix;
import java.util.List;

/**
 * An ODB++ product model as read for one step: the matrix, the step chosen and why, the profile
 * (board outline), every layer's image, the components and the {@code eda/data} nets and packages.
 *
 * @param path        the product's job path (its folder name, or the archive's content path)
 * @param matrix      layers and steps
 * @param step        the step read
 * @param stepReason  why that step (board step found, or a panel step asked for)
 * @param profile     the step's profile as an image (a surface), empty when absent
 * @param layers      the layers in matrix order (dielectrics and empty component layers left out)
 * @param placements  components of {@code comp_+_top} and {@code comp_+_bot}
 * @param eda         nets and packages
 * @param diagnostics product-level findings (missing matrix, no steps, unreadable members)
 */
public record OdbProduct(String path, Matrix matrix, String step, String stepReason, Image profile,
                         List<OdbLayer> layers, List<Placement> placements, EdaData eda, List<Diagnostic> diagnostics) {
    public OdbProduct {
        layers = List.copyOf(layers);
        placements = List.copyOf(placements);
        diagnostics = List.copyOf(diagnostics);
    }

    /** The job path of the profile, used as the outline layer's path. */
    public String profilePath() {
        return path + "/steps/" + step + "/profile";
    }
}
