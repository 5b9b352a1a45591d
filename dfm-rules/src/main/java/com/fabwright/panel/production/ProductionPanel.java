package com.fabwright.panel.production;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A fabricator's working panel: its size, the border it keeps free for handling and plating
 * clamps, and the spacing it needs between arrays (router path). Millimetres.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProductionPanel(String name, double widthMm, double heightMm, double borderMm, double spacingMm) {
    public ProductionPanel {
        if (widthMm <= 0 || heightMm <= 0 || borderMm < 0 || spacingMm < 0) {
            throw new IllegalArgumentException("production panel " + name + ": sizes must be positive");
        }
    }

    public double areaMm2() {
        return widthMm * heightMm;
    }
}
