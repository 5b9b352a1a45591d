package com.fabwright.excellon;

import com.fabwright.image.Attributes;

/**
 * An Excellon tool ({@code T1C0.8}): its number, finished diameter in millimetres and plating.
 * Feed, speed and other parameters ({@code F}, {@code S}, {@code B}, {@code H}, {@code Z}) are not
 * kept: they describe the machine, not the board. A tool selected but never defined has diameter 0.
 *
 * @param number     tool number as written ({@code T01} and {@code T1} are the same tool)
 * @param diameterMm diameter in millimetres, 0 when the file never gave it
 * @param plated     plating, from KiCad's {@code TA.AperFunction}, Altium's {@code ;TYPE=}, Allegro's tool comments or the file
 * @param attributes the X2-style attributes KiCad attaches to the tool ({@code .AperFunction}), possibly empty
 */
public record DrillTool(int number, double diameterMm, Plating plated, Attributes attributes) {
    public DrillTool {
        plated = plated == null ? Plating.UNKNOWN : plated;
        attributes = attributes == null ? Attributes.EMPTY : attributes;
    }

    public DrillTool(int number, double diameterMm, Plating plated) {
        this(number, diameterMm, plated, Attributes.EMPTY);
    }

    /** Whether the file gave a diameter for this tool. */
    public boolean isDefined() {
        return diameterMm > 0;
    }
}
