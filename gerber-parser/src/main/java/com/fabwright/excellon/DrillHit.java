package com.fabwright.excellon;

import com.fabwright.image.Point;

/** One drilled hole: the tool and the centre, in nanometres in the file's coordinate system. */
public record DrillHit(DrillTool tool, Point at) {
}
