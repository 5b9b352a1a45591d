package com.fabwright.gerber.interpret;

import com.fabwright.gerber.command.GerberCommand;
import com.fabwright.image.GraphicObject;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the interpreter's objects go: the image itself, or the body of an open block aperture
 * ({@code AB}) or step-and-repeat ({@code SR}) that is replayed when it closes (Gerber spec 4.11).
 */
final class ObjectSink {
    /** What this level collects for. */
    enum Kind { IMAGE, BLOCK, STEP_REPEAT }

    final Kind kind;
    final int dcode;
    final GerberCommand.StepRepeat stepRepeat;
    final List<GraphicObject> objects = new ArrayList<>();

    private ObjectSink(Kind kind, int dcode, GerberCommand.StepRepeat stepRepeat) {
        this.kind = kind;
        this.dcode = dcode;
        this.stepRepeat = stepRepeat;
    }

    static ObjectSink image() {
        return new ObjectSink(Kind.IMAGE, 0, null);
    }

    static ObjectSink block(int dcode) {
        return new ObjectSink(Kind.BLOCK, dcode, null);
    }

    static ObjectSink stepRepeat(GerberCommand.StepRepeat sr) {
        return new ObjectSink(Kind.STEP_REPEAT, 0, sr);
    }
}
