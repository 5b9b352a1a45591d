package com.fabwright.image;

import java.util.List;

/**
 * The image a Gerber file describes (Gerber spec 2.4): its graphical objects in order, with the
 * file's attributes. This is the reader's output and the only thing geometry, renderers and rules
 * read; it carries no parser state.
 *
 * @param objects        graphical objects in file order, blocks and step-and-repeat expanded
 * @param fileAttributes {@code TF} attributes such as {@code .FileFunction}, {@code .FilePolarity}
 * @param negative       deprecated {@code %IPNEG*%}: the image is inverted inside its bounds
 * @param inchUnits      whether the file was written in inches (for reporting only; coordinates
 *                       are nanometres either way)
 */
public record Image(List<GraphicObject> objects, Attributes fileAttributes, boolean negative, boolean inchUnits) {
    public Image {
        objects = List.copyOf(objects);
    }

    public static Image empty() {
        return new Image(List.of(), Attributes.EMPTY, false, false);
    }
}
