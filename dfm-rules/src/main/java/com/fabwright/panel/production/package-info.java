/**
 * Production panels (issue 9 item 2): how many delivery arrays (or single boards) fit on a
 * fabricator's working panel ({@link com.fabwright.panel.production.ProductionPanel}, 18 x 24 in and
 * other standard sizes, with border and spacing as data), in both orientations, with the
 * utilisation that the quote's panel block uses ({@link com.fabwright.panel.production.ProductionPanelFit}),
 * and the optimiser that picks the array shape maximising utilisation within the assembly line's
 * conveyor limits ({@link com.fabwright.panel.production.ArrayOptimiser}).
 */
package com.fabwright.panel.production;
