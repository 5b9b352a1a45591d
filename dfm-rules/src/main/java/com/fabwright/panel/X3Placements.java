package com.fabwright.panel;

import com.fabwright.assembly.MountType;
import com.fabwright.assembly.Placement;
import com.fabwright.assembly.Side;
import com.fabwright.image.Attributes;
import com.fabwright.image.GraphicObject;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Placements read from Gerber X3 component layers (Gerber spec 6.3: {@code %TF.FileFunction,Component,L1,Top*%},
 * one {@code ComponentMain} flash per part carrying {@code .C} refdes, {@code .CRot}, {@code .CFtp},
 * {@code .CVal}, {@code .CMnt}). A stand-in until the CPL readers land; KiCad 9 writes these files.
 */
public final class X3Placements {
    private X3Placements() {
    }

    /** Every part of the job's component layers, in file order. */
    public static List<Placement> of(Job job) {
        List<Placement> parts = new ArrayList<>();
        for (JobFile f : job.files()) {
            if (f.gerber() == null) {
                continue;
            }
            Attributes fa = f.gerber().image().fileAttributes();
            List<String> ff = fa.get(".FileFunction");
            if (ff.isEmpty() || !ff.get(0).equals("Component")) {
                continue;
            }
            Side side = ff.size() > 2 && ff.get(2).startsWith("Bot") ? Side.BOTTOM : Side.TOP;
            for (GraphicObject o : f.gerber().image().objects()) {
                if (o instanceof GraphicObject.Flash fl && "ComponentMain".equals(fl.attributes().first(".AperFunction"))
                        && fl.attributes().first(".C") != null) {
                    Attributes a = fl.attributes();
                    double rot = parse(a.first(".CRot"));
                    rot = ((rot % 360) + 360) % 360;
                    String mnt = a.first(".CMnt");
                    MountType mount = mnt == null ? MountType.UNKNOWN : mnt.equalsIgnoreCase("TH") ? MountType.THT : MountType.SMT;
                    parts.add(new Placement(a.first(".C"), fl.at().x() / 1e6, fl.at().y() / 1e6, rot, side,
                            a.first(".CFtp"), a.first(".CVal"), mount, f.path(), 0));
                }
            }
        }
        return parts;
    }

    private static double parse(String s) {
        try {
            return s == null ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
