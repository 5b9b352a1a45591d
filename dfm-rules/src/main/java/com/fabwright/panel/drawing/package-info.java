/**
 * The dimensioned panel drawing: {@link com.fabwright.panel.drawing.PanelDrawing} lays out what to
 * draw (panel, rails, boards, cuts, tabs, holes, fiducials, dimensions, notes) in millimetres, and
 * two painters put it on a PNG (java.awt) or a PDF page (Apache PDFBox).
 */
package com.fabwright.panel.drawing;
