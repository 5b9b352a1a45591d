package com.fabwright.gerber.interpret;

import com.fabwright.image.Aperture;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import java.util.List;

/**
 * What a D code stands for: a standard or macro aperture, or a block aperture (its objects in
 * block coordinates, Gerber spec 4.11), with the aperture attributes ({@code TA}) in force when
 * it was defined.
 */
record ApertureEntry(Aperture aperture, List<GraphicObject> block, Attributes attributes) {
    boolean isBlock() {
        return block != null;
    }
}
