package com.fabwright.panel;

import com.fabwright.assembly.Placement;
import com.fabwright.excellon.write.ExcellonWriter;
import com.fabwright.gerber.write.GerberWriter;
import com.fabwright.image.Image;
import com.fabwright.panel.drawing.DrawingPainters;
import com.fabwright.panel.drawing.PanelDrawing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Writes a planned array's data into a folder (issue 9 item 3): {@code panel-<layer>.gbr} for every
 * Gerber layer of the boards (flattened, with rails' features), {@code panel-vscore.gbr} for V-score
 * panels, {@code panel-<drill>.drl} per drill layer (mouse bites and tooling holes in
 * {@code panel-drill-npth.drl}), {@code panel-cpl.csv} when the boards have placements, and the
 * dimensioned drawing {@code panel-drawing.png} and {@code .pdf}.
 */
public final class PanelOutput {

    /** The file names written, in order. */
    public List<String> write(ArrayLayout layout, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> files = new ArrayList<>();
        GerberWriter gw = new GerberWriter();
        for (Map.Entry<String, Image> e : PanelImages.layers(layout).entrySet()) {
            String name = "panel-" + safe(e.getKey()) + ".gbr";
            Files.writeString(dir.resolve(name), gw.write(e.getValue()), StandardCharsets.US_ASCII);
            files.add(name);
        }
        ExcellonWriter ew = new ExcellonWriter();
        for (Map.Entry<String, PanelImages.Drills> e : PanelImages.drills(layout).entrySet()) {
            String name = "panel-" + safe(e.getKey()) + ".drl";
            PanelImages.Drills d = e.getValue();
            Files.writeString(dir.resolve(name), ew.write(d.fileAttributes(), d.hits(), d.slots()), StandardCharsets.US_ASCII);
            files.add(name);
        }
        List<Placement> parts = PanelCpl.placements(layout);
        if (!parts.isEmpty()) {
            Files.writeString(dir.resolve("panel-cpl.csv"), PanelCpl.csv(parts), StandardCharsets.UTF_8);
            files.add("panel-cpl.csv");
        }
        PanelDrawing drawing = new PanelDrawing(layout);
        ImageIO.write(DrawingPainters.png(drawing, 8), "png", dir.resolve("panel-drawing.png").toFile());
        files.add("panel-drawing.png");
        DrawingPainters.pdf(drawing, dir.resolve("panel-drawing.pdf"));
        files.add("panel-drawing.pdf");
        return files;
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9_.-]", "_");
    }
}
