/**
 * Panelization (issue 9): a delivery array of one or several board designs with rails, fiducials,
 * tooling holes, text and V-score or mouse-bite separation ({@link com.fabwright.panel.ArrayPlanner}),
 * its output as Gerber X2 / Excellon / CPL / drawings ({@link com.fabwright.panel.PanelOutput}),
 * panel DFM findings ({@link com.fabwright.panel.PanelDfm}), and presets as JSON resources
 * ({@link com.fabwright.panel.PanelPresets}). Production-panel utilisation lives in
 * {@code com.fabwright.panel.production}. Panel coordinates are millimetres with the panel's
 * lower-left corner at the origin; boards are placed by exact nanometre transforms.
 */
package com.fabwright.panel;
