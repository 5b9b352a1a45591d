package com.fabwright.panel;

import com.fabwright.assembly.Placement;
import com.fabwright.board.Board;
import com.fabwright.board.OutlineContour;
import com.fabwright.excellon.DrillFile;
import com.fabwright.geometry.ImageGeometry;
import com.fabwright.image.Image;
import com.fabwright.job.FileKind;
import com.fabwright.job.Job;
import com.fabwright.job.JobFile;
import com.fabwright.job.identify.LayerFunction;
import com.fabwright.job.identify.LayerIdentity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * One board design as the panelizer sees it: its Gerber layers by layer id, its Excellon drill
 * files, its edge (the centre line of the outline, which the router follows and the V-score
 * planner checks), its closed outline contours, and its placements when known. Built from a loaded
 * job; the job must stay open while this is used only for reading Excellon paths (it is not).
 *
 * @param name       design name (job name)
 * @param layers     Gerber layers by canonical layer id, in job order
 * @param drills     Excellon files with their identities
 * @param edge       board edge bounds in millimetres (outline centre line)
 * @param contours   the outline's closed contours that bound the board
 * @param placements parts, possibly empty
 */
public record PanelBoard(String name, Map<String, Layer> layers, List<Drill> drills, Envelope edge,
                         List<OutlineContour> contours, List<Placement> placements) {

    public PanelBoard {
        layers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(layers));
        drills = List.copyOf(drills);
        contours = List.copyOf(contours);
        placements = List.copyOf(placements);
        edge = new Envelope(edge);
    }

    /** A Gerber layer of the design. */
    public record Layer(String path, LayerIdentity identity, Image image) {
    }

    /** An Excellon file of the design. */
    public record Drill(String path, LayerIdentity identity, DrillFile file) {
    }

    /**
     * The design of a loaded job. {@code placements} may be empty; then the job's own placements
     * are used ({@link com.fabwright.assembly.JobAssembly}: its CPL files, else its Gerber X3
     * component layers).
     */
    public static PanelBoard of(String name, Job job, List<Placement> placements) {
        Board board = Board.of(job.files(), job.jobFiles());
        Envelope edge = board.outline().centreLine();
        if (edge.isNull()) {
            throw new IllegalArgumentException(name + ": no board outline found; a panel needs the board edge");
        }
        Map<String, Layer> layers = new LinkedHashMap<>();
        List<Drill> drills = new ArrayList<>();
        for (JobFile f : job.files()) {
            if (f.layer() == null) {
                continue;
            }
            if (f.kind() == FileKind.EXCELLON && f.drill() != null) {
                drills.add(new Drill(f.path(), f.layer(), f.drill()));
            } else if (f.gerber() != null && f.layer().function() != LayerFunction.COMPONENT) {
                String id = f.layer().id();
                while (layers.containsKey(id)) {
                    id = id + "'";
                }
                layers.put(id, new Layer(f.path(), f.layer(), f.gerber().image()));
            }
        }
        List<Placement> parts = placements.isEmpty()
                ? com.fabwright.assembly.JobAssembly.of(job, List.of(), List.of()).placements() : placements;
        return new PanelBoard(name, layers, drills, edge, board.outline().board(), parts);
    }

    /** Width of the board edge (mm). */
    public double widthMm() {
        return edge.getWidth();
    }

    public double heightMm() {
        return edge.getHeight();
    }

    /** The copper layers' images, top first. */
    public List<Layer> copperLayers() {
        return layers.values().stream().filter(l -> l.identity().function() == LayerFunction.COPPER)
                .sorted(java.util.Comparator.comparing(l -> l.identity().copperIndex() == null ? 99 : l.identity().copperIndex()))
                .toList();
    }

    /** The copper of every layer as polygons (board coordinates, mm); computed each call. */
    public List<Polygon> copperPolygons() {
        List<Polygon> all = new ArrayList<>();
        ImageGeometry g = new ImageGeometry(0.005);
        for (Layer l : copperLayers()) {
            all.addAll(g.toGeometry(l.image()).polygons());
        }
        return all;
    }

    /** The outer board contour as a polygon, or the edge box when none closed. */
    public Geometry edgeShape() {
        var f = com.fabwright.geometry.Units.FACTORY;
        if (!contours.isEmpty() && contours.get(0).points().size() >= 4) {
            return f.createPolygon(contours.get(0).points().toArray(new org.locationtech.jts.geom.Coordinate[0]));
        }
        return f.toGeometry(edge);
    }
}
