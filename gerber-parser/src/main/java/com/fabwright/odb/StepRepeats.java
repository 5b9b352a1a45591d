package com.fabwright.odb;

import com.fabwright.image.GraphicObject;
import com.fabwright.odb.features.SymbolPlacement;
import com.fabwright.odb.step.StepHeader;
import java.util.List;

/**
 * Places the copies of a repeated step (spec "stephdr", {@code STEP-REPEAT}): copy (i, j) of the
 * child has its datum at (x + i dx, y + j dy) of the parent, turned and mirrored about that datum.
 */
final class StepRepeats {
    private StepRepeats() {
    }

    static void place(List<GraphicObject> unit, StepHeader child, StepHeader.Repeat r, List<GraphicObject> out,
                      long maxObjects) {
        SymbolPlacement toDatum = new SymbolPlacement(-nm(child.xDatumMm()), -nm(child.yDatumMm()), false, 0, 1);
        for (int i = 0; i < r.nx(); i++) {
            for (int j = 0; j < r.ny(); j++) {
                SymbolPlacement at = new SymbolPlacement(nm(r.xMm() + i * r.dxMm()), nm(r.yMm() + j * r.dyMm()), r.mirror(),
                        r.angleDeg(), 1);
                for (GraphicObject o : unit) {
                    if (out.size() >= maxObjects) {
                        return;
                    }
                    out.add(at.apply(toDatum.apply(o, false), false));
                }
            }
        }
    }

    private static long nm(double mm) {
        return Math.round(mm * 1_000_000);
    }
}
