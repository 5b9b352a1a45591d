/**
 * Board understanding: from identified job files to the {@link com.fabwright.board.Board} (copper
 * stack-up, outline, drill layers, hole table, thickness and finish from the Gerber job file).
 * {@link com.fabwright.board.OutlineExtractor} chains an outline layer's draws and arcs into closed
 * contours; {@link com.fabwright.board.HoleTable} counts holes per tool as the CAD tools' drill
 * reports do. Pure Java and JTS: no application dependencies. Diagnostic codes {@code BRD-} are
 * listed on {@link com.fabwright.board.Board}.
 */
package com.fabwright.board;
